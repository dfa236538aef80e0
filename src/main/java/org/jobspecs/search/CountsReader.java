package org.jobspecs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdTermState;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * Issue 15: the similar classes' index, one segment read straight from the words each class was
 * counted with ({@link WordVectors.Counts}), without an {@code IndexWriter} (writing the postings
 * and reading them back had become the largest part of the similar classes' time). It answers what
 * Lucene reads from a segment of the same documents indexed with frequencies: each field's terms in
 * byte order with their document and total frequencies, their postings, the fields' statistics,
 * and each document's norm as the similarity computes it at indexing time (0 for a field without
 * words, as Lucene's indexing chain stores it); plus a field of one untokenised term per document
 * (the class code, documents only, no norms), and the term vectors ({@link WordVectors}).
 * CountsReaderTest compares all of it with a segment that IndexWriter wrote. Exact term look-ups
 * are answered from a hash map; read-only; thread-safe once made.
 */
final class CountsReader extends LeafReader {

    /** One field's terms in byte order, each with its postings. */
    private record Field(FieldInfo info, BytesRef[] terms, Map<BytesRef, Integer> ords, int[][] docs, int[][] freqs,
                         long[] totalTermFreqs, long sumTotalTermFreq, long sumDocFreq, int docCount, long[] norms) {
    }

    private final int maxDoc;
    private final Map<String, Field> fields = new HashMap<>();
    /** Per counted field, each word's document frequency, by the word as counted ({@link #docFreq(String, String)}). */
    private final Map<String, Map<String, Integer>> docFreqs = new HashMap<>();
    private final FieldInfos fieldInfos;
    private final TermVectors vectors;

    /**
     * @param fieldNames the counted fields, in the order of each document's counts
     * @param documents  per document, per field, its counted words (null: the field is empty)
     * @param keyField   the field of one untokenised term per document
     * @param keys       each document's term in {@code keyField}
     * @param similarity the similarity whose norms the index stores
     */
    CountsReader(List<String> fieldNames, List<WordVectors.Counts[]> documents, String keyField, List<String> keys, Similarity similarity) {
        this.maxDoc = documents.size();
        List<FieldInfo> infos = new ArrayList<>();
        for (int f = 0; f < fieldNames.size(); f++) {
            FieldInfo info = info(fieldNames.get(f), infos.size(), IndexOptions.DOCS_AND_FREQS, false);
            infos.add(info);
            fields.put(info.name, counted(info, documents, f, similarity));
        }
        FieldInfo keyInfo = info(keyField, infos.size(), IndexOptions.DOCS, true);
        infos.add(keyInfo);
        fields.put(keyField, keys(keyInfo, keys));
        this.fieldInfos = new FieldInfos(infos.toArray(new FieldInfo[0]));
        this.vectors = new WordVectors(fieldNames, documents);
    }

    private static FieldInfo info(String name, int number, IndexOptions options, boolean omitNorms) {
        return new FieldInfo(name, number, false, omitNorms, false, options, DocValuesType.NONE, -1, Map.of(), 0, 0, 0, 0,
                VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN, false, false);
    }

    /**
     * A counted field: each term's documents counted, then its postings put in arrays of that size
     * document by document (issue 15: arrays grown by doubling and then trimmed took up to three times
     * the postings' size, some 380 MB at 100,000 classes), then the terms put in byte order.
     */
    private Field counted(FieldInfo info, List<WordVectors.Counts[]> documents, int f, Similarity similarity) {
        Map<String, Collected> byWord = new HashMap<>();
        for (int doc = 0; doc < maxDoc; doc++) {
            WordVectors.Counts counts = documents.get(doc)[f];
            if (counts != null) {
                for (int i = 0; i < counts.words().length; i++) {
                    byWord.computeIfAbsent(counts.words()[i], w -> new Collected()).size++;
                }
            }
        }
        byWord.values().forEach(Collected::allocate);
        long[] norms = new long[maxDoc];
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        int docCount = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            WordVectors.Counts counts = documents.get(doc)[f];
            if (counts == null || counts.words().length == 0) {
                continue; // no words: no postings, norm 0
            }
            docCount++;
            int maxFreq = 0;
            for (int i = 0; i < counts.words().length; i++) {
                byWord.get(counts.words()[i]).add(counts.terms()[i], doc, counts.freqs()[i]);
                maxFreq = Math.max(maxFreq, counts.freqs()[i]);
            }
            sumTotalTermFreq += counts.total();
            sumDocFreq += counts.words().length;
            int length = Math.toIntExact(counts.total());
            norms[doc] = similarity.computeNorm(new FieldInvertState(Version.LATEST.major, info.name, IndexOptions.DOCS_AND_FREQS,
                    length, length, 0, 0, maxFreq, counts.words().length));
        }
        Map<String, Integer> docFreqs = new HashMap<>(byWord.size() * 2);
        byWord.forEach((word, c) -> docFreqs.put(word, c.size));
        this.docFreqs.put(info.name, docFreqs);
        Collected[] sorted = byWord.values().toArray(new Collected[0]);
        byWord = null;
        Arrays.sort(sorted, (a, b) -> a.term.compareTo(b.term));
        int n = sorted.length;
        BytesRef[] terms = new BytesRef[n];
        int[][] docs = new int[n][];
        int[][] freqs = new int[n][];
        long[] totals = new long[n];
        Map<BytesRef, Integer> ords = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Collected c = sorted[i];
            terms[i] = c.term;
            docs[i] = c.docs;
            freqs[i] = c.freqs;
            totals[i] = c.total;
            ords.put(c.term, i);
        }
        return new Field(info, terms, ords, docs, freqs, totals, sumTotalTermFreq, sumDocFreq, docCount, norms);
    }

    /**
     * The number of documents a counted field's word is in (0 if none): {@link #docFreq(org.apache.lucene.index.Term)}
     * without making the word's bytes (issue 15: {@link LikeTerms} asks it for every word of every class).
     */
    int docFreq(String field, String word) {
        Map<String, Integer> byWord = docFreqs.get(field);
        Integer n = byWord == null ? null : byWord.get(word);
        return n == null ? 0 : n;
    }

    /** The key field: each document's one term, frequency 1, no norms. */
    private Field keys(FieldInfo info, List<String> keys) {
        Map<BytesRef, List<Integer>> byKey = new java.util.TreeMap<>();
        for (int doc = 0; doc < keys.size(); doc++) {
            byKey.computeIfAbsent(new BytesRef(keys.get(doc)), k -> new ArrayList<>()).add(doc);
        }
        int n = byKey.size();
        BytesRef[] terms = new BytesRef[n];
        int[][] docs = new int[n][];
        int[][] freqs = new int[n][];
        long[] totals = new long[n];
        Map<BytesRef, Integer> ords = new HashMap<>(n * 2);
        int i = 0;
        long sum = 0;
        for (Map.Entry<BytesRef, List<Integer>> e : byKey.entrySet()) {
            terms[i] = e.getKey();
            docs[i] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            freqs[i] = new int[docs[i].length];
            Arrays.fill(freqs[i], 1);
            totals[i] = docs[i].length; // without frequencies, a term's total is its document frequency
            sum += docs[i].length;
            ords.put(e.getKey(), i++);
        }
        return new Field(info, terms, ords, docs, freqs, totals, sum, sum, keys.size(), null);
    }

    /** A term's postings while they are collected: first its number of documents, then its arrays of that size filled. */
    private static final class Collected {
        BytesRef term;
        int[] docs;
        int[] freqs;
        int size;
        long total;

        void allocate() {
            docs = new int[size];
            freqs = new int[size];
            size = 0;
        }

        void add(BytesRef term, int doc, int freq) {
            this.term = term;
            docs[size] = doc;
            freqs[size++] = freq;
            total += freq;
        }
    }

    @Override
    public Terms terms(String field) {
        Field f = fields.get(field);
        return f == null || f.terms().length == 0 ? null : new FieldTerms(f);
    }

    @Override
    public NumericDocValues getNormValues(String field) {
        Field f = fields.get(field);
        return f == null || f.norms() == null ? null : new Norms(f.norms());
    }

    @Override
    public FieldInfos getFieldInfos() {
        return fieldInfos;
    }

    @Override
    public TermVectors termVectors() {
        return vectors;
    }

    @Override
    public org.apache.lucene.index.Fields getTermVectors(int docID) throws IOException {
        return vectors.get(docID);
    }

    @Override
    public int numDocs() {
        return maxDoc;
    }

    @Override
    public int maxDoc() {
        return maxDoc;
    }

    @Override
    public Bits getLiveDocs() {
        return null;
    }

    @Override
    public StoredFields storedFields() {
        return new StoredFields() {
            @Override
            public void document(int docID, StoredFieldVisitor visitor) {
                // nothing is stored
            }
        };
    }

    @Override
    public void document(int docID, StoredFieldVisitor visitor) {
        // nothing is stored
    }

    @Override
    public LeafMetaData getMetaData() {
        return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    public void checkIntegrity() {
        // in memory, made here: nothing to check
    }

    @Override
    protected void doClose() {
        // nothing held open
    }

    @Override
    public NumericDocValues getNumericDocValues(String field) {
        return null;
    }

    @Override
    public BinaryDocValues getBinaryDocValues(String field) {
        return null;
    }

    @Override
    public SortedDocValues getSortedDocValues(String field) {
        return null;
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String field) {
        return null;
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String field) {
        return null;
    }

    @Override
    public FloatVectorValues getFloatVectorValues(String field) {
        return null;
    }

    @Override
    public ByteVectorValues getByteVectorValues(String field) {
        return null;
    }

    @Override
    public void searchNearestVectors(String field, float[] target, KnnCollector knnCollector, Bits acceptDocs) {
        // no vectors
    }

    @Override
    public void searchNearestVectors(String field, byte[] target, KnnCollector knnCollector, Bits acceptDocs) {
        // no vectors
    }

    @Override
    public PointValues getPointValues(String field) {
        return null;
    }

    private static final class FieldTerms extends ArrayTerms {
        private final Field f;

        FieldTerms(Field f) {
            super(f.terms());
            this.f = f;
        }

        @Override
        public TermsEnum iterator() {
            return new FieldTermsEnum(f);
        }

        @Override
        public long getSumTotalTermFreq() {
            return f.sumTotalTermFreq();
        }

        @Override
        public long getSumDocFreq() {
            return f.sumDocFreq();
        }

        @Override
        public int getDocCount() {
            return f.docCount();
        }

        @Override
        public boolean hasFreqs() {
            return f.info().getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0;
        }
    }

    /** A field's terms, an exact look-up answered from its hash map, a term's state its place. */
    private static final class FieldTermsEnum extends ArrayTerms.Enum {
        private final Field f;

        FieldTermsEnum(Field f) {
            super(f.terms());
            this.f = f;
        }

        @Override
        public boolean seekExact(BytesRef text) {
            Integer at = f.ords().get(text);
            if (at == null) {
                return false;
            }
            ord = at;
            return true;
        }

        @Override
        public void seekExact(BytesRef term, TermState state) {
            ord = (int) ((OrdTermState) state).ord;
        }

        @Override
        public TermState termState() {
            OrdTermState state = new OrdTermState();
            state.ord = ord;
            return state;
        }

        @Override
        public int docFreq() {
            return f.docs()[ord].length;
        }

        @Override
        public long totalTermFreq() {
            return f.totalTermFreqs()[ord];
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            return new Postings(f.docs()[ord], f.freqs()[ord]);
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** A term's postings: documents in order, each with the term's frequency. */
    private static final class Postings extends PostingsEnum {
        private final int[] docs;
        private final int[] freqs;
        private int at = -1;

        Postings(int[] docs, int[] freqs) {
            this.docs = docs;
            this.freqs = freqs;
        }

        @Override
        public int docID() {
            return at < 0 ? -1 : at < docs.length ? docs[at] : NO_MORE_DOCS;
        }

        @Override
        public int nextDoc() {
            return ++at < docs.length ? docs[at] : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            // Galloping from the next posting, then a binary search in the last step: the similar
            // classes look classes up in long postings (LikeScores.top).
            int from = at + 1;
            int step = 1;
            int to = from;
            while (to < docs.length && docs[to] < target) {
                from = to + 1;
                to = from + step;
                step <<= 1;
            }
            int found = Arrays.binarySearch(docs, from, Math.min(to, docs.length - 1) + 1, target);
            at = found >= 0 ? found : -found - 1;
            return at < docs.length ? docs[at] : NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return docs.length;
        }

        @Override
        public int freq() {
            return freqs[at];
        }

        @Override
        public int nextPosition() {
            return -1;
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }
    }

    /** Each document's norm in a field (every document has one: 0 when the field has no words). */
    private static final class Norms extends NumericDocValues {
        private final long[] norms;
        private int doc = -1;

        Norms(long[] norms) {
            this.norms = norms;
        }

        @Override
        public long longValue() {
            return norms[doc];
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return true;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return doc = doc + 1 < norms.length ? doc + 1 : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            return doc = target < norms.length ? target : NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return norms.length;
        }
    }
}
