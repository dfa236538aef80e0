package org.jobspecs.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Passes tokens on unchanged and counts each: the words of the documents as typed, before stemming. */
final class WordCollector extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WordCounts words;

    WordCollector(TokenStream input, WordCounts words) {
        super(input);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        words.add(term.buffer(), term.length());
        return true;
    }
}
