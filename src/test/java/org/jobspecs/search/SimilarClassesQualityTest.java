package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.CatalogBuilder;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.ClassCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "measure it": the hand-labelled pairs of src/test/resources/similar/labelled-pairs.tsv
 * (written before the feature was measured) against the similar classes the build computes, on the
 * demo site and on the 2,000-class demo catalog (seed 42). A "similar" pair is a hit when the other
 * class is among the class's five; a "not-similar" pair when it is not. The table goes to
 * target/similar-classes.md; the test asserts the hit rates measured when the feature was made.
 */
class SimilarClassesQualityTest {

    /** The floors: the hit rates measured with {@link SimilarClasses#DEFAULT} (issue 13's closing note). */
    static final double SIMILAR_FLOOR = 0.8; // 30 of 37 when measured (0.8108); 31 of 37 (0.838) with words in at most a fifth of the classes
    static final double NOT_SIMILAR_FLOOR = 1.0; // 30 of 30

    record Pair(String set, String code, String other, boolean similar, String why) { }

    record Outcome(Pair pair, boolean hit, List<String> got) { }

    @TempDir
    static Path tmp;

    static Map<String, List<SimilarClasses.Source>> sets = new LinkedHashMap<>();
    static Map<String, Catalog> catalogs = new LinkedHashMap<>();

    @BeforeAll
    static void readSets() throws IOException {
        catalogs.put("demo", catalog(Path.of(".")));
        Path generated = tmp.resolve("catalog-2000");
        new DemoCatalogWriter(2000, 42).write(generated, Path.of("."));
        catalogs.put("catalog-2000", catalog(generated));
        catalogs.forEach((name, c) -> sets.put(name, SimilarClasses.sources(c)));
    }

    static Catalog catalog(Path folder) {
        Problems problems = new Problems();
        SiteConfig site = ConfigLoader.load(folder, problems).orElseThrow();
        SourceFolderReader reader = new SourceFolderReader(site.source(), site.contentFolder(), site.dataFolder(), site.agency(),
                site.sectionAliases());
        return new CatalogBuilder(LocalDate.of(2026, 1, 1), problems).build(reader.withData(reader.readSpecs(reader.specFiles(problems), problems), problems));
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/similar/labelled-pairs.tsv"), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("set\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            pairs.add(new Pair(f[0], f[1], f[2], f[3].equals("similar"), f[4]));
        }
        return pairs;
    }

    static List<Outcome> outcomes(SimilarClasses.Settings settings) throws IOException {
        Map<String, Map<String, List<String>>> results = new LinkedHashMap<>();
        sets.forEach((name, sources) -> results.put(name, SimilarClasses.of(sources, settings)));
        List<Outcome> outcomes = new ArrayList<>();
        for (Pair p : pairs()) {
            Catalog c = catalogs.get(p.set());
            assertTrue(c.classes().containsKey(new ClassCode(p.code())) && c.classes().containsKey(new ClassCode(p.other())),
                    "labelled pair names a class the set does not have: " + p);
            List<String> got = results.get(p.set()).getOrDefault(p.code(), List.of());
            outcomes.add(new Outcome(p, got.contains(p.other()) == p.similar(), got));
        }
        return outcomes;
    }

    static double rate(List<Outcome> outcomes, boolean similar) {
        List<Outcome> some = outcomes.stream().filter(o -> o.pair().similar() == similar).toList();
        return some.stream().filter(Outcome::hit).count() / (double) some.size();
    }

    /**
     * Issue 15: the lists made from {@link LikeScores}' pruned sums are those of Lucene's searcher, on
     * the demo site and the 2,000-class catalog (every query through the searcher, then every one summed).
     */
    @Test
    void issue15SummedScoresGiveTheSearchersLists() {
        sets.forEach((name, sources) -> {
            List<WordVectors.Counts[]> words = SimilarClasses.analyse(sources);
            Map<String, List<String>> searcher = SimilarClasses.of(sources, SimilarClasses.DEFAULT, words, true);
            Map<String, List<String>> summed = SimilarClasses.of(sources, SimilarClasses.DEFAULT, words, false);
            assertTrue(searcher.size() > sources.size() / 2, name + ": most classes have a list");
            assertEquals(searcher, summed, name);
        });
    }

    /** Issue 15: {@link LikeTerms} makes MoreLikeThis' query for every class of the demo site and of the 2,000-class catalog. */
    /** Issue 15: the build's lists, each class's text let go of once analysed, are those of the texts kept. */
    @Test
    void issue15TheCatalogsListsAreThoseOfItsSources() {
        catalogs.forEach((name, catalog) -> {
            Map<String, List<String>> lists = SimilarClasses.of(catalog);
            assertTrue(lists.size() > catalog.classes().size() / 2, name + ": most classes have a list");
            assertEquals(SimilarClasses.of(sets.get(name)), lists, name);
        });
    }

    @Test
    void issue15QueriesAreMoreLikeThisOnes() throws IOException {
        for (List<SimilarClasses.Source> sources : sets.values()) {
            LikeTermsTest.assertSameQueries(sources, SimilarClasses.DEFAULT);
        }
    }

    @Test
    void issue13SimilarClassesMeetTheMeasuredHitRates() throws IOException {
        List<Outcome> outcomes = outcomes(SimilarClasses.DEFAULT);
        long similar = outcomes.stream().filter(o -> o.pair().similar()).count();
        assertTrue(similar >= 20 && outcomes.size() - similar >= 20, "at least 20 labelled pairs of each kind");
        StringBuilder md = new StringBuilder("# Similar classes: labelled pairs (issue 13)\n\n");
        md.append(String.format(Locale.ROOT, "Settings: %s. Hit rate: similar pairs found in the top %d: %d of %d (%.0f %%); "
                        + "not-similar pairs absent: %d of %d (%.0f %%).%n%n", SimilarClasses.DEFAULT, SimilarClasses.MAX,
                outcomes.stream().filter(o -> o.pair().similar() && o.hit()).count(), similar, 100 * rate(outcomes, true),
                outcomes.stream().filter(o -> !o.pair().similar() && o.hit()).count(), outcomes.size() - similar, 100 * rate(outcomes, false)));
        md.append("| set | class | other | expected | hit | the class's similar classes | why |\n|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            Pair p = o.pair();
            md.append("| ").append(p.set()).append(" | ").append(p.code()).append(" | ").append(p.other()).append(" | ")
                    .append(p.similar() ? "similar" : "not similar").append(" | ").append(o.hit() ? "yes" : "**no**").append(" | ")
                    .append(String.join(", ", o.got())).append(" | ").append(p.why()).append(" |\n");
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/similar-classes.md"), md);
        System.out.println(md);
        assertTrue(rate(outcomes, true) >= SIMILAR_FLOOR, () -> "issue 13: fewer similar pairs found than measured; see target/similar-classes.md");
        assertTrue(rate(outcomes, false) >= NOT_SIMILAR_FLOOR, () -> "issue 13: not-similar pairs listed; see target/similar-classes.md");
    }
}
