package org.jobspecs.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A read-only view of one segment whose terms dictionary answers exact look-ups from a hash map made
 * once (a term's document frequency, total frequency and state), for {@link SimilarClasses}: every
 * class's MoreLikeThis asks the document frequency of each of its words, and every query the state
 * of each of its terms; without the map each such look-up makes a new terms enumerator and walks the
 * terms index (the larger part of the step's time, growing with the vocabulary). Postings are read
 * from the segment itself, positioned by the cached state. Only exact look-ups are supported.
 */
final class CachedTermsReader extends FilterLeafReader {

    private record Entry(BytesRef term, int docFreq, long totalTermFreq, TermState state) { }

    private final Map<String, CachedTerms> fields = new HashMap<>();

    private final TermVectors vectors;

    CachedTermsReader(LeafReader in, String... fieldNames) throws IOException {
        this(in, null, fieldNames);
    }

    /** @param vectors the term vectors to answer with instead of the segment's own, or null for the segment's */
    CachedTermsReader(LeafReader in, TermVectors vectors, String... fieldNames) throws IOException {
        super(in);
        this.vectors = vectors;
        for (String field : fieldNames) {
            Terms terms = in.terms(field);
            if (terms == null) {
                continue;
            }
            Map<BytesRef, Entry> entries = new HashMap<>();
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                BytesRef copy = BytesRef.deepCopyOf(t);
                entries.put(copy, new Entry(copy, te.docFreq(), te.totalTermFreq(), te.termState()));
            }
            fields.put(field, new CachedTerms(terms, entries));
        }
    }

    @Override
    public Terms terms(String field) throws IOException {
        CachedTerms cached = fields.get(field);
        return cached != null ? cached : super.terms(field);
    }

    @Override
    public TermVectors termVectors() throws IOException {
        return vectors != null ? vectors : super.termVectors();
    }

    @Override
    public IndexReader.CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public IndexReader.CacheHelper getReaderCacheHelper() {
        return null;
    }

    private static final class CachedTerms extends FilterTerms {
        private final Map<BytesRef, Entry> entries;

        CachedTerms(Terms in, Map<BytesRef, Entry> entries) {
            super(in);
            this.entries = entries;
        }

        @Override
        public TermsEnum iterator() {
            return new CachedTermsEnum(in, entries);
        }
    }

    /** Exact look-ups from the map; postings from the segment's own enumerator, made when first needed. */
    private static final class CachedTermsEnum extends BaseTermsEnum {
        private final Terms terms;
        private final Map<BytesRef, Entry> entries;
        private Entry current;
        private TermsEnum real;

        CachedTermsEnum(Terms terms, Map<BytesRef, Entry> entries) {
            this.terms = terms;
            this.entries = entries;
        }

        @Override
        public boolean seekExact(BytesRef text) {
            current = entries.get(text);
            return current != null;
        }

        @Override
        public void seekExact(BytesRef term, TermState state) {
            current = entries.get(term);
            if (current == null) {
                throw new IllegalStateException("no such term: " + term.utf8ToString());
            }
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            throw new UnsupportedOperationException("exact look-ups only");
        }

        @Override
        public void seekExact(long ord) {
            throw new UnsupportedOperationException("exact look-ups only");
        }

        @Override
        public BytesRef next() {
            throw new UnsupportedOperationException("exact look-ups only");
        }

        @Override
        public BytesRef term() {
            return current.term();
        }

        @Override
        public long ord() {
            throw new UnsupportedOperationException("exact look-ups only");
        }

        @Override
        public int docFreq() {
            return current.docFreq();
        }

        @Override
        public long totalTermFreq() {
            return current.totalTermFreq();
        }

        @Override
        public TermState termState() {
            return current.state();
        }

        private TermsEnum positioned() throws IOException {
            if (real == null) {
                real = terms.iterator();
            }
            real.seekExact(current.term(), current.state());
            return real;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
            return positioned().postings(reuse, flags);
        }

        @Override
        public ImpactsEnum impacts(int flags) throws IOException {
            return positioned().impacts(flags);
        }
    }
}
