package org.jobspecs.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;

/**
 * Issue 13: the classes most like each class, for the "Similar classes" list of its page. Lucene's
 * {@link MoreLikeThis} runs over a small index made for the purpose (read straight from the counted
 * words: {@link CountsReader}), one document per class in code order: its title and the approved text of the sections that say what the work is (definition,
 * distinguishing features and duties; not the working conditions, physical demands, employment
 * standards or knowledge and abilities lists, which many unrelated classes share word for word). Each class's
 * most telling words (tf-idf, from the words the index was given) make {@link MoreLikeThis}' query, made
 * the way it makes it from the counted words ({@link LikeTerms}, tested against it); the hits are the classes
 * whose text matches them best, without the class itself, the other classes of its series (its
 * career path lists them) and abolished classes, most similar first and, at equal score, in code
 * order. A hit must score at least {@link #MIN_SHARE} of the score the class's own text gets, so a
 * small site does not fill the list with classes that share only common words. Each query's
 * best classes are summed from its terms' postings with Lucene's BM25 scores ({@link LikeScores}),
 * walking only the postings that can change the list; Lucene's searcher gives the same lists
 * (SimilarClassesQualityTest compares the two).
 *
 * <p>Made before the pages are planned, from the catalog, so that the planner can put the list on
 * each class page. There is a query per class, of at most 15 words, but a word's classes grow with
 * the catalog, so the work grows faster than the classes: the pruning keeps the part of the postings
 * walked small (about a tenth at 10,000 classes), not bounded. The queries run in parallel. The
 * result depends on the classes only: equal catalogs give equal lists.
 */
public final class SimilarClasses {

    /** At most this many similar classes per class. */
    public static final int MAX = 5;
    /** A hit's score must be at least this share of the score of the class's own document. */
    static final float MIN_SHARE = 0.1f;
    /** The sections whose text describes the work. */
    static final Set<SectionKind> WORK = Set.of(SectionKind.DEFINITION, SectionKind.DISTINGUISHING_FEATURES, SectionKind.EXAMPLES_OF_DUTIES);

    static final String TITLE = "title";
    static final String TEXT = "text";
    private static final String CODE = "code";

    /** MoreLikeThis' settings (see {@link #DEFAULT}). */
    record Settings(int minTermFreq, int minDocFreq, int maxQueryTerms, int maxDocFreqPercent, int smallSiteMaxDocFreq, float minShare) {

        /** The most classes a query word may be in: the share, but on a small site up to half of the classes or so many. */
        int maxDocFreq(int classes) {
            return Math.max((int) ((long) classes * maxDocFreqPercent / 100), Math.min(classes / 2, smallSiteMaxDocFreq));
        }
    }

    /**
     * A word counts when it occurs at least twice in the class (the title is indexed twice, so each
     * title word counts) and in at least two classes (a word only one class uses finds nothing);
     * words in more than a fifth of the classes are left out (they say little, and their long postings
     * were most of the queries' cost; on a small site, only words in more than half of the classes or
     * in more than 50, so that a handful of like classes still find each other); the 15 best words
     * make the query. Chosen on the labelled pairs
     * of SimilarClassesQualityTest: with every title word, fewer sections (no knowledge and abilities
     * lists) and 15 words, 30 of 37 similar pairs were found against 25 of 37 with 25 words over more
     * sections, and at lower cost; leaving out words in more than a fifth rather than half of the
     * classes found 31 of 37 (a tenth: 26 of 37). An absolute cap on a word's classes (linear by
     * design) was tried and dropped: at 10,000 classes a cap of 400 left 15 % of the classes without
     * a list and kept a quarter of the pairs, as the demo catalog's families of titles grow with it.
     */
    static final Settings DEFAULT = new Settings(2, 2, 15, 20, 50, MIN_SHARE);

    /**
     * What similarity is computed from, for one class.
     *
     * @param code   the class code
     * @param title  its title
     * @param text   the approved text of its work sections ({@link #WORK}), as plain words
     * @param series its series id, or empty
     */
    public record Source(String code, String title, String text, String series, boolean abolished) {

        public static Source of(JobClass c) {
            StringBuilder text = new StringBuilder();
            for (Section s : c.sections()) {
                if (s.kind() != null && WORK.contains(s.kind())) {
                    blocks(s.blocks(), text);
                }
            }
            return of(c, text.toString().strip());
        }

        /** What the queries need of a class once its words are counted: all but its text (left empty). */
        static Source withoutText(JobClass c) {
            return of(c, "");
        }

