package org.jobspecs.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.SectionKind;

/**
 * schema.org {@code Occupation} for a class page (never {@code JobPosting}, which is for one open
 * job): name, identifier (the class code), description, responsibilities, skills, qualifications,
 * estimated salary with its time base, and where the jobs are.
 */
final class OccupationJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OccupationJsonLd() {
    }

    static String of(JobClass c, List<SectionView> sections, Pay pay, String effective, String location, String agency, String url) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@context", "https://schema.org");
        o.put("@type", "Occupation");
        o.put("name", c.title());
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("@type", "PropertyValue");
        identifier.put("propertyID", "class code");
        identifier.put("value", c.code().value());
        o.put("identifier", identifier);
        put(o, "description", text(sections, SectionKind.DEFINITION));
        put(o, "responsibilities", text(sections, SectionKind.EXAMPLES_OF_DUTIES));
        String skills = (text(sections, SectionKind.KNOWLEDGE) + " " + text(sections, SectionKind.ABILITIES) + " "
                + text(sections, SectionKind.KNOWLEDGE_SKILLS_ABILITIES)).strip();
        put(o, "skills", skills);
        put(o, "qualifications", (text(sections, SectionKind.EMPLOYMENT_STANDARDS) + " "
                + text(sections, SectionKind.EDUCATION_AND_EXPERIENCE)).strip());
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
        try {
            return JSON.writeValueAsString(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD for class " + c.code(), e);
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
        return collapse(sb).strip();
    }

    /** What {@code \\s+} replaced by one space gives (\\s: space, tab, line feed, vertical tab, form feed, carriage return). */
    static String collapse(StringBuilder text) {
        int n = text.length();
        char[] a = new char[n];
        text.getChars(0, n, a, 0);
        int k = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!space) {
                    a[k++] = ' ';
                    space = true;
                }
            } else {
                a[k++] = c;
                space = false;
            }
        }
        return new String(a, 0, k);
    }

}
