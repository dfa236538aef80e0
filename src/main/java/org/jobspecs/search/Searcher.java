package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.jobspecs.spec.ClassCode;

/**
 * Lucene's own answer to a query as a visitor types it; the oracle the browser client
 * ({@code search-core.js}) is tested against, and what {@code jobspecs search} prints.
 *
 * <ol>
 *   <li>The query's terms become clauses ({@link Synonyms#plan}): a word, or a span that is a
 *       synonym member, matched by any member of its groups (a phrase member by all its terms).</li>
 *   <li>Every clause must match (a BooleanQuery of FILTER clauses, as QueryParser's default AND).</li>
 *   <li>When nothing matches and a word no class uses has a likely typo correction ({@link Typos}),
 *       the corrected query is run the same way and its results shown, saying so.</li>
 *   <li>When still nothing matches, any clause may match (OR), saying so.</li>
 * </ol>
 * Ranking is always BM25 over every distinct term of the clauses, in the body, the boosted
 * title and the department-and-unit field, ties broken by document number (class-code order). A query that is a class code (or a
 * former one) puts that class first. A correction that is not a likely typo, or that would be
 * needed while OR finds something, is only offered ({@link Result#suggestion}).
 */
public final class Searcher {

    private final SearchIndex index;
    private final IndexSearcher searcher;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final SearchAnalyzer typedWords = new SearchAnalyzer(false);

    public Searcher(SearchIndex index) {
        this.index = index;
        this.searcher = new IndexSearcher(index.reader());
        this.searcher.setSimilarity(new BM25Similarity(SearchIndex.K1, SearchIndex.B));
    }

    /**
     * The answer to a query.
     *
     * @param hits       the first {@code limit} results (the code match first)
     * @param total      how many classes the query finds (all reachable)
     * @param anyWord    no class has every word: these results have any of them
     * @param corrected  the query the results are for, when words were corrected (else null)
     * @param suggestion a corrected query that finds classes, offered as "Did you mean …?" (else null)
     */
    public record Result(List<SearchHit> hits, int total, boolean anyWord, String corrected, String suggestion) { }

    public List<SearchHit> search(String query, int limit) {
        return run(query, limit).hits();
    }

