package org.jobspecs.source;

import java.util.Optional;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SpecSource;

/** Reads one spec source file of either kind into a {@link SpecSource}. */
public final class SpecReader {

    private final String agency;
    private final SectionAliases aliases;
    private final HeadingNames headings;

    /**
     * @param agency  the site's agency name, checked against Word exports' agency lines
     * @param aliases which canonical section a heading names
     */
    public SpecReader(String agency, SectionAliases aliases) {
        this.agency = agency;
        this.aliases = aliases;
        this.headings = new HeadingNames(aliases);
    }

    /** Whether a file name is a spec source this reader understands. */
    public static boolean isSpecSource(String fileName) {
        return isMarkdown(fileName) || fileName.endsWith(".txt");
    }

    private static boolean isMarkdown(String fileName) {
        return fileName.endsWith(".md") || fileName.endsWith(".markdown");
    }

    /**
     * @param bytes the file's content
     * @param file  its path relative to the source folder
     */
    public Optional<SpecSource> read(byte[] bytes, Location file, Problems problems) {
        return read(bytes, file, problems, null);
    }

    /**
     * @param approved the approval date the file's place gives it (an earlier version's file name,
     *                 issue 14): a native header without {@code approved=} is read as if it had it
     */
    Optional<SpecSource> read(byte[] bytes, Location file, Problems problems, java.time.LocalDate approved) {
        Optional<String> text = TextDecoder.decode(bytes, file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!isMarkdown(file.path())) {
            return WordExportReader.read(text.get(), agency, aliases, file, problems);
        }
        Optional<Header> header = HeaderParser.parse(text.get(), file, problems);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Header h = header.get();
        if (approved != null && !h.values().containsKey("approved")) {
            java.util.Map<String, Field> values = new java.util.LinkedHashMap<>(h.values());
            Field by = values.get("approved.by");
            values.put("approved", new Field(approved.toString(), by == null ? 1 : by.line()));
            header = Optional.of(new Header(values, h.lists(), h.body(), h.bodyLine()));
        }
        MetadataReader.Metadata meta = MetadataReader.read(header.get(), file, problems);
        Field title = meta.fields().get(RegisterField.TITLE);
        var sections = MarkdownSpecReader.read(header.get().body(), header.get().bodyLine(),
                title == null ? null : title.value(), headings, file, problems);
        return Optional.of(new SpecSource(file, meta.fields(), meta.approval(), meta.history(), meta.revisers(),
                sections, meta.draft()));
    }
}
