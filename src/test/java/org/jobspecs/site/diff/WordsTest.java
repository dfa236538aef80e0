package org.jobspecs.site.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.spec.Inline;
import org.junit.jupiter.api.Test;

/** Issue 14: the changes between two texts, word by word. */
class WordsTest {

    /** The marked text as the page reads it: [-deleted-] and {+added+}. */
    static String show(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Deleted d) {
                sb.append("[-").append(show(d.content())).append("-]");
            } else if (i instanceof Inline.Inserted ins) {
                sb.append("{+").append(show(ins.content())).append("+}");
            } else if (i instanceof Inline.Emphasis e) {
                sb.append(show(e.content()));
            } else if (i instanceof Inline.Strong s) {
                sb.append(show(s.content()));
            } else if (i instanceof Inline.Link l) {
                sb.append(show(l.content()));
            }
        }
        return sb.toString();
    }

    @Test
    void wordsKeepTheirInnerMarksAndPunctuationStandsAlone() {
        assertEquals(List.of("Full-time", "employee's", "pay", ":", "$", "5,432.10", "and/or", "more", "."),
                Words.tokens("Full-time employee's pay: $5,432.10 and/or more.").stream().map(Words.Token::text).toList());
        assertEquals(6, Words.count("Full-time employee's pay: $5,432.10 and/or more."));
    }

    @Test
    void aReplacedWordShowsTheDeletionBeforeTheAddition() {
        Words.Marked m = Words.diff("Performs routine clerical work.", "Performs varied clerical work.");
        assertEquals("Performs [-routine-] {+varied+} clerical work.", show(m.inlines()));
        assertEquals(1, m.added());
        assertEquals(1, m.removed());
        assertEquals(3, m.kept());
    }

    @Test
    void addedAndRemovedWordsAtEitherEndKeepTheirSpacing() {
        assertEquals("[-Under-] {+With+} general supervision, performs work {+of the class+}.",
                show(Words.diff("Under general supervision, performs work.", "With general supervision, performs work of the class.").inlines()));
        assertEquals("[-Lead-] customer service.", show(Words.diff("Lead customer service.", "customer service.").inlines()));
        assertEquals("customer service [-duties-].", show(Words.diff("customer service duties.", "customer service.").inlines()));
    }

    @Test
    void aChangedMarkChangesTheMarkOnly() {
        Words.Marked m = Words.diff("Answers the telephone.", "Answers the telephone;");
        assertEquals("Answers the telephone[-.-]{+;+}", show(m.inlines()));
        assertEquals(0, m.added());
        assertEquals(0, m.removed());
    }

    @Test
    void spacingDoesNotCountAsAChange() {
        Words.Marked m = Words.diff("Answers  the\ttelephone.", "Answers the telephone.");
        assertEquals("Answers the telephone.", show(m.inlines()));
        assertEquals(0, m.added() + m.removed());
    }

    @Test
    void likenessIsTheSharedWordsOverTheLongerText() {
        assertEquals(1.0, Words.likeness("a b c d", "d c b a"));
        assertEquals(0.5, Words.likeness("a b c d", "a b"));
        assertEquals(0.0, Words.likeness("a b", "c d"));
        assertTrue(Words.likeness("Answers the telephone", "answers THE telephone") == 1.0);
    }

    @Test
    void issue15TheBagCountsTheWordsTheTokensHave() {
        List<String> texts = new java.util.ArrayList<>(List.of("", "   ", "Full-time employee's pay: $5,432.10 and/or more.",
                "a-", "-a", "a--b", "x.y.", "THE the The tHe", "caf\u00e9 na\u00efve \u00c9cole", "don\u2019t \u2010 co\u2011op",
                "\ud835\udc00bc \ud83d\ude00 emoji\ud83d\ude00end", "tab\there\u00a0nbsp\u2003em", "1,2,3 4.5. 6/7/"));
        // Random texts of letters, digits, inner marks, other marks and spaces, some beyond Latin-1 and the BMP.
        String alphabet = "aAbZ09-'/.,;:!$ \t\n\u00e9\u2019\u2010\u2011\u00a0\u2003\u0416\ud835\udc00";
        java.util.Random random = new java.util.Random(15);
        for (int t = 0; t < 2_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            assertEquals(Words.Bag.ofTokens(text), Words.Bag.of(text), text);
        }
    }
}
