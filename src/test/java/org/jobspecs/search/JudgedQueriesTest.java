package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jobspecs.bench.JudgedQueries;
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
}
