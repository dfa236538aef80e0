package org.jobspecs.search;

import org.apache.lucene.analysis.TokenStream;

/**
 * A stream of the one token put in its term attribute, for running a single word through a Lucene
 * filter (Porter stemming a distinct word once, then remembering the stem).
 */
final class OneToken extends TokenStream {
    boolean ready;

    @Override
    public boolean incrementToken() {
        boolean r = ready;
        ready = false;
        return r;
    }
}
