package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the scores {@link LikeScores} adds up are Lucene's, bit for bit: random disjunctions of
 * boosted term queries over a random two-field index, against every hit of the searcher (scoring
 * every match) and against its top hits (skipping those that cannot make them).
 */
class LikeScoresTest {

    private static final String[] WORDS = new String[300];
    private static final FieldType FREQS = new FieldType(TextField.TYPE_NOT_STORED);
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static LeafReader leaf;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        FREQS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        FREQS.freeze();
        Random random = new Random(15);
        for (int i = 0; i < WORDS.length; i++) {
            WORDS[i] = "w" + i;
        }
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE)
                .setMaxBufferedDocs(10_000).setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int d = 0; d < 1500; d++) {
                Document doc = new Document();
                if (random.nextInt(10) > 0) { // some classes have no title words, some no text
                    doc.add(new Field("title", words(random, 1 + random.nextInt(6)), FREQS));
                }
                if (random.nextInt(10) > 0) {
                    doc.add(new Field("text", words(random, random.nextInt(400)), FREQS));
                }
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        assertEquals(1, reader.leaves().size());
        leaf = reader.leaves().get(0).reader();
        searcher = new IndexSearcher(leaf);
        searcher.setQueryCache(null);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** Words with a skewed frequency: a few in most documents, most in few. */
    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            sb.append(WORDS[(int) (WORDS.length * u * u * u)]).append(' ');
        }
        return sb.toString();
    }

    private static Query query(Random random) {
        int clauses = 1 + random.nextInt(15);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < clauses; i++) {
            String field = random.nextInt(3) == 0 ? "title" : "text";
            String word = random.nextInt(20) == 0 ? "absent" + i : WORDS[random.nextInt(WORDS.length)];
            float boost = random.nextInt(4) == 0 ? 1f : 0.01f + random.nextFloat();
            b.add(new BoostQuery(new TermQuery(new Term(field, word)), boost), Occur.SHOULD);
        }
        return b.build();
    }

    @Test
    void issue15EveryMatchScoresAsLuceneScoresIt() throws IOException {
        LikeScores scores = new LikeScores(searcher, leaf, List.of("title", "text"));
        Random random = new Random(1);
        for (int q = 0; q < 300; q++) {
            Query query = query(random);
            LikeScores.Scores mine = scores.scores(query);
            assertNotNull(mine, query::toString);
            Map<Integer, Float> got = new HashMap<>();
            for (int i = 0; i < mine.count(); i++) {
                got.put(mine.docs()[i], mine.scores()[i]);
            }
            ScoreDoc[] all = searcher.search(query, new TopScoreDocCollectorManager(leaf.maxDoc(), null, Integer.MAX_VALUE)).scoreDocs;
            assertEquals(all.length, got.size(), query::toString);
            for (ScoreDoc hit : all) {
                assertEquals(Float.floatToIntBits(hit.score), Float.floatToIntBits(got.get(hit.doc)), () -> query + " doc " + hit.doc);
            }
            // Lucene's top hits, with skipping (block-max WAND): the same scores.
            ScoreDoc[] top = searcher.search(query, new TopScoreDocCollectorManager(6, null, 6)).scoreDocs;
            for (ScoreDoc hit : top) {
                assertEquals(Float.floatToIntBits(hit.score), Float.floatToIntBits(got.get(hit.doc)), () -> query + " top doc " + hit.doc);
            }
        }
    }

    @Test
    void issue15OneTermAloneScoresAsLuceneScoresIt() throws IOException {
        LikeScores scores = new LikeScores(searcher, leaf, List.of("title", "text"));
        Query query = new BoostQuery(new TermQuery(new Term("text", WORDS[3])), 0.37f);
        LikeScores.Scores mine = scores.scores(query);
        ScoreDoc[] all = searcher.search(query, new TopScoreDocCollectorManager(leaf.maxDoc(), null, Integer.MAX_VALUE)).scoreDocs;
        assertTrue(all.length > 0);
        assertEquals(all.length, mine.count());
        for (ScoreDoc hit : all) {
            assertEquals(Float.floatToIntBits(hit.score), Float.floatToIntBits(mine.of(hit.doc)));
        }
    }

    @Test
    void issue15OtherShapesAreLeftToTheSearcher() throws IOException {
        LikeScores scores = new LikeScores(searcher, leaf, List.of("title", "text"));
        Query must = new BooleanQuery.Builder().add(new TermQuery(new Term("text", WORDS[0])), Occur.MUST)
                .add(new TermQuery(new Term("text", WORDS[1])), Occur.SHOULD).build();
        assertNull(scores.scores(must), "a required clause");
        assertNull(scores.top(must, 0, d -> true, 0.1f, 5), "a required clause");
        assertNull(scores.scores(new TermQuery(new Term("other", "w1"))), "a field not given");
        assertNull(scores.top(new TermQuery(new Term("other", "w1")), 0, d -> true, 0.1f, 5), "a field not given");
    }

    /**
     * Issue 15: the pruned top ({@link LikeScores#top}) is the top of every match's score, for random
     * queries made of a document's own words (as MoreLikeThis' are), random floors, list lengths and
     * candidates: the best first, equal scores in document order, the document itself left out.
     */
    @Test
    void issue15PrunedTopIsTheTopOfEveryScore() throws IOException {
        LikeScores scores = new LikeScores(searcher, leaf, List.of("title", "text"));
        Random random = new Random(7);
        int pruned = 0;
        for (int q = 0; q < 400; q++) {
            int self = random.nextInt(leaf.maxDoc());
            Query query = random.nextBoolean() ? query(random) : ownWords(self, random);
            if (query instanceof BooleanQuery b && b.clauses().isEmpty()) {
                continue; // a document without words picked: nothing to ask
            }
            float minShare = random.nextInt(4) == 0 ? 0f : random.nextFloat() * 0.5f;
            int k = 1 + random.nextInt(8);
            int modulus = 1 + random.nextInt(4);
            java.util.function.IntPredicate candidate = d -> d % modulus != 0 || modulus == 1;
            LikeScores.Scores all = scores.scores(query);
            float floor = all.of(self) * minShare;
            List<Integer> expected = new java.util.ArrayList<>();
            for (int i = 0; i < all.count(); i++) {
                int d = all.docs()[i];
                if (d != self && candidate.test(d) && all.scores()[i] >= floor) {
                    expected.add(i);
                }
            }
            expected.sort((a, b) -> all.scores()[a] != all.scores()[b] ? Float.compare(all.scores()[b], all.scores()[a])
                    : Integer.compare(all.docs()[a], all.docs()[b]));
            int[] want = expected.stream().limit(k).mapToInt(i -> all.docs()[i]).toArray();
            int[] got = scores.top(query, self, candidate, minShare, k);
            assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(got), query::toString);
            if (want.length == k) {
                pruned++;
            }
        }
        assertTrue(pruned > 100, "most queries fill their list: " + pruned);
    }

    /** A query of up to 15 of a document's words, boosted as MoreLikeThis boosts them (the best 1). */
    private static Query ownWords(int doc, Random random) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of("title", "text")) {
            org.apache.lucene.index.Terms terms = leaf.terms(field);
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            for (org.apache.lucene.util.BytesRef t = te.next(); t != null && clauses < 15; t = te.next()) {
                org.apache.lucene.index.PostingsEnum p = te.postings(null);
                if (p.advance(doc) == doc && random.nextInt(3) == 0) {
                    b.add(new BoostQuery(new TermQuery(new Term(field, t.utf8ToString())), clauses == 0 ? 1f : 0.05f + random.nextFloat() * 0.95f), Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return b.build();
    }

    /** Issue 15: the BM25 scores made from a field's cache are those of Lucene's own scorers, bit for bit. */
    @Test
    void bm25ScoresAreLucenesScorers() {
        Random random = new Random(15);
        org.apache.lucene.search.similarities.BM25Similarity bm25 = new org.apache.lucene.search.similarities.BM25Similarity();
        for (int round = 0; round < 2_000; round++) {
            long docCount = 1 + random.nextInt(random.nextBoolean() ? 50 : 200_000);
            long sumTotalTermFreq = docCount * (1 + random.nextInt(500)) + random.nextInt(1000);
            org.apache.lucene.search.CollectionStatistics field = new org.apache.lucene.search.CollectionStatistics("text", docCount + random.nextInt(10),
                    docCount, sumTotalTermFreq, sumTotalTermFreq);
            LikeScores.Bm25Field ours = new LikeScores.Bm25Field(bm25, field);
            long docFreq = 1 + (long) (random.nextDouble() * docCount);
            float boost = random.nextInt(4) == 0 ? 1f : 1f + random.nextFloat() * 9f;
            org.apache.lucene.search.similarities.Similarity.SimScorer lucene = bm25.scorer(boost, field,
                    new org.apache.lucene.search.TermStatistics(new org.apache.lucene.util.BytesRef("w"), docFreq, docFreq + random.nextInt(100)));
            LikeScores.TermScorer scorer = ours.scorer(boost, docFreq);
            for (int norm = 0; norm < 256; norm++) {
                float freq = 1 + random.nextInt(random.nextBoolean() ? 5 : 1000);
                assertEquals(Float.floatToIntBits(lucene.score(freq, norm)), Float.floatToIntBits(scorer.score(freq, norm)),
                        "round " + round + ", norm " + norm);
            }
        }
    }
}
