package org.jobspecs.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Passes tokens on unchanged and adds each to a set: the words of a document as typed, before stemming. */
final class WordCollector extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Set<String> words;

    WordCollector(TokenStream input, Set<String> words) {
        super(input);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        words.add(term.toString());
        return true;
    }
}
