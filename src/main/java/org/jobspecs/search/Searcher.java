package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.jobspecs.spec.ClassCode;

/**
 * Lucene's own ranking of a bag-of-words query: for every distinct term, the body and the boosted
 * title, BM25, ties broken by document number (class-code order). This is the oracle the browser
 * client is tested against, and what {@code jobspecs search} prints. A query that is a class code
 * (or a former one) puts that class first.
 */
public final class Searcher {

    private final SearchIndex index;
    private final IndexSearcher searcher;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    public Searcher(SearchIndex index) {
        this.index = index;
        this.searcher = new IndexSearcher(index.reader());
        this.searcher.setSimilarity(new BM25Similarity(SearchIndex.K1, SearchIndex.B));
    }

    public List<SearchHit> search(String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        int coded = codeMatch(query);
        if (coded >= 0) {
            hits.add(new SearchHit(coded, index.documents().get(coded), Float.POSITIVE_INFINITY));
            seen.add(coded);
        }
        Set<String> terms = new LinkedHashSet<>(analyzer.terms(query));
        if (terms.isEmpty() || limit <= 0) {
            return hits;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms) {
            q.add(new TermQuery(new Term(SearchIndex.BODY, term)), BooleanClause.Occur.SHOULD);
            q.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE, term)), SearchIndex.TITLE_BOOST), BooleanClause.Occur.SHOULD);
        }
        try {
            TopDocs top = searcher.search(q.build(), limit + 1);
            for (ScoreDoc sd : top.scoreDocs) {
                if (hits.size() < limit && seen.add(sd.doc)) {
                    hits.add(new SearchHit(sd.doc, index.documents().get(sd.doc), sd.score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** The document whose code or former code the whole query is (leading zeros and punctuation ignored), or -1. */
    int codeMatch(String query) {
        String key = codeKey(query);
        if (key.isEmpty()) {
            return -1;
        }
        List<SearchDocument> docs = index.documents();
        for (int i = 0; i < docs.size(); i++) {
            if (codeKey(docs.get(i).code()).equals(key)) {
                return i;
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            for (String former : docs.get(i).formerCodes()) {
                if (codeKey(former).equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A code as visitors type it: case, punctuation, blanks and leading zeros do not matter. Empty when not code-like. */
    static String codeKey(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 32 || t.chars().anyMatch(Character::isWhitespace)) {
            return "";
        }
        String squeezed = t.replaceAll("[^A-Za-z0-9]", "");
        if (squeezed.isEmpty() || squeezed.chars().noneMatch(Character::isDigit)) {
            return "";
        }
        return new ClassCode(squeezed).key();
    }
}
