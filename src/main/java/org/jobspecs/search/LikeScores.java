package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
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
 * out is Lucene's scorer set-up per term and query: each query reads its terms' postings (held in
 * arrays by the similar classes' index, {@link CountsReader}) into one array of sums.
 *
 * <p>{@link #top} gives the few best classes of a query and walks only the postings that can
 * change them (exact MaxScore pruning with each term's true highest score as its bound, which
 * Lucene's block-max WAND over this index, with only a term's weight as its bound, did not pay
 * for); {@link #scores} walks every posting and is what {@link #top} is tested against.
 * Thread-safe; each thread has its own sums.
 */
final class LikeScores {

    /**
     * One clause of a query: its term (positioned, for its postings), how the term is scored in this
     * query, and its highest score in any document (+infinity when not known) and, for a term in many
     * documents, in each range of documents ({@link Saturations}).
     */
    private record Clause(TermsEnum term, TermScorer scorer, long[] norms, float bound, Saturations saturations) {

        PostingsEnum postings() throws IOException {
            return term.postings(null, PostingsEnum.FREQS);
        }

        float score(PostingsEnum postings) throws IOException {
            return scorer.score(postings.freq(), norms == null ? 1L : norms[postings.docID()]);
        }

        /** Its highest score in a range of documents, or its {@link #bound} when not known by range. */
        float bound(int range) {
            float[] byRange = saturations == null ? null : saturations.byRange();
            if (byRange == null) {
                return bound;
            }
            return byRange[range] == 0 ? 0 : ((Bm25Term) scorer).bound(byRange[range]);
        }
    }

    /**
     * A term's highest {@link Bm25Field#saturation} in any of its documents and, for a term in at
     * least one in {@link #RANGED} documents, in each range of {@link #RANGE} documents (0: none of
     * its documents is in the range). The ranges cost a float per 128 documents: at most an eighth of
     * the term's postings' own size.
     */
    record Saturations(float most, float[] byRange) {
    }

    /** Documents per range of {@link Saturations} (a power of two: {@code 1 << RANGE_SHIFT}). */
    static final int RANGE_SHIFT = 7;
    static final int RANGE = 1 << RANGE_SHIFT;
    /** A term has bounds by range when in at least one in this many documents. */
    static final int RANGED = 32;

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
        Bm25Term scorer(float boost, long docFreq) {
            float idf = (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
            return new Bm25Term(boost * idf, cache);
        }

        /**
         * What a term's score in a document grows with: its frequency times the field's length
         * factor for the document's norm (the score is {@code weight - weight / (1 + it)}).
         */
        float saturation(float freq, long norm) {
            return freq * cache[((byte) norm) & 0xFF];
        }
    }

    /** A term's BM25 score in one query: its weight (boost times idf) and the field's length cache. */
    record Bm25Term(float weight, float[] cache) implements TermScorer {

        @Override
        public float score(float freq, long norm) {
            return bound(freq * cache[((byte) norm) & 0xFF]);
        }

        /**
         * The score in a document of this {@link Bm25Field#saturation}: with the highest of the
         * term's documents, its highest score (the score grows with it, in float as in real numbers).
         */
        float bound(float saturation) {
            return weight - weight / (1f + saturation);
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

    /** Margin on the bounds: a class is passed over only when it falls short of the threshold by more than rounding could explain. */
    private static final double MARGIN = 1e-4;

    private final IndexSearcher searcher;
    private final LeafReader leaf;
    private final Map<String, long[]> norms = new HashMap<>();
    /** Per field, its BM25 cache, when the searcher's similarity is Lucene's BM25 itself (else Lucene's scorers are made per term). */
    private final Map<String, Bm25Field> bm25 = new HashMap<>();
    /** Per term of a BM25 field, its {@link Saturations}, found when first asked for. */
    private final Map<Term, Saturations> saturations = new ConcurrentHashMap<>();
    private final ThreadLocal<Sums> sums;

    /**
     * @param searcher the searcher over {@code leaf} alone, with the similarity that ranks
     * @param fields   the fields queries use (their norms are read once)
     */
    LikeScores(IndexSearcher searcher, LeafReader leaf, List<String> fields) {
        this.searcher = searcher;
        this.leaf = leaf;
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
     * The scores of every class the query matches, each term's postings walked in full, or null
     * when the query is not a disjunction of (boosted) term queries over the fields given.
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
                s.add(doc, c.score(postings));
            }
        }
        return s.drain();
    }

    /**
     * The {@code k} best documents the query matches that {@code candidate} accepts, other than
     * {@code self}, scoring at least {@code minShare} of the score of {@code self}: highest score
     * first and, at equal scores, lowest document first; or null when the query is not a disjunction
     * of (boosted) term queries over the fields given. The same documents as {@link #scores} give,
     * ranked so, with less work (issue 15: summing every posting grows with the square of the
     * catalog).
     *
     * <p>MaxScore, document at a time, with each term's true highest score as its bound. The
     * threshold is the k-th best full score found so far, or the floor if higher. The terms are
     * ordered by bound; the lowest ones whose bounds together fall short of the threshold are not
     * walked, only looked up for a document the others found, highest bound first, while its sum
     * and their bounds could still reach the threshold. A term in many documents also has a bound
     * for each range of {@link #RANGE} documents, which tightens those checks and lets a whole range
     * be passed over. A document that reaches the threshold is scored in full, its terms added in
     * the query's order as {@link #scores} adds them, so the scores are equal bit for bit; a margin
     * wider than rounding keeps the bounds safe.
     */
    int[] top(Query query, int self, IntPredicate candidate, float minShare, int k) throws IOException {
        List<Clause> clauses = clauses(query);
        if (clauses == null) {
            return null;
        }
        int m = clauses.size();
        float floor = exact(clauses, self) * minShare;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(clauses.get(a).bound(), clauses.get(b).bound()));
        // By bound, lowest first: each clause, its place in the query, its postings and the bounds below it summed.
        Clause[] byBound = new Clause[m];
        int[] place = new int[m];
        PostingsEnum[] postings = new PostingsEnum[m];
        double[] below = new double[m + 1]; // below[i]: the bounds of terms 0..i-1 summed
        for (int i = 0; i < m; i++) {
            place[i] = order[i];
            byBound[i] = clauses.get(place[i]);
            postings[i] = byBound[i].postings();
            below[i + 1] = below[i] + byBound[i].bound();
        }
        Scored scored = new Scored(k, floor);
        int essential = 0; // terms from here on are essential: a document must be in one of them to make it
        while (essential < m && below[essential + 1] < scored.threshold()) {
            essential++;
        }
        for (int i = essential; i < m; i++) {
            postings[i].nextDoc();
        }
        float[] part = new float[m];
        double[] rangeBelow = new double[m + 1]; // as below, in the current range
        int range = -1;
        int rangeEssential = -1;
        while (true) {
            int doc = DocIdSetIterator.NO_MORE_DOCS;
            for (int i = essential; i < m; i++) {
                doc = Math.min(doc, postings[i].docID());
            }
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (doc >>> RANGE_SHIFT != range || essential != rangeEssential) {
                range = doc >>> RANGE_SHIFT;
                rangeEssential = essential;
                int end = (range + 1) << RANGE_SHIFT;
                for (int i = 0; i < m; i++) {
                    // An essential term whose next document is past the range has none in it.
                    float bound = i >= essential && postings[i].docID() >= end ? 0 : byBound[i].bound(range);
                    rangeBelow[i + 1] = rangeBelow[i] + bound;
                }
                if (rangeBelow[m] < scored.threshold()) {
                    // No document of the range can make it: every essential term moved past it.
                    for (int i = essential; i < m; i++) {
                        if (postings[i].docID() < end) {
                            postings[i].advance(end);
                        }
                    }
                    range = -1;
                    continue;
                }
            }
            double sum = 0;
            for (int i = essential; i < m; i++) {
                PostingsEnum p = postings[i];
                if (p.docID() == doc) {
                    float score = byBound[i].score(p);
                    part[place[i]] = score;
                    sum += score;
                    p.nextDoc();
                } else {
                    part[place[i]] = 0;
                }
            }
            if (doc == self || sum + rangeBelow[essential] < scored.threshold()) {
                continue; // cannot make it (what the loop below would find first): not worth the candidate test
            }
            if (!candidate.test(doc)) {
                continue;
            }
            int i = essential - 1;
            for (; i >= 0 && sum + rangeBelow[i + 1] >= scored.threshold(); i--) {
                PostingsEnum p = postings[i];
                if (p.docID() < doc) {
                    p.advance(doc);
                }
                if (p.docID() == doc) {
                    float score = byBound[i].score(p);
                    part[place[i]] = score;
                    sum += score;
                } else {
                    part[place[i]] = 0;
                }
            }
            if (i >= 0 || sum < scored.threshold()) {
                continue;
            }
            double full = 0; // in the query's order, as scores() adds
            for (int c = 0; c < m; c++) {
                full += part[c];
            }
            scored.add(doc, (float) full);
            while (essential < m && below[essential + 1] < scored.threshold()) {
                essential++;
            }
        }
        return scored.ranked();
    }

    /**
     * A document's score, each term looked up and added in the query's order in double precision,
     * rounded to float once: as {@link #scores} makes it.
     */
    private static float exact(List<Clause> clauses, int doc) throws IOException {
        double sum = 0;
        for (Clause c : clauses) {
            PostingsEnum postings = c.postings();
            if (postings.advance(doc) == doc) {
                sum += c.score(postings);
            }
        }
        return (float) sum;
    }

    /**
     * The candidates scored in full so far, and the threshold they set: the k-th best of their
     * scores, or the floor if higher, lowered by a margin wider than the rounding of a sum, so that a
     * document whose sum falls below it is certain to be outranked or under the floor.
     */
    private static final class Scored {
        private final int k;
        private final float floor;
        private int[] docs = new int[16];
        private float[] scores = new float[16];
        private int n;
        /** The k best scores, highest first. */
        private final float[] best;
        private int kept;
        private double threshold;

        Scored(int k, float floor) {
            this.k = k;
            this.floor = floor;
            this.best = new float[k];
            this.threshold = below(floor);
        }

        double threshold() {
            return threshold;
        }

        private static double below(double threshold) {
            return threshold - Math.abs(threshold) * MARGIN;
        }

        /** A candidate scored in full (each once). */
        void add(int doc, float score) {
            if (n == docs.length) {
                docs = Arrays.copyOf(docs, n * 2);
                scores = Arrays.copyOf(scores, n * 2);
            }
            docs[n] = doc;
            scores[n++] = score;
            if (kept < k || score > best[k - 1]) {
                int at = kept < k ? kept++ : k - 1;
                while (at > 0 && best[at - 1] < score) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = score;
                if (kept == k) {
                    threshold = below(Math.max(floor, best[k - 1]));
                }
            }
        }

        /** The best k of those scored, at or above the floor, highest first, then lowest document. */
        int[] ranked() {
            Integer[] order = new Integer[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (scores[i] >= floor) {
                    order[m++] = i;
                }
            }
            Arrays.sort(order, 0, m, (a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a]) : Integer.compare(docs[a], docs[b]));
            int[] out = new int[Math.min(k, m)];
            for (int i = 0; i < out.length; i++) {
                out[i] = docs[order[i]];
            }
            return out;
        }
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
            // As TermQuery's weight makes its scorer (one segment): the term's statistics, the field's, the boost.
            Bm25Field field = bm25.get(term.field());
            long[] fieldNorms = norms.get(term.field());
            if (field != null) {
                Bm25Term scorer = field.scorer(boost, te.docFreq());
                Saturations saturations = saturations(term, te, field, fieldNorms);
                clauses.add(new Clause(te, scorer, fieldNorms, scorer.bound(saturations.most()), saturations));
            } else {
                TermScorer scorer = searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(term.field()),
                        searcher.termStatistics(term, te.docFreq(), te.totalTermFreq()))::score;
                clauses.add(new Clause(te, scorer, fieldNorms, Float.POSITIVE_INFINITY, null));
            }
        }
        return clauses;
    }

    /** A term's {@link Saturations}: its postings read once, on first use. */
    private Saturations saturations(Term term, TermsEnum te, Bm25Field field, long[] norms) {
        return saturations.computeIfAbsent(term, t -> {
            try {
                boolean ranged = (long) te.docFreq() * RANGED >= leaf.maxDoc() && leaf.maxDoc() > RANGE;
                float[] byRange = ranged ? new float[(leaf.maxDoc() + RANGE - 1) >>> RANGE_SHIFT] : null;
                PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
                float most = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    float saturation = field.saturation(postings.freq(), norms == null ? 1L : norms[doc]);
                    most = Math.max(most, saturation);
                    if (ranged) {
                        byRange[doc >>> RANGE_SHIFT] = Math.max(byRange[doc >>> RANGE_SHIFT], saturation);
                    }
                }
                return new Saturations(most, byRange);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

        /** Adds a score to a document's sum; the sum so far. */
        double add(int doc, float score) {
            if (!touched[doc]) {
                touched[doc] = true;
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, count * 2);
                }
                docs[count++] = doc;
            }
            return sum[doc] += score;
        }

        /** The sums so far, each rounded to float once, and the sums cleared. */
        Scores drain() {
            int[] matched = Arrays.copyOf(docs, count);
            float[] scores = new float[count];
            for (int i = 0; i < count; i++) {
                scores[i] = (float) sum[matched[i]];
            }
            int n = count;
            clear();
            return new Scores(matched, scores, n);
        }

        /** Every sum back to 0. */
        void clear() {
            for (int i = 0; i < count; i++) {
                int doc = docs[i];
                sum[doc] = 0;
                touched[doc] = false;
            }
            count = 0;
        }
    }
}
