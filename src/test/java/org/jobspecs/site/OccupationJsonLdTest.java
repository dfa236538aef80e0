package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
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

    /** The writer before issue 15's direct one: Jackson with its standard escapes plus the three script-safe ones. */
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

    /**
     * Issue 15: the JSON-LD is written directly, no longer by Jackson; on random objects of the
     * shape it writes (nested objects, strings with every kind of character, decimal and whole
     * numbers) the text is what Jackson with the script-safe escapes wrote.
     */
    @Test
    void writesWhatJacksonWithTheScriptSafeEscapesWrote() throws Exception {
        ObjectMapper before = new ObjectMapper(new JsonFactory().setCharacterEscapes(new ScriptSafe()));
        Random random = new Random(15);
        for (int n = 0; n < 3000; n++) {
            Map<String, Object> o = object(random, 0);
            StringBuilder now = new StringBuilder();
            OccupationJsonLd.write(o, now);
            assertEquals(before.writeValueAsString(o), now.toString(), "object " + n);
        }
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x2100; c++) {
            all.append(c);
        }
        all.append("\ud83d\ude00\ud800\udfff\uffff");
        StringBuilder now = new StringBuilder();
        OccupationJsonLd.write(Map.of(all.toString(), all.toString()), now);
        assertEquals(before.writeValueAsString(Map.of(all.toString(), all.toString())), now.toString());
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> o = new LinkedHashMap<>();
        int keys = random.nextInt(6);
        for (int k = 0; k < keys; k++) {
            String key = text(random, 6);
            switch (random.nextInt(depth < 2 ? 5 : 4)) {
                case 0, 1 -> o.put(key, text(random, 40));
                case 2 -> o.put(key, new BigDecimal(java.math.BigInteger.valueOf(random.nextInt(10_000_000)), random.nextInt(8) - 3));
                case 3 -> o.put(key, random.nextInt());
                default -> o.put(key, object(random, depth + 1));
            }
        }
        return o;
    }

    private static String text(Random random, int max) {
        String specials = "<>&\"\\/\b\t\f\n\r\u0000\u001f\u007f\u00e9\u2013\u2019\u2028\ud83d\ude00 aZ09";
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(max + 1);
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x3000) : specials.charAt(random.nextInt(specials.length())));
        }
        return b.toString();
    }

    /**
     * Issue 15: a section's words are collapsed only when they hold a run to collapse; either way the
     * result is the regular expression's (the rule before), stripped.
     */
    @Test
    void issue15CollapsedAsTheRegularExpressionCollapsesAndStrips() {
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003\u001c\u00e9";
        Random random = new Random(15);
        List<String> texts = new java.util.ArrayList<>(List.of("", " ", "a", "a b c ", " a  b", "a\nb", "\u2003a b\u2003", "a \u001c"));
        for (int t = 0; t < 5_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : random.nextBoolean() ? 'x' : ' ');
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            assertEquals(text.replaceAll("\\s+", " ").strip(), OccupationJsonLd.collapsed(text), text);
        }
    }
}
