package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Issue 15: the score of every class a {@link org.apache.lucene.queries.mlt.MoreLikeThis} query
 * matches, for {@link SimilarClasses}, without Lucene's query machinery. Such a query is a
 * disjunction of boosted term queries; a class's score is the sum of each matching term's BM25
 * score. Each term's score is Lucene's own, from the searcher's similarity made with the statistics
 * a {@code TermQuery} uses (its {@code SimScorer}, with the norm the index stored), and the sum is
 * made in double precision and rounded to float once, as Lucene's disjunction scorers do: the
 * scores are equal to the searcher's, bit for bit (LikeScoresTest compares the two). What is left
 * out is Lucene's scorer set-up per term and query and the skipping machinery that a small posting
 * list does not repay: each query walks its terms' postings (held in arrays by the similar classes'
 * index, {@link CountsReader}) and adds them up into one array.
 *
 * <p>Only queries whose terms' postings together are at most {@link #MAX_POSTINGS} long are
 * scored here; longer ones, where Lucene's skipping of classes that cannot make the list pays, go
 * to the searcher ({@link #scores}: null). Thread-safe; each thread has its own sums.
 */
final class LikeScores {

    /** The most postings a query may add up here (about fifteen terms of up to a fifth of 20,000 classes). */
    static final int MAX_POSTINGS = 60_000;

    /** One clause of a query: its term's postings, and how the term is scored in this query. */
    private record Clause(PostingsEnum postings, TermScorer scorer, long[] norms) {
    }

    /** A term's score in a query, from its frequency in a document and the document's norm. */
    interface TermScorer {
        float score(float freq, long norm);
    }

    /**
     * Issue 15: what {@link BM25Similarity#scorer} makes, without making it for each term of each
     * query: the length cache (256 divisions) is the field's, made once, and the term's weight is its
     * boost times its idf, computed as BM25Similarity computes them (Lucene 9.12), float for float;
     * the score is its {@code BM25Scorer}'s. Bm25Test compares the scores with Lucene's scorers.
     */
    static final class Bm25Field {
        private final float k1;
        private final float b;
        private final long docCount;
        private final float[] cache = new float[256];

        Bm25Field(BM25Similarity similarity, CollectionStatistics field) {
            this.k1 = similarity.getK1();
            this.b = similarity.getB();
            this.docCount = field.docCount();
            float avgdl = (float) (field.sumTotalTermFreq() / (double) field.docCount());
            for (int i = 0; i < cache.length; i++) {
                cache[i] = 1f / (k1 * ((1 - b) + b * (float) SmallFloat.byte4ToInt((byte) i) / avgdl));
            }
        }

        /** The term's scorer in a query with this boost, for a term in {@code docFreq} documents. */
        TermScorer scorer(float boost, long docFreq) {
            float idf = (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
            float weight = boost * idf;
            float[] c = cache;
            return (freq, norm) -> weight - weight / (1f + freq * c[((byte) norm) & 0xFF]);
        }
    }

    /**
     * The classes a query matched and their scores.
     *
     * @param docs   the documents matched, each once, in no particular order
     * @param scores their scores, as Lucene gives them
     * @param count  how many of {@code docs} and {@code scores} are filled
     */
    record Scores(int[] docs, float[] scores, int count) {

        /** The score of a document, 0 when the query does not match it. */
        float of(int doc) {
            for (int i = 0; i < count; i++) {
                if (docs[i] == doc) {
                    return scores[i];
                }
            }
            return 0;
        }
    }

    private final IndexSearcher searcher;
    private final LeafReader leaf;
    private final int maxPostings;
    private final Map<String, long[]> norms = new HashMap<>();
    /** Per field, its BM25 cache, when the searcher's similarity is Lucene's BM25 itself (else Lucene's scorers are made per term). */
    private final Map<String, Bm25Field> bm25 = new HashMap<>();
    private final ThreadLocal<Sums> sums;

    /**
     * @param searcher    the searcher over {@code leaf} alone, with the similarity that ranks
     * @param fields      the fields queries use (their norms are read once)
     * @param maxPostings the most postings a query may have to be scored here
     */
    LikeScores(IndexSearcher searcher, LeafReader leaf, List<String> fields, int maxPostings) {
        this.searcher = searcher;
        this.leaf = leaf;
        this.maxPostings = maxPostings;
        int maxDoc = leaf.maxDoc();
        try {
            for (String field : fields) {
                norms.put(field, norms(leaf, field));
                CollectionStatistics stats = searcher.collectionStatistics(field);
                if (searcher.getSimilarity().getClass() == BM25Similarity.class && stats != null) {
                    bm25.put(field, new Bm25Field((BM25Similarity) searcher.getSimilarity(), stats));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.sums = ThreadLocal.withInitial(() -> new Sums(maxDoc));
    }

    /**
     * The scores of every class the query matches, or null when the query is not a disjunction of
     * (boosted) term queries over the fields given, or its postings are longer than allowed.
     */
    Scores scores(Query query) throws IOException {
        List<Clause> clauses = clauses(query);
        if (clauses == null) {
            return null;
        }
        Sums s = sums.get();
        for (Clause c : clauses) {
            PostingsEnum postings = c.postings();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                s.add(doc, c.scorer().score(postings.freq(), c.norms() == null ? 1L : c.norms()[doc]));
            }
        }
        return s.drain();
    }

    /** The query's clauses, ready to score, or null when the query is not scored here. */
    private List<Clause> clauses(Query query) throws IOException {
        query = searcher.rewrite(query); // as the searcher runs it (one clause alone, a term's clauses merged into one)
        List<Query> terms = new ArrayList<>();
        if (query instanceof BooleanQuery b) {
            if (b.getMinimumNumberShouldMatch() != 0) {
                return null;
            }
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.SHOULD) {
                    return null;
                }
                terms.add(c.getQuery());
            }
        } else {
            terms.add(query);
        }
        List<Clause> clauses = new ArrayList<>(terms.size());
        long length = 0;
        for (Query q : terms) {
            float boost = 1f;
            if (q instanceof BoostQuery bq) {
                boost = bq.getBoost();
                q = bq.getQuery();
            }
            if (!(q instanceof TermQuery tq) || !norms.containsKey(tq.getTerm().field())) {
                return null;
            }
            Term term = tq.getTerm();
            Terms fieldTerms = leaf.terms(term.field());
            TermsEnum te = fieldTerms == null ? null : fieldTerms.iterator();
            if (te == null || !te.seekExact(term.bytes())) {
                continue; // matches nothing, adds nothing
            }
            length += te.docFreq();
            if (length > maxPostings) {
                return null;
            }
            // As TermQuery's weight makes its scorer (one segment): the term's statistics, the field's, the boost.
            Bm25Field field = bm25.get(term.field());
            TermScorer scorer;
            if (field != null) {
                scorer = field.scorer(boost, te.docFreq());
            } else {
                scorer = searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(term.field()),
                        searcher.termStatistics(term, te.docFreq(), te.totalTermFreq()))::score;
            }
            clauses.add(new Clause(te.postings(null, PostingsEnum.FREQS), scorer, norms.get(term.field())));
        }
        return clauses;
    }

    /** Each document's norm in a field as the scorers read it (null when the field has none: Lucene then uses 1). */
    private static long[] norms(LeafReader leaf, String field) throws IOException {
        NumericDocValues values = leaf.getNormValues(field);
        if (values == null) {
            return null;
        }
        long[] out = new long[leaf.maxDoc()];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            out[doc] = values.longValue();
        }
        return out;
    }

    /** One thread's running sums: a double per document, and the documents touched so far. */
    private static final class Sums {
        private final double[] sum;
        private final boolean[] touched;
        private int[] docs = new int[64];
        private int count;

        Sums(int maxDoc) {
            sum = new double[maxDoc];
            touched = new boolean[maxDoc];
        }

        void add(int doc, float score) {
            if (!touched[doc]) {
                touched[doc] = true;
                if (count == docs.length) {
                    docs = java.util.Arrays.copyOf(docs, count * 2);
                }
                docs[count++] = doc;
            }
            sum[doc] += score;
        }

        /** The sums so far, each rounded to float once, and the sums cleared. */
        Scores drain() {
            int[] matched = java.util.Arrays.copyOf(docs, count);
            float[] scores = new float[count];
            for (int i = 0; i < count; i++) {
                int doc = matched[i];
                scores[i] = (float) sum[doc];
                sum[doc] = 0;
                touched[doc] = false;
            }
            int n = count;
            count = 0;
            return new Scores(matched, scores, n);
        }
    }
}
