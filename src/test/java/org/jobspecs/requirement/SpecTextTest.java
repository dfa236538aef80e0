package org.jobspecs.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15: a unit's whitespace collapsed a run of words at a time, as the character-by-character way did. */
class SpecTextTest {

    @Test
    void issue15CollapsedAsCharacterByCharacter() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", " a ", "a  b\tc\n", "\u2003a\u00a0b\u2003", "\u001ca\u001c \u001c"));
        String alphabet = "ab. \t\n\r\u000B\f\u00a0\u2003\u001c\u2028\u00e9";
        Random random = new Random(15);
        for (int t = 0; t < 5_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            assertEquals(before(new StringBuilder(text)), SpecText.collapse(new StringBuilder(text)), text);
        }
    }

    /** The way before issue 15: character by character. */
    private static String before(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
