package org.jobspecs.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.requirement.EducationLevel;
import org.jobspecs.requirement.Needs;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.SectionKind;

/**
 * schema.org {@code Occupation} for a class page (never {@code JobPosting}, which is for one open
 * job): name, identifier (the class code), description, responsibilities, skills, qualifications,
 * estimated salary with its time base, and where the jobs are.
 */
final class OccupationJsonLd {

    /**
     * Writes {@code <}, {@code >} and {@code &} as JSON escapes (backslash, u003c, u003e, u0026), so
     * that no text can close the page's {@code <script>} element (issue 15: as it writes, rather
     * than by three passes over the written JSON).
     */
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(new ScriptSafe()));

    /** Jackson's standard JSON escapes plus the three characters that matter inside a {@code <script>} element. */
    static final class ScriptSafe extends CharacterEscapes {
        private static final SerializedString LT = new SerializedString("\\u003c");
        private static final SerializedString GT = new SerializedString("\\u003e");
        private static final SerializedString AMP = new SerializedString("\\u0026");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '<' ? LT : ch == '>' ? GT : ch == '&' ? AMP : null;
        }
    }

    private OccupationJsonLd() {
    }

    /** The words of a class's approved sections that its JSON-LD carries, as plain text (empty when absent). */
    record Words(String description, String responsibilities, String skills, String qualifications) {

        static Words of(List<SectionView> sections) {
            return new Words(text(sections, SectionKind.DEFINITION), text(sections, SectionKind.EXAMPLES_OF_DUTIES),
                    (text(sections, SectionKind.KNOWLEDGE) + " " + text(sections, SectionKind.ABILITIES) + " "
                            + text(sections, SectionKind.KNOWLEDGE_SKILLS_ABILITIES)).strip(),
                    (text(sections, SectionKind.EMPLOYMENT_STANDARDS) + " " + text(sections, SectionKind.EDUCATION_AND_EXPERIENCE)).strip());
        }
    }

    static String of(JobClass c, Words words, Pay pay, String effective, String location, String agency, String url, Needs needs) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@context", "https://schema.org");
        o.put("@type", "Occupation");
        o.put("name", c.title());
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("@type", "PropertyValue");
        identifier.put("propertyID", "class code");
        identifier.put("value", c.code().value());
        o.put("identifier", identifier);
        put(o, "description", words.description());
        put(o, "responsibilities", words.responsibilities());
        put(o, "skills", words.skills());
        put(o, "qualifications", words.qualifications());
        if (pay != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            value.put("minValue", pay.minimum());
            value.put("maxValue", pay.maximum());
            value.put("unitText", pay.timeBase().schemaUnit());
            Map<String, Object> salary = new LinkedHashMap<>();
            salary.put("@type", "MonetaryAmount");
            salary.put("currency", "USD");
            salary.put("duration", pay.timeBase().word());
            salary.put("validFrom", effective);
            salary.put("value", value);
            o.put("estimatedSalary", salary);
        }
        if (!location.isEmpty() || !agency.isEmpty()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "City");
            place.put("name", location.isEmpty() ? agency : location);
            o.put("occupationLocation", place);
        }
        put(o, "url", url);
        requirements(o, needs);
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD for class " + c.code(), e);
        }
    }

    /**
     * Issue 13: {@code educationRequirements} (an {@code EducationalOccupationalCredential} with its
     * {@code credentialCategory}) and {@code experienceRequirements} ({@code monthsOfExperience}),
     * only where the spec says them plainly.
     */
    private static void requirements(Map<String, Object> o, Needs needs) {
        if (needs == null) {
            return;
        }
        if (needs.education() != null && needs.education().level() != EducationLevel.NONE) {
            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("@type", "EducationalOccupationalCredential");
            credential.put("credentialCategory", needs.education().level().credentialCategory());
            o.put("educationRequirements", credential);
        } else if (needs.noDegreeRequired()) {
            o.put("educationRequirements", "no requirements");
        }
        if (needs.experience() != null) {
            Map<String, Object> experience = new LinkedHashMap<>();
            experience.put("@type", "OccupationalExperienceRequirements");
            experience.put("monthsOfExperience", needs.experience().months());
            o.put("experienceRequirements", experience);
        }
    }

    private static void put(Map<String, Object> o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    /** The approved text of one canonical section, as plain words. */
    private static String text(List<SectionView> sections, SectionKind kind) {
        StringBuilder sb = new StringBuilder();
        for (SectionView s : sections) {
            if (s.id().equals(kind.anchor())) {
                ApprovedText.blockWords(s.blocks(), sb);
            }
        }
        return collapseWhitespace(sb).strip();
    }

    /**
     * Each run of whitespace as one space, as {@code replaceAll("\\s+", " ")} would do it, without a
     * regular expression: this runs over the whole text of every class on every build.
     */
    private static String collapseWhitespace(CharSequence text) {
        // The characters copied out at once, then read from the array: charAt through CharSequence
        // checks the index and the builder's coder for every character.
        char[] in = text.toString().toCharArray();
        char[] out = new char[in.length];
        int length = 0;
        boolean inRun = false;
        for (char c : in) {
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space || !inRun) {
                out[length++] = space ? ' ' : c;
            }
            inRun = space;
        }
        return new String(out, 0, length);
    }

}
