package org.jobspecs.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The words of an index as typed (before stemming), counted while the documents are analysed: a
 * word is looked up by its characters (no String per token) and counts once per document. Each word
 * also keeps its stem once the Lucene index's stemming filter ({@link CountingStemFilter}) computed it,
 * so that a word is stemmed once per build, not once per use. Used by one thread (the one that adds
 * the documents; {@link SitePostings.Builder} adds the words of documents analysed on other threads).
 */
final class WordCounts {

    /** One distinct word: its stem (null until computed), the documents using it, the last that counted. */
    static final class Word {
        char[] stem;
        int documents;
        int lastDocument;
    }

    private final CharArrayMap<Word> words = new CharArrayMap<>(1 << 14, false);
    private int document;

    /** The next tokens belong to the next document. */
    void nextDocument() {
        document++;
    }

    /** Counts a word in the current document and returns its entry. */
    Word add(char[] buffer, int length) {
        Word w = words.get(buffer, 0, length);
        if (w == null) {
            w = new Word();
            w.documents = 1;
            w.lastDocument = document;
            words.put(Arrays.copyOf(buffer, length), w);
        } else {
            count(w);
        }
        return w;
    }

    /** Counts a word met before (its entry) in the current document. */
    void count(Word w) {
        if (w.lastDocument != document) {
            w.documents++;
            w.lastDocument = document;
        }
    }

    /** Every word → the documents using it, in word order. */
    SortedMap<String, Integer> sorted() {
        TreeMap<String, Integer> out = new TreeMap<>();
        CharArrayMap<Word>.EntryIterator it = words.entrySet().iterator();
        while (it.hasNext()) {
            char[] key = it.nextKey();
            out.put(new String(key), it.currentValue().documents);
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
