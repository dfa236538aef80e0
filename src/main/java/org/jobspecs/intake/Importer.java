package org.jobspecs.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SpecSource;

/**
 * Imports documents: reads each with the reader for its format, recognises the specs in it,
 * writes one native source per spec into the content folder and adds their rows to the class
 * register. Never overwrites a source or a register row unless forced; a dry run writes nothing.
 */
public final class Importer {

    private static final Pattern REDLINE_MARKS = Pattern.compile("~~|\\]\\(#\\)");
    private static final Pattern NATIVE_HEADER = Pattern.compile("\\A---\\s*\\R|(?m)^~~~~~~\\s*$");

    private final ImportOptions options;
    private final HeadingRules headings;
    private final SpecReader specReader;
    private final Register register;

    /**
     * @param aliases the site's section names (built-in and configured)
     * @param agency  the site's agency, as Word exports are checked against it
     */
    public Importer(ImportOptions options, SectionAliases aliases, String agency) {
        this(options, aliases, agency, Set.of());
    }

    /**
     * @param acronyms the site's own acronyms, kept upper case in titles ({@code import.acronyms})
     */
    public Importer(ImportOptions options, SectionAliases aliases, String agency, Set<String> acronyms) {
        this.options = options;
        this.headings = new HeadingRules(aliases, new TitleCase(acronyms));
        this.specReader = new SpecReader(agency, aliases);
        this.register = Register.load(options.register(), options.units());
    }

    /** Imports every document; returns what was done. Writes nothing on a dry run. */
    public List<DocumentResult> run(List<Path> documents) {
        List<DocumentResult> results = new ArrayList<>();
        for (Path file : documents) {
            results.add(importOne(file, new Trace(), !options.dryRun()));
        }
        if (!options.dryRun()) {
            register.save();
        }
        return results;
    }

    /** The files an argument names: the file itself, or the documents of a folder, sorted. */
    public static List<Path> documents(Path argument) throws IOException {
        if (!Files.isDirectory(argument)) {
            return List.of(argument);
        }
        try (var walk = Files.walk(argument)) {
            return walk.filter(Files::isRegularFile).filter(p -> Formats.known(p.getFileName().toString())).sorted().toList();
        }
    }

    /**
     * What the import takes each piece of a document for, and why, writing nothing: the lines of
     * {@code import --explain}, then the report's errors and notes for the document.
     */
    public Trace explain(Path file) {
        Trace trace = new Trace();
        DocumentResult result = importOne(file, trace, false);
        for (Problem p : result.problems()) {
            trace.noted(p.location().line() > 0 ? "line " + p.location().line() : "document", p.message(),
                    p.severity() == Severity.ERROR ? "ERROR" : "notice", p.fix().isEmpty() ? "see the report" : p.fix());
        }
        for (DocumentResult.SpecResult s : result.specs()) {
            s.spec().notes().forEach(n -> trace.noted("document", n, "note for " + s.spec().code() + " " + s.spec().title(), "check it"));
        }
        return trace;
    }

