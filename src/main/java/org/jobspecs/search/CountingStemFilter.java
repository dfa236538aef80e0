package org.jobspecs.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts each word as typed (for the typo list) and, in the same step, replaces it by its Porter
 * stem, computed by Lucene's PorterStemFilter once per distinct word and kept with the word's
 * count. The terms are exactly PorterStemFilter's (no token here is a keyword, so it stems every one).
 */
final class CountingStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WordCounts words;
    private final OneToken one = new OneToken();
    private final CharTermAttribute oneTerm = one.addAttribute(CharTermAttribute.class);
    private final PorterStemFilter stemmer = new PorterStemFilter(one);

    CountingStemFilter(TokenStream input, WordCounts words) {
        super(input);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        WordCounts.Word w = words.add(term.buffer(), term.length());
        if (w.stem == null) {
            oneTerm.copyBuffer(term.buffer(), 0, term.length());
            one.ready = true;
            stemmer.incrementToken();
            w.stem = Arrays.copyOf(oneTerm.buffer(), oneTerm.length());
        }
        term.copyBuffer(w.stem, 0, w.stem.length);
        return true;
    }

}
