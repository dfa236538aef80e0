package org.jobspecs.search;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Document frequencies of the words of an index as typed (before stemming), counted while the
 * documents are analysed: a word is looked up by its characters (no String per token), and counts
 * once per document.
 */
final class WordCounts {

    /** word → {documents using it, the last document that counted}. */
    private final CharArrayMap<int[]> counts = new CharArrayMap<>(1 << 14, false);
    private int document;

    /** The next tokens belong to the next document. */
    void nextDocument() {
        document++;
    }

    void add(char[] buffer, int length) {
        int[] c = counts.get(buffer, 0, length);
        if (c == null) {
            counts.put(java.util.Arrays.copyOf(buffer, length), new int[] {1, document});
        } else if (c[1] != document) {
            c[0]++;
            c[1] = document;
        }
    }

    /** Every word → the documents using it, in word order. */
    SortedMap<String, Integer> sorted() {
        TreeMap<String, Integer> out = new TreeMap<>();
        CharArrayMap<int[]>.EntryIterator it = counts.entrySet().iterator();
        while (it.hasNext()) {
            char[] key = it.nextKey();
            out.put(new String(key), it.currentValue()[0]);
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