    /** @param writes whether to write the sources (not on a dry run, nor to explain) */
    private DocumentResult importOne(Path file, Trace trace, boolean writes) {
        Problems problems = new Problems();
        String name = file.toString().replace('\\', '/');
        Location at = Location.file(name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(at, "cannot read the file: " + e.getMessage(), "check the path and that you may read it");
            return new DocumentResult(name, "", List.of(), List.of(), List.of(), problems.sorted(), 0, List.of());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Optional<SpecSource> known = readsAsSource(lower, bytes, at, problems);
        if (known.isPresent()) {
            trace.took("line 1", name, lower.endsWith(".txt") ? "a Word redline text export" : "a native source",
                    "read as the build reads it: " + known.get().sections().size() + " sections");
            return fromSource(name, lower.endsWith(".txt") ? "word-text-export" : "native", bytes, known.get(), problems, writes);
        }
        Optional<DocumentReader> reader = Formats.reader(lower, headings::namesSection);
        if (reader.isEmpty()) {
            problems.error(at, "not a format import reads", "import .docx, .pdf, .txt, .md or .html files");
            return new DocumentResult(name, "", List.of(), List.of(), List.of(), problems.sorted(), 0, List.of());
        }
        ImportDocument read = reader.get().read(bytes, at, problems);
        String lineWord = read.format().equals("docx") ? "paragraph" : "line"; // a PDF's pieces say "page N, line M"
        ImportDocument document = TypedLists.apply(TableOfContents.remove(Debris.remove(read, lineWord), lineWord));
        document.removed().forEach(r -> trace.took(r.where(), r.text(), "furniture: " + r.why(), "taken out by the " + read.format() + " reader"));
        List<ImportedSpec> specs = problems.hasErrors() ? List.of() : new Recogniser(headings, trace).recognise(document, lineWord);
        specs = withGiven(specs, at, problems);
        List<DocumentResult.SpecResult> written = new ArrayList<>();
        WordAccount account = new WordAccount();
        document.removed().forEach(r -> account.add(r.text()));
        for (ImportedSpec spec : specs) {
            spec.fields().forEach(f -> account.add(f.text()));
            written.add(write(spec, at, problems, account, writes));
        }
        String text = WordAccount.text(read);
        List<String> missing = specs.isEmpty() ? List.of() : account.missing(text);
        return new DocumentResult(name, document.format(), written, document.removed(), document.revisions(),
                problems.sorted(), Words.count(text), missing);
    }

    /**
     * The code and title given with {@code --code} and {@code --title} for a document that states
     * none: they name the one spec of the document; a document that states another code, or holds
     * several specs, is an error. A title the document states is kept (the option fills a gap only).
     */
    private List<ImportedSpec> withGiven(List<ImportedSpec> specs, Location at, Problems problems) {
        String code = options.code();
        String title = options.title();
        if (code == null && title == null || specs.isEmpty()) {
            return specs;
        }
        if (specs.size() > 1) {
            problems.error(at, (code != null ? "--code " + code : "--title " + title) + " names one class, but the document holds "
                    + specs.size() + " specs", "import it without --code and --title; give each spec a 'Class Code:' line and a title");
            return specs;
        }
        ImportedSpec spec = specs.get(0);
        if (code != null && !spec.code().isEmpty() && !Recogniser.sameCode(spec.code(), code)) {
            problems.error(at, "the document gives class code " + spec.code() + ", but --code says " + code,
                    "drop --code, or correct the code in the document");
            return specs;
        }
        java.util.Map<String, String> header = new java.util.LinkedHashMap<>();
        String givenTitle = spec.title().isEmpty() && title != null ? title.strip() : spec.title();
        String givenCode = spec.code().isEmpty() && code != null ? code : spec.code();
        if (!givenTitle.isEmpty()) {
            header.put("title", givenTitle);
        }
        if (!givenCode.isEmpty()) {
            header.put("code", givenCode);
        }
        spec.header().forEach(header::putIfAbsent);
        return List.of(new ImportedSpec(header, spec.register(), spec.sections(), spec.fields(), spec.notes()));
    }

    /** A Word redline text export or a native source: read as the build reads it. */
    private Optional<SpecSource> readsAsSource(String lower, byte[] bytes, Location at, Problems problems) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean wordExport = lower.endsWith(".txt") && REDLINE_MARKS.matcher(text).find();
        boolean nativeSource = (lower.endsWith(".md") || lower.endsWith(".markdown")) && NATIVE_HEADER.matcher(text).find();
        if (!wordExport && !nativeSource) {
            return Optional.empty();
        }
        return specReader.read(bytes, at, problems);
    }

    private DocumentResult fromSource(String name, String format, byte[] bytes, SpecSource source, Problems problems, boolean writes) {
        WordAccount account = new WordAccount();
        String original = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = original.split("\r\n|\r|\n", -1);
        ImportedSpec spec = FromSource.spec(source, lines);
        spec.fields().forEach(f -> account.add(f.text()));
        List<Removed> removed = new ArrayList<>();
        for (Problem p : problems.sorted()) {
            if (p.severity() == Severity.NOTICE && p.location().line() > 0 && p.location().line() <= lines.length
                    && (p.message().startsWith("removed page furniture") || p.message().startsWith("agency line"))) {
                String line = lines[p.location().line() - 1].strip();
                removed.add(new Removed(line, p.message().replaceAll(":.*", ""), "line " + p.location().line()));
                account.add(line);
            }
        }
        DocumentResult.SpecResult written = write(spec, Location.file(name), problems, account, writes);
        List<String> missing = account.missing(original);
        return new DocumentResult(name, format, List.of(written), removed, List.of(), problems.sorted(),
                Words.count(original), missing);
    }

    private DocumentResult.SpecResult write(ImportedSpec spec, Location at, Problems problems, WordAccount account, boolean writes) {
        if (options.versionOf() != null) {
            return writeVersion(spec, at, problems, account, writes);
        }
        if (spec.code().isEmpty() || spec.title().isEmpty()) {
            if (spec.code().isEmpty()) {
                problems.error(at, "no class code found for the spec titled \"" + spec.title() + "\"",
                        "give it with --code 1234, or add a line such as 'Class Code: 1234' to the document, and import it again");
            }
            if (spec.title().isEmpty()) {
                problems.error(at, "no title found for class " + (spec.code().isEmpty() ? "(no code)" : spec.code()),
                        "give it with --title \"Class Title\", or put the class title on the document's first line, and import it again");
            }
            account.add(MarkdownTextOf.all(spec));
            return new DocumentResult.SpecResult(spec, "", "not written", "", "", unplacedWords(spec));
        }
        if (!org.jobspecs.spec.ClassCode.isSafe(spec.code())) {
            problems.error(at, "class code \"" + spec.code() + "\" cannot be part of a web address",
                    "give the code with letters, digits, '-' and '_' only, e.g. --code " + spec.code().strip().replaceAll("[^A-Za-z0-9_-]+", "-"));
            account.add(NativeWriter.write(spec));
            return new DocumentResult.SpecResult(spec, "", "not written", "", "", unplacedWords(spec));
        }
        String markdown = NativeWriter.write(spec);
        account.add(markdown);
        Path target = options.to().resolve(spec.code() + "-" + slug(spec.title()) + ".md");
        String action = write(target, markdown, writes);
        String registerAction = register.apply(spec, options.force());
        return new DocumentResult.SpecResult(spec, target.toString().replace('\\', '/'), action, registerAction, markdown, unplacedWords(spec));
    }

