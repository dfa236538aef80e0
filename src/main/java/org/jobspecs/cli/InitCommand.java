package org.jobspecs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jobspecs.scaffold.PublishRecipe;
import org.jobspecs.scaffold.SiteScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Writes a new site for an agency into a new or empty folder: jbake.properties, the templates and assets, "
        + "data files with their header rows and one example row, one example spec, a .gitignore and a README saying what to do next. "
        + "It builds at once: cd DIR && jobspecs build.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "a new or empty folder")
    Path dir;

    @Option(names = "--agency", required = true, paramLabel = "NAME", description = "the agency, e.g. \"City of Example\"")
    String agency;

    @Option(names = "--location", paramLabel = "PLACE", description = "where the jobs are, e.g. \"Example, CA\" (for schema.org occupationLocation)")
    String location = "";

    @Option(names = "--publish", paramLabel = "RECIPE", description = "also write the file that builds and publishes the site on every push: "
            + "github (GitHub Actions to GitHub Pages, .github/workflows/publish.yml), gitlab (GitLab CI to GitLab Pages, .gitlab-ci.yml) "
            + "or folder (publish.sh: build, then jobspecs publish --to a folder)")
    String publish;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> written;
        try {
            PublishRecipe recipe = publish == null ? null : PublishRecipe.named(publish);
            written = new SiteScaffold(agency, location).write(dir, recipe);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path where = dir.toAbsolutePath().normalize();
        out.println("wrote " + written.size() + " files for " + agency.strip() + " to " + where);
        out.println("next: read its README.md; build it with: cd " + where + " && jobspecs build");
        return ExitCode.OK;
    }
}
