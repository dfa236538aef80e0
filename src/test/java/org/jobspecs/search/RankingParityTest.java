package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.testing.FixtureSite;
import org.jobspecs.testing.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser client (assets/js/search-core.js under Node.js, reading the static export under
 * {@code search/}) ranks bag-of-words queries exactly as Lucene's IndexSearcher ({@link Searcher})
 * does: the same top ten documents in the same order, with the same float scores. Checked on the
 * demo site and on a synthetic catalog of 2,000 classes, over queries chosen deterministically from
 * each site's own words: single words from the rarest to the commonest, words of titles and of
 * duties, two- and three-word combinations, whole titles, a repeated word, stop words, a
 * possessive, upper case and punctuation. No query is code-like (no digits), so Lucene's code hit
 * never takes part.
 */
class RankingParityTest {

    static final LocalDate DATE = LocalDate.of(2026, 11, 28);
    static final int TOP = 10;
    static final int MIN_QUERIES = 30;
    /** Writes every character that is not ASCII as an escape, so lone surrogates reach Node.js as they are. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @TempDir
    Path tmp;

    @Test
    void theDemoSiteRanksAsLucene() throws Exception {
        compare("demo", FixtureSite.PROJECT);
    }

    @Test
    void aCatalogOf2000ClassesRanksAsLucene() throws Exception {
        Path source = tmp.resolve("catalog");
        new DemoCatalogWriter(2000, 42).write(source, FixtureSite.PROJECT);
        compare("catalog of 2,000 classes", source);
    }

    private void compare(String site, Path source) throws Exception {
        long start = System.nanoTime();
        Path out = tmp.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(source, out, DATE));
        assertTrue(report.published(), () -> site + " did not build: " + report.problems());
        long built = System.nanoTime();

        Problems problems = new Problems();
        try (SearchIndex index = SiteBuild.searchIndex(new BuildOptions(source, null, DATE), problems)) {
            assertTrue(!problems.hasErrors(), () -> site + ": " + problems.sorted());
            List<SearchDocument> docs = index.documents();
            List<String> codes = docs.stream().map(SearchDocument::code).toList();
            assertEquals(codes.stream().sorted(Comparator.comparing(ClassCode::new)).toList(), codes,
                    site + ": Lucene's documents are numbered in class-code order");

            List<String> queries = new ArrayList<>(queries(docs));
            queries.addAll(issue11Queries(index, docs));
            System.out.println("RankingParityTest: " + site + " queries: " + JSON.writeValueAsString(queries));
            assertTrue(queries.size() >= MIN_QUERIES, site + ": only " + queries.size() + " queries: " + queries);

            Searcher searcher = new Searcher(index);
            List<List<Hit>> lucene = new ArrayList<>();
            List<Searcher.Result> answers = new ArrayList<>();
            for (String q : queries) {
                List<Hit> hits = new ArrayList<>();
                Searcher.Result answer = searcher.run(q, TOP);
                answers.add(answer);
                for (SearchHit h : answer.hits()) {
                    assertTrue(Float.isFinite(h.score()), () -> site + ": \"" + q + "\" is taken for a class code");
                    hits.add(new Hit(h.doc(), h.document().code(), h.score()));
                }
                lucene.add(hits);
            }
            long luceneDone = System.nanoTime();

            JsonNode node = NodeScript.run(tmp.resolve("node"), PARITY_SCRIPT,
                    Map.of("dir", out.resolve("search").toString(), "queries", queries, "top", TOP));
            long nodeDone = System.nanoTime();

            List<String> jsCodes = new ArrayList<>();
            node.get("codes").forEach(c -> jsCodes.add(c.asText()));
            assertEquals(codes, jsCodes, site + ": the export's documents are Lucene's, in the same order");

            JsonNode results = node.get("results");
            assertEquals(queries.size(), results.size());
            List<String> differences = new ArrayList<>();
            int nonEmpty = 0;
            int scores = 0;
            for (int i = 0; i < queries.size(); i++) {
                JsonNode r = results.get(i);
                String q = queries.get(i);
                assertTrue(r.get("error").isNull(), () -> site + ": the client threw on \"" + q + "\": " + r.get("error"));
                assertEquals(-1, r.get("code").asInt(), site + ": \"" + q + "\" is taken for a class code by the client");
                Searcher.Result answer = answers.get(i);
                String how = String.format(Locale.ROOT, "total %d, any word %b, corrected %s, suggested %s", answer.total(),
                        answer.anyWord(), answer.corrected(), answer.suggestion());
                String jsHow = String.format(Locale.ROOT, "total %d, any word %b, corrected %s, suggested %s", r.get("total").asInt(),
                        r.get("anyWord").asBoolean(), text(r.get("didYouMean")), text(r.get("suggestion")));
                if (!how.equals(jsHow)) {
                    differences.add(String.format(Locale.ROOT, "\"%s\"%n    Lucene: %s%n    JS:     %s", q, how, jsHow));
                }
                List<Hit> js = new ArrayList<>();
                r.get("ranked").forEach(h -> js.add(new Hit(h.get(0).asInt(), h.get(2).asText(), (float) h.get(1).asDouble())));
                List<Hit> expected = lucene.get(i);
                if (!expected.equals(js)) {
                    differences.add(String.format(Locale.ROOT, "\"%s\" (terms %s)%n    Lucene: %s%n    JS:     %s",
                            q, r.get("terms"), expected, js));
                }
                nonEmpty += expected.isEmpty() ? 0 : 1;
                scores += expected.size();
            }
            if (!differences.isEmpty()) {
                fail(String.format("%s: the client's top %d differs from Lucene's on %d of %d queries; the first:%n  %s",
                        site, TOP, differences.size(), queries.size(), differences.get(0)));
            }
            assertTrue(nonEmpty >= queries.size() - 14, site + ": most queries find classes (they are made of the site's words)");
            assertTrue(answers.stream().anyMatch(Searcher.Result::anyWord), site + ": some query falls back to any word");
            assertTrue(answers.stream().anyMatch(a -> a.corrected() != null), site + ": some query is corrected");
            assertTrue(answers.get(answers.size() - 1).hits().isEmpty(), site + ": made-up words find nothing");
            System.out.printf(Locale.ROOT, "RankingParityTest: %s (%d classes): %d queries, top %d identical to Lucene (%d scores);"
                            + " build %d ms, Lucene %d ms, Node.js %d ms%n", site, docs.size(), queries.size(), TOP, scores,
                    ms(start, built), ms(built, luceneDone), ms(luceneDone, nodeDone));
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /**
     * Issue 11: queries for what is more than ranking: every synonym group's members (and a member
     * beside a title word), a title word with a letter left out (a likely typo, corrected), with a
     * letter changed for one far from it on the keyboard (only suggested), with a made-up word (no
     * class has both: any word), and two made-up words (nothing).
     */
    static List<String> issue11Queries(SearchIndex index, List<SearchDocument> docs) {
        List<String> out = new ArrayList<>();
        for (List<List<String>> group : index.synonyms().groups()) {
            for (List<String> member : group) {
                out.add(String.join(" ", member));
            }
        }
        SearchAnalyzer plain = new SearchAnalyzer(false);
        List<String> long_ = docs.stream().flatMap(d -> plain.terms(d.title()).stream())
                .filter(w -> w.length() >= 7 && w.chars().allMatch(Character::isLetter)).distinct().sorted().toList();
        assertTrue(long_.size() >= 4, "too few long title words: " + long_);
        for (int i = 0; i < 4; i++) {
            String w = long_.get(i * (long_.size() - 1) / 3);
            out.add(w.substring(0, 3) + w.substring(4)); // a letter left out
            out.add(w.substring(0, w.length() - 1) + (w.charAt(w.length() - 1) == 'q' ? 'z' : 'q')); // far on the keyboard
            out.add(w + " zzqxvw"); // no class has both
        }
        if (!index.synonyms().groups().isEmpty()) {
            out.add(String.join(" ", index.synonyms().groups().get(0).get(0)) + " " + long_.get(0));
        }
        List<String> real = new ArrayList<>(index.realWords());
        assertTrue(real.size() >= 3, "the site's search.dictionary gives real words near its own: " + real);
        for (int i = 0; i < 3; i++) {
            out.add(real.get(i * (real.size() - 1) / 2)); // a real word: its correction only offered
        }
        out.add("zzqxvw qqzzvx");
        return out;
    }

