package org.jobspecs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.search.SearchHit;
import org.jobspecs.search.SearchIndex;
import org.jobspecs.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Runs a query against the site's Lucene index and prints the ranked classes.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Parameters(paramLabel = "QUERY", description = "words, or a class code")
    String query;

    @Option(names = "--limit", paramLabel = "N", description = "how many results (default: 10)")
    int limit = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Problems problems = new Problems();
        try (SearchIndex index = SiteBuild.searchIndex(new BuildOptions(source.source, null, source.asOf()), problems)) {
            List<Problem> errors = problems.sorted().stream().filter(p -> p.severity() == Severity.ERROR).toList();
            errors.forEach(p -> spec.commandLine().getErr().println(p.format()));
            Searcher.Result result = new Searcher(index).run(query, limit);
            List<SearchHit> hits = result.hits();
            if (result.corrected() != null) {
                out.printf(Locale.ROOT, "no class uses \"%s\": showing results for \"%s\"%n", query.strip(), result.corrected());
            }
            if (result.anyWord()) {
                out.printf(Locale.ROOT, "no class has every word of \"%s\": showing classes with any of them%n", query.strip());
            }
            int rank = 1;
            for (SearchHit hit : hits) {
                String score = Float.isInfinite(hit.score()) ? "code" : String.format(Locale.ROOT, "%.4f", hit.score());
                out.printf(Locale.ROOT, "%2d. %-8s %s (%s)%s%n", rank++, hit.document().code(), hit.document().title(), score,
                        hit.document().abolished() ? " [abolished]" : "");
            }
            if (hits.isEmpty()) {
                out.println("no classes match");
            } else if (result.total() > hits.size()) {
                out.printf(Locale.ROOT, "%d of %d classes (--limit N for more)%n", hits.size(), result.total());
            }
            if (result.suggestion() != null) {
                out.printf(Locale.ROOT, "did you mean \"%s\"?%n", result.suggestion());
            }
            return errors.isEmpty() ? ExitCode.OK : ExitCode.CONTENT_ERRORS;
        }
    }
}