    public Result run(String query, int limit) {
        int coded = codeMatch(query);
        List<String> typed = typedWords.terms(query);
        List<String> stems = analyzer.terms(query);
        List<Synonyms.Clause> clauses = index.synonyms().plan(stems);
        List<Integer> docs = matches(clauses, true);
        List<String> shownWords = typed;
        boolean anyWord = false;
        String corrected = null;
        String suggestion = null;
        if (docs.isEmpty() && !clauses.isEmpty()) {
            Correction likely = correct(typed, stems, clauses, true);
            Correction any = correct(typed, stems, clauses, false);
            if (likely != null && !(likely.docs().isEmpty())) {
                docs = likely.docs();
                clauses = likely.clauses();
                shownWords = typedWords.terms(likely.text());
                corrected = likely.text();
            } else {
                if (clauses.size() > 1) {
                    docs = matches(clauses, false);
                    anyWord = !docs.isEmpty();
                }
                if (any != null && !any.docs().isEmpty()) {
                    suggestion = any.text();
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        List<SearchDocument> documents = index.documents();
        if (coded >= 0) {
            hits.add(new SearchHit(coded, documents.get(coded), Float.POSITIVE_INFINITY));
        }
        int total = coded >= 0 && !docs.contains(coded) ? docs.size() + 1 : docs.size();
        if (limit > 0 && !docs.isEmpty()) {
            try {
                TopDocs top = searcher.search(query(clauses, shownWords, anyWord ? false : true), Math.max(1, docs.size()));
                for (ScoreDoc sd : top.scoreDocs) {
                    if (hits.size() < limit && sd.doc != coded) {
                        hits.add(new SearchHit(sd.doc, documents.get(sd.doc), sd.score));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(List.copyOf(hits.subList(0, Math.min(hits.size(), Math.max(limit, 0)))), total, anyWord, corrected,
                suggestion);
    }

    private record Correction(String text, List<Synonyms.Clause> clauses, List<Integer> docs) { }

    /**
     * The query with every word no class uses (of five letters or more, in a clause of its own)
     * replaced by its best correction, and what it finds with every clause required; null when no
     * word could be corrected. {@code likelyOnly}: only likely typos count (see {@link Typos}).
     */
    private Correction correct(List<String> typed, List<String> stems, List<Synonyms.Clause> clauses, boolean likelyOnly) {
        List<String> words = new ArrayList<>(typed);
        boolean changed = false;
        for (Synonyms.Clause c : clauses) {
            String word = typed.get(c.start());
            if (c.synonym() || exists(stems.get(c.start())) || word.length() < SearchExport.MIN_TYPO_WORD
                    || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String fix = correction(word, likelyOnly);
            if (fix != null) {
                words.set(c.start(), fix);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        String text = String.join(" ", words);
        List<Synonyms.Clause> fixed = index.synonyms().plan(analyzer.terms(text));
        return new Correction(text, fixed, matches(fixed, true));
    }

    /** The corpus word one edit from {@code word}: likely typos first, then the most used, then the first in order. */
    String correction(String word, boolean likelyOnly) {
        boolean real = index.realWords().contains(word);
        String best = null;
        boolean bestLikely = false;
        int bestDf = -1;
        for (Map.Entry<String, Integer> e : index.words().entrySet()) {
            String w = e.getKey();
            if (w.length() < SearchExport.MIN_TYPO_WORD || !w.chars().allMatch(Character::isLetter) || w.equals(word)
                    || Typos.distance(word, w, 1) > 1) {
                continue;
            }
            boolean likely = !real && Typos.likely(word, w);
            if (likelyOnly && !likely) {
                continue;
            }
            int df = e.getValue();
            if (best == null || (likely && !bestLikely) || (likely == bestLikely && df > bestDf)) {
                best = w;
                bestLikely = likely;
                bestDf = df;
            }
        }
        return best;
    }

    private boolean exists(String term) {
        LeafReader leaf = index.leaf();
        try {
            return leaf != null && (leaf.docFreq(new Term(SearchIndex.BODY, term)) > 0 || leaf.docFreq(new Term(SearchIndex.TITLE, term)) > 0
                    || leaf.docFreq(new Term(SearchIndex.DEPT, term)) > 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents the clauses find (all required, or any), in document order. */
    private List<Integer> matches(List<Synonyms.Clause> clauses, boolean all) {
        if (clauses.isEmpty()) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query(clauses, List.of(), all), Math.max(1, index.documents().size()));
            return java.util.Arrays.stream(top.scoreDocs).map(sd -> sd.doc).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 over every distinct term of the clauses, then over each distinct word as typed in the
     * exact title field; when {@code all}, each clause filters (one of its term lists, every term).
     */
    private static Query query(List<Synonyms.Clause> clauses, List<String> typed, boolean all) {
        Set<String> terms = new LinkedHashSet<>();
        clauses.forEach(c -> c.alternatives().forEach(terms::addAll));
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        for (String term : terms) {
            scoring.add(new TermQuery(new Term(SearchIndex.BODY, term)), BooleanClause.Occur.SHOULD);
            scoring.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE, term)), SearchIndex.TITLE_BOOST), BooleanClause.Occur.SHOULD);
            scoring.add(new BoostQuery(new TermQuery(new Term(SearchIndex.DEPT, term)), SearchIndex.DEPT_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (String word : new LinkedHashSet<>(typed)) {
            scoring.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE_EXACT, word)), SearchIndex.EXACT_BOOST), BooleanClause.Occur.SHOULD);
        }
        if (!all) {
            return scoring.build();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(scoring.build(), BooleanClause.Occur.MUST);
        for (Synonyms.Clause c : clauses) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (List<String> alternative : c.alternatives()) {
                BooleanQuery.Builder every = new BooleanQuery.Builder();
                for (String term : alternative) {
                    every.add(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(SearchIndex.BODY, term)), BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(SearchIndex.TITLE, term)), BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(SearchIndex.DEPT, term)), BooleanClause.Occur.SHOULD).build(),
                            BooleanClause.Occur.MUST);
                }
                any.add(every.build(), BooleanClause.Occur.SHOULD);
            }
            q.add(any.build(), BooleanClause.Occur.FILTER);
        }
        return q.build();
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
