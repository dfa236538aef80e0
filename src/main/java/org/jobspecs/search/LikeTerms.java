package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.search.similarities.TFIDFSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * Issue 15: the query {@link MoreLikeThis#like(int)} makes for a class of the similar classes' index,
 * made from the class's counted words ({@link WordVectors.Counts}) instead of its term vectors.
 * MoreLikeThis decodes every term of a class into a new string, counts it in a hash map under that
 * string, and looks its document frequency up through a new {@link Term} (its bytes encoded again):
 * for every word of every class. Here the words are the strings they were counted as (their hash
 * codes already known), and document frequencies come from {@link CountsReader#docFreq(String, String)}.
 *
 * <p>Everything that decides which words make the query and in what order is MoreLikeThis's (Lucene
 * 9.12): hash maps of the same strings filled in the same order (their iteration order decides
 * between words of equal score), the same filters, its default {@link ClassicSimilarity}'s idf,
 * Lucene's priority queue ordered as MoreLikeThis orders it, and the clauses taken out of it lowest
 * score first with the same boosts. So the query is the same, clause for clause: LikeTermsTest
 * compares the two for every class of the demo, of a generated catalog and of random texts.
 */
final class LikeTerms {

    private final List<String> fieldNames;
    private final List<WordVectors.Counts[]> documents;
    private final CountsReader reader;
    private final SimilarClasses.Settings settings;
    private final int maxDocFreq;
    private final TFIDFSimilarity similarity = new ClassicSimilarity();

    /**
     * @param fieldNames the fields MoreLikeThis would read, in its order, each also the index of the
     *                   field's counts in each document's array
     * @param documents  per document, per field, its counted words (null: the field is empty)
     * @param reader     the index made of those counts
     */
    LikeTerms(List<String> fieldNames, List<WordVectors.Counts[]> documents, CountsReader reader, SimilarClasses.Settings settings) {
        this.fieldNames = List.copyOf(fieldNames);
        this.documents = documents;
        this.reader = reader;
        this.settings = settings;
        this.maxDocFreq = settings.maxDocFreq(reader.maxDoc());
    }

    /** What {@code MoreLikeThis.like(doc)} returns, with MoreLikeThis set up as {@link SimilarClasses} sets it. */
    Query like(int doc) {
        WordVectors.Counts[] counts = documents.get(doc);
        // MoreLikeThis: a map per field read, each of the field's words (the vector's terms, in byte
        // order) with its frequency; a field without words (no vector) gets no map.
        Map<String, Map<String, Integer>> perField = new HashMap<>();
        for (int f = 0; f < fieldNames.size(); f++) {
            WordVectors.Counts c = counts[f];
            if (c == null) {
                continue;
            }
            Map<String, Integer> words = perField.computeIfAbsent(fieldNames.get(f), k -> new HashMap<>());
            for (int i = 0; i < c.words().length; i++) {
                // put, as MoreLikeThis does: merge and compute put a new key first in its bucket, put last
                words.put(c.words()[i], c.freqs()[i]); // a field's words are distinct
            }
        }
        return query(queue(perField));
    }

    /** MoreLikeThis' {@code createQueue}. */
    private Queue queue(Map<String, Map<String, Integer>> perField) {
        int count = 0;
        for (Map<String, Integer> words : perField.values()) {
            count += words.size();
        }
        int limit = Math.min(settings.maxQueryTerms(), count);
        Queue queue = new Queue(limit);
        for (Map.Entry<String, Map<String, Integer>> field : perField.entrySet()) {
            String fieldName = field.getKey();
            long numDocs = docCount(fieldName);
            for (Map.Entry<String, Integer> word : field.getValue().entrySet()) {
                int tf = word.getValue();
                if (settings.minTermFreq() > 0 && tf < settings.minTermFreq()) {
                    continue;
                }
                int docFreq = reader.docFreq(fieldName, word.getKey());
                if (settings.minDocFreq() > 0 && docFreq < settings.minDocFreq() || docFreq > maxDocFreq || docFreq == 0) {
                    continue;
                }
                float score = tf * similarity.idf(docFreq, numDocs);
                if (queue.size() < limit) {
                    queue.add(new ScoreTerm(word.getKey(), fieldName, score));
                } else {
                    ScoreTerm top = queue.top();
                    if (top.score < score) {
                        top.word = word.getKey();
                        top.field = fieldName;
                        top.score = score;
                        queue.updateTop();
                    }
                }
            }
        }
        return queue;
    }

    /** MoreLikeThis' number of documents of a field for the idf: those with the field, or all if not known. */
    private long docCount(String field) {
        try {
            int n = reader.getDocCount(field);
            return n == -1 ? reader.numDocs() : n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MoreLikeThis' {@code createQuery}, boosted (boost factor 1). */
    private static Query query(Queue queue) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        float bestScore = -1;
        ScoreTerm t;
        while ((t = queue.pop()) != null) {
            if (bestScore == -1) {
                bestScore = t.score;
            }
            query.add(new BoostQuery(new TermQuery(new Term(t.field, t.word)), t.score / bestScore), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** A candidate word of the query. */
    private static final class ScoreTerm {
        String word;
        String field;
        float score;

        ScoreTerm(String word, String field, float score) {
            this.word = word;
            this.field = field;
            this.score = score;
        }
    }

    /** MoreLikeThis' queue: the lowest score on top. */
    private static final class Queue extends PriorityQueue<ScoreTerm> {
        Queue(int maxSize) {
            super(maxSize);
        }

        @Override
        protected boolean lessThan(ScoreTerm a, ScoreTerm b) {
            return a.score < b.score;
        }
    }
}
