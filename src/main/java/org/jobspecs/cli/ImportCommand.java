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
import org.jobspecs.intake.table.Columns;
import org.jobspecs.intake.table.TableImporter;
import org.jobspecs.intake.table.TableOptions;
import org.jobspecs.intake.table.TableResult;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Turns Word (.docx), PDF, text, Markdown and HTML documents into native spec sources "
        + "and class-register rows, class lists (.xlsx, .csv) into register rows, and salary schedules (.xlsx, .csv, "
        + "or an adopted schedule .pdf, with --schedule ID) into schedules.csv and pay.csv, and a job board's export of postings "
        + "(.csv, .xlsx, with --openings) into openings.csv; reports what was found in each.")
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

    @Option(names = "--title", paramLabel = "TITLE", description = "the class title of a document that gives none (one document, one spec); with --schedule, the schedule's title")
    String title;

    @Option(names = "--explain", description = "for each line or paragraph, print what import took it for and why; write nothing")
    boolean explain;

    @Option(names = "--map", paramLabel = "FIELD=HEADER[,…]",
            description = "for a table: which column holds a field, e.g. --map code=JobCode,title=\"Job Title\"")
    List<String> map = new ArrayList<>();

    @Option(names = "--schedule", paramLabel = "ID", description = "the table is a salary schedule with this id (schedules.csv + pay.csv)")
    String schedule;

    @Option(names = "--effective", paramLabel = "YYYY-MM-DD", description = "the date the salary schedule takes effect")
    String effective;

    @Option(names = "--adopted-by", paramLabel = "TEXT", description = "what adopted the salary schedule, e.g. \"City Council Resolution 2027-45\"")
    String adoptedBy;

    @Option(names = "--document", paramLabel = "URL", description = "the link to the adopted salary schedule document")
    String document;

    @Option(names = "--openings", description = "the table is a job board's export of postings (data/openings.csv)")
    boolean openings;

    @Option(names = "--link", paramLabel = "URL", description = "with --openings: a posting's address, {id} standing for its job id, "
            + "for an export without a link column, e.g. --link \"https://www.governmentjobs.com/careers/example/jobs/{id}\"")
    String link;

    @Option(names = "--version-of", paramLabel = "CODE", description = "the document is an earlier version of this class's spec: "
            + "it is written to content/history/CODE/DATE.md, and the class register is left alone (give --approved)")
    String versionOf;

    @Option(names = "--approved", paramLabel = "YYYY-MM-DD", description = "with --version-of: the date that version was approved")
    String approved;

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
        if (openings || link != null) {
            return openings(site, out, err);
        }
        if (inputs.stream().anyMatch(p -> TableImporter.isTable(p, schedule != null))) {
            return tables(site, out, err);
        }
        if (schedule != null || effective != null || adoptedBy != null || document != null || !map.isEmpty()) {
            err.println("import: --schedule, --effective, --adopted-by, --document and --map are for tables (.xlsx, .csv; "
                    + "an adopted salary schedule .pdf with --schedule ID)");
            return ExitCode.USAGE;
        }
        java.time.LocalDate approvedOn = null;
        if (versionOf != null || approved != null) {
            if (versionOf == null || approved == null) {
                err.println("import: --version-of CODE and --approved YYYY-MM-DD go together: the class and the date its earlier version was approved");
                return ExitCode.USAGE;
            }
            try {
                approvedOn = java.time.LocalDate.parse(approved.strip());
            } catch (java.time.format.DateTimeParseException e) {
                err.println("import: --approved " + approved + " is not a date; write it as YYYY-MM-DD, e.g. --approved 2017-10-11");
                return ExitCode.USAGE;
            }
            if (code != null) {
                err.println("import: --version-of names the class; leave --code out");
                return ExitCode.USAGE;
            }
        }
        ImportOptions options = new ImportOptions(to != null ? to : site.contentFolder(), site.dataFolder().resolve("classes.csv"),
                site.dataFolder().resolve("units.csv"), force, dryRun, code, title, versionOf, approvedOn);
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            documents.addAll(Importer.documents(input));
        }
        if (versionOf != null && documents.size() != 1) {
            err.println("import: --version-of imports one document, an earlier version of one class; " + documents.size() + " were given");
            return ExitCode.USAGE;
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

    /** A job board's export of postings (issue 13). */
    private Integer openings(SiteConfig site, PrintWriter out, PrintWriter err) {
        if (!openings) {
            err.println("import: --link is for a job board's export of postings; give --openings too");
            return ExitCode.USAGE;
        }
        if (!inputs.stream().allMatch(TableImporter::isTable)) {
            err.println("import: --openings reads a job board's export as .csv or .xlsx");
            return ExitCode.USAGE;
        }
        if (schedule != null || effective != null || adoptedBy != null || document != null || title != null || code != null
                || explain || json || force) {
            err.println("import: --openings takes --map, --link and --dry-run only (a posting already imported is updated without --force)");
            return ExitCode.USAGE;
        }
        if (link != null && (!link.contains("{id}") || !link.matches("(?i)https?://\\S+"))) {
            err.println("import: --link must be an http(s) address with {id} where a posting's job id goes, e.g. https://jobs.example.gov/postings/{id}");
            return ExitCode.USAGE;
        }
        TableOptions options = TableOptions.openings(site.dataFolder(), dryRun, Columns.parseMap(map), link);
        List<TableResult> results = new ArrayList<>();
        for (Path input : inputs) {
            results.add(TableImporter.run(input, options));
        }
        out.print(TableResult.text(results, dryRun));
        return results.stream().anyMatch(TableResult::hasErrors) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }

    /** Class lists and salary schedules from .xlsx and .csv files. */
    private Integer tables(SiteConfig site, PrintWriter out, PrintWriter err) {
        if (!inputs.stream().allMatch(p -> TableImporter.isTable(p, schedule != null))) {
            err.println("import: tables (.xlsx, .csv) and documents are imported separately; give one kind at a time");
            return ExitCode.USAGE;
        }
        if (schedule == null && (effective != null || adoptedBy != null || document != null || title != null)) {
            err.println("import: --effective, --adopted-by, --document and --title describe a salary schedule; give its id with --schedule ID");
            return ExitCode.USAGE;
        }
        if (code != null || explain || json || versionOf != null || approved != null) {
            err.println("import: --code, --explain, --json, --version-of and --approved are for documents, not tables");
            return ExitCode.USAGE;
        }
        TableOptions options = new TableOptions(site.dataFolder(), force, dryRun, Columns.parseMap(map), schedule, effective, title, adoptedBy, document);
        List<TableResult> results = new ArrayList<>();
        for (Path input : inputs) {
            results.add(TableImporter.run(input, options));
        }
        out.print(TableResult.text(results, dryRun));
        return results.stream().anyMatch(TableResult::hasErrors) ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
