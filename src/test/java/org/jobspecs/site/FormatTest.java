package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    /** The rule slug() follows, as regular expressions (issue 15: slug() now runs without them). */
    private static String reference(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }

    @Test
    void slugAgreesWithTheRegularExpressionRule() {
        for (String text : List.of("Examples of Duties", "  Knowledge, Skills & Abilities  ", "--x--", "", "---", "Été / Winter",
                "İstanbul", "Class 7565: Lead", "a\tb\nc", "ÄÖÜ", "𝔘nicode", "Minimum Qualifications (Education/Experience)")) {
            assertEquals(reference(text), Format.slug(text), text);
        }
    }
}
