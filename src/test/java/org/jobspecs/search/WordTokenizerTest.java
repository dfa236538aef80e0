package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the tokenizer's table for ASCII and its decoding of other characters find the same
 * words, at the same offsets, as the expression {@link SearchAnalyzer#TOKEN} it stands for.
 */
class WordTokenizerTest {

    private static final Pattern TOKEN = Pattern.compile(SearchAnalyzer.TOKEN);

    /** Characters of every kind the scan tells apart: ASCII word and other characters, apostrophes, other scripts, pairs and lone surrogates. */
    private static final String[] POOL = {"a", "Z", "q", "7", "0", " ", "  ", "\t", "\n", "'", "\u2019", "-", ".", "$", "_", "é", "ß", "Σ",
            "москва", "東京", "٣", "Ⅻ", "①", "\u00a0", "\u2014", "\u0301", "ǅ", "ʰ", "𝐀", "𐐨", "😀", "\ud835", "\udc00", "\u007f", "\u0080", "\u00aa", "\u00b2"};

    @Test
    void everyCharacterAloneIsAWordExactlyWhenTheExpressionSaysSo() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xffff; c++) {
            all.append((char) c).append(' ');
        }
        assertSameWords(all.toString());
    }

    @Test
    void randomTextsSplitAsTheExpressionSplitsThem() throws IOException {
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(30);
            for (int p = 0; p < parts; p++) {
                text.append(POOL[random.nextInt(POOL.length)]);
            }
            assertSameWords(text.toString());
        }
    }

    private static void assertSameWords(String text) throws IOException {
        List<String> expected = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            expected.add(m.group() + "@" + m.start() + "-" + m.end());
        }
        List<String> actual = new ArrayList<>();
        try (WordTokenizer tokenizer = new WordTokenizer()) {
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                actual.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            tokenizer.end();
        }
        assertEquals(expected, actual, () -> "words of " + text.codePoints().mapToObj(Integer::toHexString).toList());
    }
}
