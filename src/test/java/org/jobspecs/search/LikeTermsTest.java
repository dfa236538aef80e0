package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: {@link LikeTerms} makes the query Lucene's {@link MoreLikeThis} makes, clause for clause
 * (the same words, fields and boosts, in the same order), on random sites of every size; the demo
 * and a 2,000-class catalog are compared in {@link SimilarClassesQualityTest}.
 */
class LikeTermsTest {

    /** Few words, so that many score alike and the order that breaks ties decides the query. */
    private static final String[] WORDS = {"account", "ledger", "journal", "pipe", "sewer", "inspect", "plan", "permit", "fire",
            "engine", "rescue", "library", "book", "catalog", "payroll", "budget", "clerk", "office", "water", "meter", "read",
            "route", "truck", "drive", "parks", "tree", "prune", "code", "enforce", "zoning", "café", "naïve", "東京", "straße",
            "police", "record", "dispatch", "radio", "signal", "traffic", "street", "sweep", "grant", "audit", "tax", "revenue"};

    @Test
    void theQueriesAreMoreLikeThisOnesOnRandomSites() throws IOException {
        Random random = new Random(15);
        for (int size : new int[] {2, 3, 7, 40, 120, 400}) {
            for (int round = 0; round < 3; round++) {
                List<SimilarClasses.Source> sources = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    sources.add(new SimilarClasses.Source(Integer.toString(1000 + i), text(random, random.nextInt(5)),
                            text(random, random.nextInt(10) == 0 ? 0 : random.nextInt(200)), "", false));
                }
                assertSameQueries(sources, SimilarClasses.DEFAULT);
                assertSameQueries(sources, new SimilarClasses.Settings(1, 1, 25, 60, 50, SimilarClasses.MIN_SHARE));
            }
        }
    }

    /** For every class, LikeTerms' query equals MoreLikeThis' with the settings SimilarClasses gives it, clauses in order. */
    static void assertSameQueries(List<SimilarClasses.Source> sources, SimilarClasses.Settings settings) throws IOException {
        List<WordVectors.Counts[]> words = SimilarClasses.analyse(sources);
        CountsReader reader = SimilarClasses.index(sources, words);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(new SearchAnalyzer());
        mlt.setFieldNames(new String[] {SimilarClasses.TITLE, SimilarClasses.TEXT});
        mlt.setMinTermFreq(settings.minTermFreq());
        mlt.setMinDocFreq(settings.minDocFreq());
        mlt.setMaxQueryTerms(settings.maxQueryTerms());
        mlt.setMaxDocFreq(settings.maxDocFreq(sources.size()));
        mlt.setBoost(true);
        LikeTerms like = new LikeTerms(List.of(SimilarClasses.TITLE, SimilarClasses.TEXT), words, reader, settings);
        int withWords = 0;
        for (int doc = 0; doc < sources.size(); doc++) {
            Query expected = mlt.like(doc);
            Query actual = like.like(doc);
            assertEquals(((BooleanQuery) expected).clauses(), ((BooleanQuery) actual).clauses(), "class " + sources.get(doc).code());
            withWords += ((BooleanQuery) expected).clauses().isEmpty() ? 0 : 1;
        }
        assertTrue(sources.size() < 10 || withWords > sources.size() / 2, "most classes have query words: " + withWords);
    }

    private static String text(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
        }
        return sb.toString();
    }
}