        private static Source of(JobClass c, String text) {
            return new Source(c.code().value(), c.title(), text, c.seriesId() == null ? "" : c.seriesId(), c.abolished());
        }
    }

    private SimilarClasses() {
    }

    /** What the similar classes of a catalog are computed from, in code order. */
    public static List<Source> sources(Catalog catalog) {
        return catalog.classes().values().parallelStream().map(Source::of).toList();
    }

    /**
     * Each class's similar classes (codes, most similar first; classes without any are left out), in code
     * order. Issue 15: each class's text is made, analysed and let go of in turn; only its counted words
     * are kept (at 100,000 classes the texts took some 300 MB of heap until the lists were made).
     */
    public static Map<String, List<String>> of(Catalog catalog) {
        List<JobClass> classes = List.copyOf(catalog.classes().values());
        if (classes.size() < 2) {
            return new LinkedHashMap<>();
        }
        List<WordVectors.Counts[]> words = analyse(classes.size(), i -> Source.of(classes.get(i)));
        return of(classes.stream().map(Source::withoutText).toList(), DEFAULT, words);
    }

    /** @param sources the classes, in code order */
    public static Map<String, List<String>> of(List<Source> sources) {
        return of(sources, DEFAULT);
    }

    /**
     * As {@link #of(List)}, analysing only the sources {@code analysed} has not seen before: what
     * {@code serve} uses, where an edit changes one class's text and the others' analysis is kept.
     */
    public static Map<String, List<String>> of(List<Source> sources, Analysed analysed) {
        return of(sources, DEFAULT, analysed.of(sources));
    }

    static Map<String, List<String>> of(List<Source> sources, Settings settings) {
        return of(sources, settings, sources.size() < 2 ? List.of() : analyse(sources));
    }

    private static Map<String, List<String>> of(List<Source> sources, Settings settings, List<WordVectors.Counts[]> words) {
        return of(sources, settings, words, false);
    }

    /**
     * @param bySearcher whether every query runs in Lucene's searcher rather than {@link LikeScores}
     *                   (the lists are the same: what the tests compare)
     */
    static Map<String, List<String>> of(List<Source> sources, Settings settings, List<WordVectors.Counts[]> words, boolean bySearcher) {
        Map<String, List<String>> similar = new LinkedHashMap<>();
        if (sources.size() < 2) {
            return similar;
        }
        // One segment, documents in code order: document number i is sources.get(i).
        CountsReader leaf = index(sources, words);
        IndexSearcher searcher = new IndexSearcher(leaf);
        searcher.setQueryCache(null); // every query runs once: nothing to cache, and no shared cache to wait for
        LikeTerms mlt = new LikeTerms(List.of(TITLE, TEXT), words, leaf, settings);
        LikeScores scores = bySearcher ? null : new LikeScores(searcher, leaf, List.of(TITLE, TEXT));
        Candidates candidates = Candidates.of(sources);
        List<List<String>> lists = IntStream.range(0, sources.size()).parallel()
                .mapToObj(doc -> similar(sources, candidates, doc, mlt, searcher, scores, settings.minShare())).toList();
        for (int i = 0; i < sources.size(); i++) {
            if (!lists.get(i).isEmpty()) {
                similar.put(sources.get(i).code(), lists.get(i));
            }
        }
        return similar;
    }

    /**
     * The index the similar classes are found in, one document per source in the same order: its
     * title's and its text's counted words ({@code words}) and its code.
     */
    static CountsReader index(List<Source> sources, List<WordVectors.Counts[]> words) {
        return new CountsReader(List.of(TITLE, TEXT), words, CODE, sources.stream().map(Source::code).toList(),
                IndexSearcher.getDefaultSimilarity());
    }

