package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jobspecs.requirement.Needs;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.junit.jupiter.api.Test;

class OccupationJsonLdTest {

    /**
     * Issue 15: the script-safe escapes are written as the JSON is written; the result is what writing
     * plain JSON and then replacing the three characters gave (the rule before).
     */
    @Test
    void escapesAsThePlainJsonWithTheThreeCharactersReplaced() throws Exception {
        String text = "Plans <b>work</b> & checks \"quotes\", a \\ backslash, a tab\t, é, 😀 and </script><!--";
        JobClass c = new JobClass(new ClassCode("1"), "A&B <Analyst>", "Finance", "u", "Exempt", null, null, null, null, List.of(),
                List.of(), null, null, List.of(), List.of(), List.of(), null, List.of());
        OccupationJsonLd.Words words = new OccupationJsonLd.Words(text, text, "", text);
        String json = OccupationJsonLd.of(c, words, null, "", "Alameda & Co", "", "https://example.gov/classes/1/?a=1&b=<2>", Needs.NONE);

        String plain = new ObjectMapper().writeValueAsString(new ObjectMapper().readValue(json, java.util.LinkedHashMap.class));
        assertEquals(plain.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"), json);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    }
}
