package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobspecs.bench.JudgedQueries;
import org.jobspecs.bench.JudgedQueries.Judgement;
import org.jobspecs.bench.JudgedQueries.Outcome;
import org.jobspecs.bench.JudgedQueries.SiteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "Done when": the judged query set (src/test/resources/search-judgements/) meets its
 * targets on the demo site and on the 2,000-class catalog through the browser client: mean
 * precision@5 at least 0.8 per site, and every expected class reachable for every query. On the
 * search code as it stood when issue 11 was opened this test FAILS (only ten results reachable,
 * any-word matching, no synonyms); it is merged together with the search work. The definitions are
 * in {@link JudgedQueries}; the table is written to target/judged-queries.md.
 */
class JudgedQueriesTest {

    static final double TARGET = 0.8;

    @TempDir
    Path tmp;

    @Test
    void issue11JudgedQueriesMeetTheirTargets() throws Exception {
        List<SiteResult> sites = JudgedQueries.run(tmp);
        String md = JudgedQueries.markdown(sites);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/judged-queries.md"), md);
        System.out.println(md);

        StringBuilder failures = new StringBuilder();
        for (SiteResult s : sites) {
            assertTrue(s.outcomes().size() >= 30, s.site() + ": too few judged queries: " + s.outcomes().size());
            boolean precise = s.meanPrecision() >= TARGET;
            boolean found = s.foundAll() == s.outcomes().size();
            if (!precise || !found) {
                failures.append(String.format(java.util.Locale.ROOT,
                        "%n%s: mean precision@5 %.2f (target %.2f); every expected class found on %d of %d queries;"
                                + " failing queries (expected vs got top 5):%n%s",
                        s.site(), s.meanPrecision(), TARGET, s.foundAll(), s.outcomes().size(),
                        s.failing().stream().map(o -> "  " + o.describe()).collect(Collectors.joining("\n"))));
            }
        }
        assertTrue(failures.isEmpty(), () -> "issue 11: the judged queries miss their targets:" + failures);
    }

    // The measure itself, on made-up lists (no build): these pass on any search code.

    private static Outcome outcome(Set<String> relevant, List<String> reachable) {
        return new Outcome(new Judgement("q", relevant, "", ""), reachable, reachable.size(), null, reachable);
    }

    @Test
    void precisionAt5CountsRelevantAmongTheTopFiveOverAtMostFive() {
        assertEquals(1.0, outcome(Set.of("1", "2"), List.of("2", "9", "1")).precisionAt5());
        assertEquals(0.5, outcome(Set.of("1", "2"), List.of("2", "9", "8", "7", "6", "1")).precisionAt5());
        assertEquals(0.6, outcome(Set.of("1", "2", "3", "4", "5", "6", "7"), List.of("1", "9", "2", "8", "3")).precisionAt5(), 1e-9);
        assertTrue(outcome(Set.of("1", "2"), List.of("2", "9", "8", "7", "6", "1")).foundAll());
        assertFalse(outcome(Set.of("1", "2"), List.of("2", "9")).foundAll());
    }

    @Test
    void aQueryThatShouldMatchNothingPassesOnlyWhenNothingIsReturned() {
        assertEquals(1.0, outcome(Set.of(), List.of()).precisionAt5());
        assertTrue(outcome(Set.of(), List.of()).foundAll());
        assertEquals(0.0, outcome(Set.of(), List.of("1")).precisionAt5());
        assertFalse(outcome(Set.of(), List.of("1")).passes());
    }

    @Test
    void rulesExpandAgainstTheClassList() {
        List<Map<String, String>> classes = List.of(
                Map.of("code", "1", "title", "Civil Engineer", "department", "Works", "unit", "a", "level", "1"),
                Map.of("code", "2", "title", "Engineering Technician", "department", "Works", "unit", "b", "level", "2"),
                Map.of("code", "3", "title", "Senior Civil Engineer", "department", "Parks", "unit", "a", "level", ""));
        assertEquals(Set.of("1", "3"), JudgedQueries.expand("title~engineer", classes), "whole words, any case");
        assertEquals(Set.of("1", "2"), JudgedQueries.expand("dept=Works", classes));
        assertEquals(Set.of("1", "3"), JudgedQueries.expand("unit=a", classes));
        assertEquals(Set.of("2"), JudgedQueries.expand("level=2", classes));
        assertEquals(Set.of("7"), JudgedQueries.expand("7", classes));
    }
}