    private static List<String> similar(List<Source> sources, Candidates candidates, int doc, LikeTerms mlt, IndexSearcher searcher,
                                        LikeScores scores, float minShare) {
        Source source = sources.get(doc);
        try {
            Query like = mlt.like(doc);
            if (like instanceof BooleanQuery b && b.clauses().isEmpty()) {
                return List.of();
            }
            int[] best = scores == null ? null : scores.top(like, doc, other -> candidates.listable(other, doc), minShare, MAX);
            if (best != null) {
                List<String> codes = new ArrayList<>(best.length);
                for (int other : best) {
                    codes.add(sources.get(other).code());
                }
                return codes;
            }
            // The query alone, unfiltered, so that Lucene can skip documents that cannot make the top;
            // the class itself (for its score), its series and abolished classes are taken out of the
            // hits here, asking for more hits when they leave fewer than five.
            ScoreDoc[] hits;
            int wanted = MAX + 1 + members(source);
            while (true) {
                hits = searcher.search(like, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
                int found = 0;
                for (ScoreDoc hit : hits) {
                    if (hit.doc != doc && candidates.listable(hit.doc, doc)) {
                        found++;
                    }
                }
                if (found >= MAX || hits.length < wanted) {
                    break;
                }
                wanted *= 2;
            }
            float own = -1;
            for (ScoreDoc hit : hits) {
                if (hit.doc == doc) {
                    own = hit.score;
                }
            }
            if (own < 0) { // others scored higher than the class itself (a short text): its own score, alone
                Query alone = new BooleanQuery.Builder().add(like, Occur.MUST).add(new TermQuery(new Term(CODE, source.code())), Occur.FILTER).build();
                ScoreDoc[] found = searcher.search(alone, 1).scoreDocs;
                own = found.length == 0 ? 0 : found[0].score;
            }
            float floor = own * minShare;
            List<ScoreDoc> kept = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                if (hit.doc != doc && candidates.listable(hit.doc, doc) && hit.score >= floor) {
                    kept.add(hit);
                }
            }
            // Lucene ranks equal scores by document number, which is code order; said here once more.
            kept.sort(Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
            return kept.stream().limit(MAX).map(h -> sources.get(h.doc).code()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analysed words of the sources of the last call, kept for the next (issue 15: a spec edit in
     * {@code serve} re-analysed all 2,000 classes of a catalog, the largest part of its rebuild).
     * A source's analysis depends on its title and text alone, so an equal source's is reused.
     */
    public static final class Analysed {
        private Map<Source, WordVectors.Counts[]> bySource = Map.of();
        private int analysedLast;

        synchronized List<WordVectors.Counts[]> of(List<Source> sources) {
            List<Source> missing = sources.stream().filter(s -> !bySource.containsKey(s)).toList();
            List<WordVectors.Counts[]> fresh = analyse(missing);
            Map<Source, WordVectors.Counts[]> next = new HashMap<>(sources.size() * 2);
            List<WordVectors.Counts[]> out = new ArrayList<>(sources.size());
            int m = 0;
            for (Source s : sources) {
                WordVectors.Counts[] counts = bySource.get(s);
                if (counts == null) {
                    counts = fresh.get(m++);
                }
                next.put(s, counts);
                out.add(counts);
            }
            bySource = next;
            analysedLast = missing.size();
            return out;
        }

        /** How many sources the last call analysed (the others' analysis was kept). */
        synchronized int analysedLast() {
            return analysedLast;
        }
    }

    /**
     * Each source's analysed words (the index's analysis: {@link SearchAnalyzer}) per field, counted:
     * its title twice (see {@link #DEFAULT}) and its text. The list is cut into one part per core, each
     * analysed by an analyzer of its own that stems each distinct word once and keeps one string per term.
     */
    static List<WordVectors.Counts[]> analyse(List<Source> sources) {
        return analyse(sources.size(), sources::get);
    }

    /** As {@link #analyse(List)}, each source made when it is analysed, and let go of then. */
    private static List<WordVectors.Counts[]> analyse(int n, IntFunction<Source> sources) {
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 100));
        WordVectors.Counts[][] out = new WordVectors.Counts[n][];
        IntStream.range(0, parts).parallel().forEach(p -> {
            Words words = new Words();
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            WordVectors.Tally[][] tallies = new WordVectors.Tally[to - from][];
            for (int i = from; i < to; i++) {
                Source s = sources.apply(i);
                tallies[i - from] = new WordVectors.Tally[] {words.of(s.title()), words.of(s.text())};
            }
            // The part's terms put in byte order once; each field's terms then sorted by their ranks.
            WordVectors.Term[] ranked = WordVectors.rank(words.terms.values());
            for (int i = from; i < to; i++) {
                WordVectors.Tally[] t = tallies[i - from];
                out[i] = new WordVectors.Counts[] {WordVectors.Counts.of(t[0], ranked).times(2), WordVectors.Counts.of(t[1], ranked)};
            }
        });
        return Arrays.asList(out);
    }

    /**
     * One part's analysis: the terms of a text, counted. The index's analysis is word by word after
     * its tokenizer and lower-casing (possessive "'s" removed, stop words dropped, Porter stemming:
     * each looks at the one word only), so each distinct lower-cased word is run through those steps
     * once, by Lucene's filters, and its outcome (a term object, or none for a stop word) remembered;
     * a token then costs one look-up.
     */
    private static final class Words {
        /** The outcome remembered for a word that the index's analysis drops. */
        private static final WordVectors.Term DROPPED = new WordVectors.Term("");

        private final WordTokenizer tokenizer = new WordTokenizer();
        private final TokenStream lowerCase = new FastLowerCaseFilter(tokenizer);
        private final CharTermAttribute word = lowerCase.addAttribute(CharTermAttribute.class);
        private final CharArrayMap<WordVectors.Term> outcomes = new CharArrayMap<>(1 << 12, false);
        private final OneToken one = new OneToken();
        private final CharTermAttribute oneTerm = one.addAttribute(CharTermAttribute.class);
        private final TokenStream rest = new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(one), SearchAnalyzer.STOP_WORDS));
        private final CharTermAttribute restTerm = rest.getAttribute(CharTermAttribute.class);
        private final Map<String, WordVectors.Term> terms = new HashMap<>();
        private final List<WordVectors.Term> found = new ArrayList<>();

        WordVectors.Tally of(String text) {
            found.clear();
            try {
                tokenizer.setReader(new StringReader(text));
                lowerCase.reset();
                while (lowerCase.incrementToken()) {
                    WordVectors.Term t = outcomes.get(word.buffer(), 0, word.length());
                    if (t == null) {
                        t = outcome(word);
                        outcomes.put(word.toString(), t);
                    }
                    if (t != DROPPED) {
                        found.add(t);
                    }
                }
                lowerCase.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    lowerCase.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return WordVectors.Tally.of(found);
        }

        /** What the rest of the index's analysis makes of one lower-cased word. */
        private WordVectors.Term outcome(CharTermAttribute lowerCased) throws IOException {
            oneTerm.copyBuffer(lowerCased.buffer(), 0, lowerCased.length());
            one.ready = true;
            rest.reset();
            WordVectors.Term t = rest.incrementToken() ? terms.computeIfAbsent(restTerm.toString(), WordVectors.Term::new) : DROPPED;
            rest.end();
            return t;
        }
    }

    /**
     * Which documents may be listed as similar to a class: not abolished, and not of its own series
     * (the page shows those as its next step). Issue 15: the test runs for each document the query
     * finds (at 30,000 classes a third of the queries' time went to comparing series names), so each
     * series is a number, given once.
     */
    record Candidates(boolean[] abolished, int[] series) {

        static Candidates of(List<Source> sources) {
            boolean[] abolished = new boolean[sources.size()];
            int[] series = new int[sources.size()]; // 0: in no series
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                abolished[i] = s.abolished();
                series[i] = s.series().isEmpty() ? 0 : numbers.computeIfAbsent(s.series(), name -> numbers.size() + 1);
            }
            return new Candidates(abolished, series);
        }

        /** Whether document {@code other} may be listed as similar to document {@code doc}: current and outside its series. */
        boolean listable(int other, int doc) {
            return !abolished[other] && (series[doc] == 0 || series[doc] != series[other]);
        }
    }

    /** Hits to ask for beyond five and the class itself: room for its series' other levels (more are asked for when needed). */
    private static int members(Source of) {
        return of.series().isEmpty() ? 0 : 4;
    }

    /** Appends the approved words of blocks (deletions dropped, insertions kept), each block followed by a new line. */
    private static void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                inlines(p.content(), sb);
            } else if (b instanceof Block.Subheading h) {
                inlines(h.content(), sb);
            } else if (b instanceof Block.ItemList l) {
                for (Block.ListItem item : l.items()) {
                    blocks(item.blocks(), sb);
                }
                continue;
            } else if (b instanceof Block.Table t) {
                for (List<List<Inline>> row : t.rows()) {
                    for (List<Inline> cell : row) {
                        inlines(cell, sb);
                        sb.append(' ');
                    }
                }
            }
            sb.append('\n');
        }
    }

    private static void inlines(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (inline instanceof Inline.Inserted i) {
                inlines(i.content(), sb);
            } else if (inline instanceof Inline.Emphasis e) {
                inlines(e.content(), sb);
            } else if (inline instanceof Inline.Strong s) {
                inlines(s.content(), sb);
            } else if (inline instanceof Inline.Link l) {
                inlines(l.content(), sb);
            } else if (inline instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
    }
}
