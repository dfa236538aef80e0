package org.jobspecs.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@link LowerCaseFilter}'s terms, with ASCII letters lower-cased in place and Lucene's code-point
 * lower-casing ({@link CharacterUtils#toLowerCase}) only from the first non-ASCII character on.
 */
final class FastLowerCaseFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FastLowerCaseFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        toLowerCase(term.buffer(), term.length());
        return true;
    }

    /** Lower-cases {@code b[0, length)} in place as this filter does a term (issue 15: {@link SitePostings} analyses without a token stream). */
    static void toLowerCase(char[] b, int length) {
        for (int i = 0; i < length; i++) {
            char c = b[i];
            if (c >= 0x80) {
                CharacterUtils.toLowerCase(b, i, length);
                return;
            }
            if (c >= 'A' && c <= 'Z') {
                b[i] = (char) (c + 32);
            }
        }
    }
}
