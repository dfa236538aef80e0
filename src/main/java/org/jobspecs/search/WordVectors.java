package org.jobspecs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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
        /** Its place in byte order among the terms it is counted with ({@link Counts#of(Tally, Term[])}). */
        private int rank;

        Term(String text) {
            this.text = text;
            this.bytes = new BytesRef(text);
        }
    }

    /** One field of one document: its distinct terms in term order, each with its frequency. */
    record Counts(String[] words, BytesRef[] terms, int[] freqs, long total) {

        /**
         * The counts of a tally's terms, put in byte order by their ranks: {@code ranked} holds every
         * term of the tally (and any others), in byte order; sorting numbers is cheaper than
         * comparing the terms' bytes for every field.
         */
        static Counts of(Tally tally, Term[] ranked) {
            int n = tally.terms().length;
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (long) tally.terms()[i].rank << 32 | tally.freqs()[i];
            }
            Arrays.sort(keys);
            String[] words = new String[n];
            BytesRef[] terms = new BytesRef[n];
            int[] freqs = new int[n];
            for (int i = 0; i < n; i++) {
                Term t = ranked[(int) (keys[i] >>> 32)];
                words[i] = t.text;
                terms[i] = t.bytes;
                freqs[i] = (int) keys[i];
            }
            return new Counts(words, terms, freqs, tally.total());
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

    /**
     * A field's terms counted, in no order yet: each distinct term once with its frequency, and the
     * number of terms in all.
     */
    record Tally(Term[] terms, int[] freqs, long total) {

        /** The tally of a field's terms, in any order (each term one object; not thread-safe across shared terms). */
        static Tally of(List<Term> tokens) {
            List<Term> distinct = new ArrayList<>();
            for (Term t : tokens) {
                if (t.count++ == 0) {
                    distinct.add(t);
                }
            }
            Term[] terms = distinct.toArray(new Term[0]);
            int[] freqs = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                freqs[i] = terms[i].count;
                terms[i].count = 0;
            }
            return new Tally(terms, freqs, tokens.size());
        }
    }

    /** Ranks terms in byte order (each term's rank is its index in the array returned). */
    static Term[] rank(java.util.Collection<Term> terms) {
        Term[] ranked = terms.toArray(new Term[0]);
        Arrays.sort(ranked, (a, b) -> a.bytes.compareTo(b.bytes));
        for (int i = 0; i < ranked.length; i++) {
            ranked[i].rank = i;
        }
        return ranked;
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

    /** One field of one document as a term vector: its terms, each in the one document with its frequency. */
    private static final class Vector extends ArrayTerms {
        private final int[] freqs;
        private final long total;

        Vector(BytesRef[] terms, int[] freqs, long total) {
            super(terms);
            this.freqs = freqs;
            this.total = total;
        }

        @Override
        public TermsEnum iterator() {
            return new ArrayTerms.Enum(terms) {
                @Override
                public int docFreq() {
                    return 1;
                }

                @Override
                public long totalTermFreq() {
                    return freqs[ord];
                }

                @Override
                public PostingsEnum postings(PostingsEnum reuse, int flags) {
                    throw new UnsupportedOperationException("a class's word vector has no postings");
                }

                @Override
                public ImpactsEnum impacts(int flags) {
                    throw new UnsupportedOperationException("a class's word vector has no impacts");
                }
            };
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
    }
}