    private static long ms(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    /** A ranked document: its number, code (for reading failures) and score; equal when all three are (the score as a float). */
    record Hit(int doc, String code, float score) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Hit h && doc == h.doc && code.equals(h.code) && Float.floatToIntBits(score) == Float.floatToIntBits(h.score);
        }

        @Override
        public int hashCode() {
            return doc;
        }

        @Override
        public String toString() {
            return doc + ":" + code + "=" + score;
        }
    }

    // ---------------------------------------------------------------------------------------

    /**
     * Queries made of the site's own words (letters only, so never a class code), chosen by rule so
     * that the same site always gives the same list.
     */
    static List<String> queries(List<SearchDocument> docs) {
        SearchAnalyzer plain = new SearchAnalyzer(false);
        Map<String, Integer> df = new HashMap<>();
        Set<String> titleWords = new TreeSet<>();
        Set<String> dutyWords = new TreeSet<>();
        for (SearchDocument d : docs) {
            for (String w : new TreeSet<>(plain.terms(d.title() + "\n" + d.body()))) {
                if (isWord(w)) {
                    df.merge(w, 1, Integer::sum);
                }
            }
            plain.terms(d.title()).stream().filter(RankingParityTest::isWord).forEach(titleWords::add);
            plain.terms(duties(d)).stream().filter(RankingParityTest::isWord).forEach(dutyWords::add);
        }
        Comparator<String> rareFirst = Comparator.<String>comparingInt(df::get).thenComparing(Comparator.naturalOrder());
        List<String> byFrequency = df.keySet().stream().sorted(rareFirst).toList();
        List<String> titles = titleWords.stream().sorted(rareFirst).toList();
        List<String> duties = dutyWords.stream().filter(w -> !titleWords.contains(w)).sorted(rareFirst).toList();

        List<String> single = spread(byFrequency, 8); // from a word of one class to the commonest word
        List<String> title = spread(titles, 5);
        List<String> duty = spread(duties, 5);
        Set<String> queries = new LinkedHashSet<>();
        queries.addAll(single);
        queries.addAll(title);
        queries.addAll(duty);
        for (int i = 0; i < 4; i++) {
            queries.add(title.get(i) + " " + duty.get(4 - i));
            queries.add(single.get(i) + " " + single.get(7 - i));
        }
        for (int i = 0; i < 4; i++) {
            queries.add(title.get(i) + " " + duty.get(i) + " " + single.get(2 * i + 1));
        }
        // Whole titles (without words that hold digits), of classes spread over the site.
        for (int i = 0; i < 3; i++) {
            String t = docs.get(i * (docs.size() - 1) / 2).title();
            queries.add(java.util.Arrays.stream(t.split("\\s+")).filter(w -> w.chars().noneMatch(Character::isDigit))
                    .collect(Collectors.joining(" ")));
        }
        queries.add(title.get(2) + " " + title.get(2) + " " + duty.get(1)); // a repeated word
        queries.add(duty.get(3) + " " + duty.get(3) + " " + duty.get(3));
        queries.add("the " + title.get(3) + " of " + duty.get(2) + " and"); // stop words
        queries.add(title.get(1) + "'s " + duty.get(0)); // a possessive
        queries.add(title.get(4) + "’s");
        queries.add(title.get(0).toUpperCase(Locale.ROOT) + " " + capitalised(single.get(5))); // case
        queries.add("  " + duty.get(4) + ", " + single.get(6) + "; (" + title.get(3) + ")!  "); // punctuation and blanks
        queries.add(title.get(1) + "-" + duty.get(1)); // a hyphen splits words
        return new ArrayList<>(queries);
    }

    /** n words spread evenly over the list, first and last included. */
    private static List<String> spread(List<String> words, int n) {
        assertTrue(words.size() >= n, "too few words to choose from: " + words);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(words.get(i * (words.size() - 1) / (n - 1)));
        }
        return out;
    }

    private static boolean isWord(String w) {
        return w.length() >= 3 && w.codePoints().allMatch(Character::isLetter);
    }

    private static String capitalised(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** The text of the class's duties section (the body holds each section's name on a line, then its text). */
    private static String duties(SearchDocument d) {
        String[] lines = d.body().split("\n");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].strip().toLowerCase(Locale.ROOT).contains("duties") && lines[i].length() < 40) {
                text.append(lines[i + 1]).append('\n');
            }
        }
        return text.isEmpty() ? d.body() : text.toString();
    }

    // ---------------------------------------------------------------------------------------

    /** Runs every query through the client; writes the top documents with their scores and codes, and every document's code. */
    private static final String PARITY_SCRIPT = """
            import { readFileSync, writeFileSync } from 'node:fs';
            import { join } from 'node:path';
            import { Search } from './search-core.js';
            const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
            const search = await Search.open(async (path) => JSON.parse(readFileSync(join(input.dir, path), 'utf8')));
            const all = await search.documents([...Array(search.m.docs).keys()]);
            const results = [];
            for (const q of input.queries) {
              try {
                const answer = await search.query(q, { prefix: false });
                const top = answer.ranked.slice(0, input.top);
                const rows = await search.documents(top.map((r) => r.doc));
                results.push({ ranked: top.map((r, i) => [r.doc, r.score, rows[i][0]]), terms: answer.terms,
                  code: answer.code, didYouMean: answer.didYouMean, suggestion: answer.suggestion, anyWord: answer.anyWord,
                  total: answer.ranked.length, error: null });
              } catch (e) {
                results.push({ ranked: [], terms: [], code: -1, didYouMean: null, suggestion: null, anyWord: false, total: 0,
                  error: String(e && e.stack || e) });
              }
            }
            writeFileSync(process.argv[3], JSON.stringify({ codes: all.map((row) => row[0]), results }));
            """;
}
