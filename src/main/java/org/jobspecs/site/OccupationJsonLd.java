package org.jobspecs.site;

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
        StringBuilder out = new StringBuilder(512);
        write(o, out);
        return out.toString();
    }

    /**
     * The object as compact JSON: strings with Jackson's standard escapes plus {@code <}, {@code >}
     * and {@code &} as u-escapes (backslash, u003c, u003e, u0026), so that no text can close the
     * page's {@code <script>} element; numbers as {@code toString}. Written directly rather than by
     * Jackson (as before issue 15), whose serializer look-ups, generator and output buffer cost more
     * than the writing for the few keys of a class; OccupationJsonLdTest compares the two.
     */
    static void write(Object value, StringBuilder out) {
        if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof java.math.BigDecimal || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not written as JSON-LD: " + (value == null ? "null" : value.getClass()));
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A JSON string: quote and backslash escaped, control characters as Jackson writes them, and {@code < > &} as u-escapes. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&')) {
                continue;
            }
            out.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, from, n).append('"');
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
        return collapsed(sb.toString());
    }

    /**
     * {@code collapseWhitespace(text).strip()}. Issue 15: the words of a section rarely hold a run of
     * whitespace to collapse (the approved text's spacing is tidied, and each block's words are
     * stripped): they are only looked through then, not copied into an array and back.
     */
    static String collapsed(String text) {
        int n = text.length();
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return collapseWhitespace(text).strip();
                }
                space = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return collapseWhitespace(text).strip();
            } else {
                space = false;
            }
        }
        return text.strip();
    }

    /**
     * Each run of whitespace as one space, as {@code replaceAll("\\s+", " ")} would do it, without a
     * regular expression: this runs over the whole text of every class on every build.
     */
    static String collapseWhitespace(String text) {
        // The characters copied out at once, then read from the array.
        char[] in = text.toCharArray();
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
