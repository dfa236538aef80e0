package org.jobspecs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Term vectors answered from the words each document was indexed with, for {@link SimilarClasses}:
 * MoreLikeThis reads a class's words and their frequencies from its term vectors, and this gives
 * them without storing vectors in the index (which cost a third of the indexing) or decoding them
 * again (once per field, as MoreLikeThis asks the whole document's vectors for each field). Only
 * what MoreLikeThis reads is supported: iterating a field's terms with their frequencies.
 */
final class WordVectors extends TermVectors {

    /** A distinct term: its text, and its bytes as the index has them. */
    static final class Term {
        final String text;
        final BytesRef bytes;
        /** Scratch: its count in the field being counted. */
        private int count;

        Term(String text) {
            this.text = text;
            this.bytes = new BytesRef(text);
        }
    }

    /** One field of one document: its distinct terms in term order, each with its frequency. */
    record Counts(String[] words, BytesRef[] terms, int[] freqs, long total) {

        /** The counts of the terms of a field, in any order (each term one object; not thread-safe across shared terms). */
        static Counts of(List<Term> tokens) {
            List<Term> distinct = new ArrayList<>();
            for (Term t : tokens) {
                if (t.count++ == 0) {
                    distinct.add(t);
                }
            }
            distinct.sort((a, b) -> a.bytes.compareTo(b.bytes));
            int n = distinct.size();
            String[] words = new String[n];
            BytesRef[] terms = new BytesRef[n];
            int[] freqs = new int[n];
            for (int i = 0; i < n; i++) {
                Term t = distinct.get(i);
                words[i] = t.text;
                terms[i] = t.bytes;
                freqs[i] = t.count;
                t.count = 0;
            }
            return new Counts(words, terms, freqs, tokens.size());
        }

        /** The same terms, each counted {@code times} as often. */
        Counts times(int times) {
            int[] more = new int[freqs.length];
            for (int i = 0; i < more.length; i++) {
                more[i] = freqs[i] * times;
            }
            return new Counts(words, terms, more, total * times);
        }
    }

    private final List<String> fieldNames;
    /** Per document, per field (in {@link #fieldNames} order). */
    private final List<Counts[]> documents;

    /** @param documents per document, per field in {@code fieldNames} order, its terms' counts */
    WordVectors(List<String> fieldNames, List<Counts[]> documents) {
        this.fieldNames = List.copyOf(fieldNames);
        this.documents = documents;
    }

    @Override
    public Fields get(int doc) {
        Counts[] fields = documents.get(doc);
        return new Fields() {
            @Override
            public Iterator<String> iterator() {
                return fieldNames.iterator();
            }

            @Override
            public Terms terms(String field) {
                int i = fieldNames.indexOf(field);
                return i < 0 || fields[i] == null ? null : new Vector(fields[i].terms(), fields[i].freqs(), fields[i].total());
            }

            @Override
            public int size() {
                return fieldNames.size();
            }
        };
    }

    private static final class Vector extends Terms {
        private final BytesRef[] terms;
        private final int[] freqs;
        private final long total;

        Vector(BytesRef[] terms, int[] freqs, long total) {
            this.terms = terms;
            this.freqs = freqs;
            this.total = total;
        }

        @Override
        public TermsEnum iterator() {
            return new VectorEnum(terms, freqs);
        }

        @Override
        public long size() {
            return terms.length;
        }

        @Override
        public long getSumTotalTermFreq() {
            return total;
        }

        @Override
        public long getSumDocFreq() {
            return terms.length;
        }

        @Override
        public int getDocCount() {
            return 1;
        }

        @Override
        public boolean hasFreqs() {
            return true;
        }

        @Override
        public boolean hasOffsets() {
            return false;
        }

        @Override
        public boolean hasPositions() {
            return false;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }
    }

    private static final class VectorEnum extends BaseTermsEnum {
        private final BytesRef[] terms;
        private final int[] freqs;
        private int at = -1;

        VectorEnum(BytesRef[] terms, int[] freqs) {
            this.terms = terms;
            this.freqs = freqs;
        }

        @Override
        public BytesRef next() {
            return ++at < terms.length ? terms[at] : null;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int i = Arrays.binarySearch(terms, text);
            if (i >= 0) {
                at = i;
                return SeekStatus.FOUND;
            }
            at = -i - 1;
            return at < terms.length ? SeekStatus.NOT_FOUND : SeekStatus.END;
        }

        @Override
        public void seekExact(long ord) {
            at = (int) ord;
        }

        @Override
        public BytesRef term() {
            return terms[at];
        }

        @Override
        public long ord() {
            return at;
        }

        @Override
        public int docFreq() {
            return 1;
        }

        @Override
        public long totalTermFreq() {
            return freqs[at];
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            throw new UnsupportedOperationException("a class's word vector has no postings");
        }

        @Override
        public ImpactsEnum impacts(int flags) throws IOException {
            throw new UnsupportedOperationException("a class's word vector has no impacts");
        }
    }
}
