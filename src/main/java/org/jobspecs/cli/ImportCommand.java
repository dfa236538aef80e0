package org.jobspecs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jobspecs.config.ConfigLoader;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.intake.DocumentResult;
import org.jobspecs.intake.ImportOptions;
import org.jobspecs.intake.ImportReport;
import org.jobspecs.intake.Importer;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Turns Word (.docx), PDF, text, Markdown and HTML documents into native spec sources "
        + "and class-register rows, and reports what was found in each.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "documents, or folders of documents")
    List<Path> inputs;

    @Option(names = "--to", paramLabel = "DIR", description = "where to write the sources (default: the site's content folder)")
    Path to;

    @Option(names = "--force", description = "overwrite existing sources and register rows")
    boolean force;

    @Option(names = "--dry-run", description = "write nothing; show what would be written")
    boolean dryRun;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--code", paramLabel = "CODE", description = "the class code of a document that gives none (one document, one spec)")
    String code;

    @Option(names = "--title", paramLabel = "TITLE", description = "the class title of a document that gives none (one document, one spec)")
    String title;

    @Option(names = "--explain", description = "for each line or paragraph, print what import took it for and why; write nothing")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems();
        Optional<SiteConfig> config = ConfigLoader.load(source.source, problems, java.util.EnumSet.of(ConfigLoader.Folder.DATA));
        if (config.isEmpty()) {
            problems.sorted().forEach(p -> err.println(p.format()));
            return ExitCode.CONTENT_ERRORS;
        }
        SiteConfig site = config.get();
        ImportOptions options = new ImportOptions(to != null ? to : site.contentFolder(), site.dataFolder().resolve("classes.csv"),
                site.dataFolder().resolve("units.csv"), force, dryRun, code, title);
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            documents.addAll(Importer.documents(input));
        }
        if ((code != null || title != null) && documents.size() != 1) {
            err.println("import: --code and --title name the class of one document; " + documents.size() + " were given — import them one by one");
            return ExitCode.USAGE;
        }
        Importer importer = new Importer(options, site.sectionAliases(), site.agency(), site.acronyms());
        if (explain) {
            for (Path document : documents) {
                out.println(document.toString().replace('\\', '/'));
                importer.explain(document).lines().forEach(line -> out.println("  " + line));
                out.println();
            }
            return ExitCode.OK;
        }
        List<DocumentResult> results = importer.run(documents);
        out.print(json ? ImportReport.json(results) : ImportReport.text(results, dryRun));
        boolean errors = results.stream().flatMap(d -> d.problems().stream()).anyMatch(p -> p.severity() == Severity.ERROR);
        return errors ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