    /**
     * An earlier version (issue 14, {@code --version-of CODE --approved DATE}): written to
     * {@code history/<code>/<date>.md} of the content folder, dated by its name and its header; the
     * class register is left alone. A code or approval date the document states must agree with the
     * options. An existing version is not overwritten without {@code --force}.
     */
    private DocumentResult.SpecResult writeVersion(ImportedSpec found, Location at, Problems problems, WordAccount account, boolean writes) {
        String code = options.versionOf();
        String date = options.approved().toString();
        java.util.Map<String, String> header = new java.util.LinkedHashMap<>();
        boolean ok = true;
        if (!found.code().isEmpty() && !Recogniser.sameCode(found.code(), code)) {
            problems.error(at, "the document gives class code " + found.code() + ", but --version-of says " + code,
                    "give the class's code with --version-of, or correct the code in the document");
            ok = false;
        }
        String stated = found.header().get("approved");
        if (stated != null && !stated.equals(date)) {
            problems.error(at, "the document says it was approved on " + stated + ", but --approved says " + date,
                    "give the date the document was approved with --approved, or correct it in the document");
            ok = false;
        }
        if (!org.jobspecs.spec.ClassCode.isSafe(code)) {
            problems.error(at, "class code \"" + code + "\" cannot be part of a web address",
                    "give --version-of the class's code: letters, digits, '-' and '_' only");
            ok = false;
        }
        if (!found.title().isEmpty()) {
            header.put("title", found.title());
        }
        header.put("code", code);
        header.put("approved", date);
        found.header().forEach((k, v) -> {
            if (k.equals("approved.by")) {
                header.put(k, v);
            }
        });
        ImportedSpec spec = new ImportedSpec(header, java.util.Map.of(), found.sections(), found.fields(), found.notes());
        String markdown = NativeWriter.write(spec);
        account.add(markdown);
        found.header().values().forEach(account::add);
        if (!ok) {
            return new DocumentResult.SpecResult(spec, "", "not written", "", "", unplacedWords(spec));
        }
        Path target = options.to().resolve("history").resolve(code).resolve(date + ".md");
        String action = write(target, markdown, writes);
        return new DocumentResult.SpecResult(spec, target.toString().replace('\\', '/'), action,
                "not changed (an earlier version)", markdown, unplacedWords(spec));
    }

    private static int unplacedWords(ImportedSpec spec) {
        int n = 0;
        for (Section s : spec.sections()) {
            if (ImportedSpec.isUnplaced(s)) {
                n += Words.count(MarkdownTextOf.blocks(s.blocks()));
            }
        }
        return n;
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-[^-]*$", "") : s;
    }

    /** Plain text of blocks for counting. */
    static final class MarkdownTextOf {
        private MarkdownTextOf() {
        }

        static String all(ImportedSpec spec) {
            StringBuilder sb = new StringBuilder(String.join(" ", spec.header().values()));
            for (Section s : spec.sections()) {
                sb.append(' ').append(Words.all(s.heading())).append(' ').append(blocks(s.blocks()));
            }
            return sb.toString();
        }

        static String blocks(List<Block> blocks) {
            StringBuilder sb = new StringBuilder();
            for (Block b : blocks) {
                if (b instanceof Block.Paragraph p) {
                    sb.append(Words.all(p.content())).append(' ');
                } else if (b instanceof Block.Subheading h) {
                    sb.append(Words.all(h.content())).append(' ');
                } else if (b instanceof Block.ItemList l) {
                    l.items().forEach(i -> sb.append(blocks(i.blocks())));
                } else if (b instanceof Block.Table t) {
                    for (List<List<Inline>> row : t.rows()) {
                        row.forEach(c -> sb.append(Words.all(c)).append(' '));
                    }
                }
            }
            return sb.toString();
        }
    }

    /** Writes a spec's Markdown unless the file exists (and --force was not given) or this is a dry run; says what it did. */
    private String write(Path target, String markdown, boolean writes) {
        if (Files.exists(target) && !options.force()) {
            return "exists: not overwritten (use --force)";
        }
        if (!writes) {
            return Files.exists(target) ? "would overwrite" : "would write";
        }
        try {
            Files.createDirectories(target.getParent());
            String action = Files.exists(target) ? "overwritten" : "written";
            Files.writeString(target, markdown, StandardCharsets.UTF_8);
            return action;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
