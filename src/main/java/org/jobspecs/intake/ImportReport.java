package org.jobspecs.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Section;

/**
 * The import report, for a person (plain text) or a program (JSON): per document the fields found,
 * the sections found with their canonical names, the text not placed, what was removed as
 * furniture, tracked changes, what was written, and the word accounting.
 */
public final class ImportReport {

    private ImportReport() {
    }

    public static String text(List<DocumentResult> results, boolean showSources) {
        StringBuilder sb = new StringBuilder();
        for (DocumentResult d : results) {
            sb.append(d.file()).append(" (").append(d.format().isEmpty() ? "not read" : d.format()).append(")\n");
            for (Problem p : d.problems()) {
                if (p.severity() == Severity.ERROR) {
                    sb.append("  error").append(describe(p)).append('\n');
                }
            }
            for (DocumentResult.SpecResult s : d.specs()) {
                ImportedSpec spec = s.spec();
                sb.append("  ").append(spec.code().isEmpty() ? "(no code)" : spec.code()).append(' ').append(spec.title())
                        .append(" → ").append(s.output().isEmpty() ? "(nothing written)" : s.output()).append(": ").append(s.action()).append('\n');
                if (!s.register().isEmpty()) {
                    sb.append("    register: ").append(s.register()).append('\n');
                }
                sb.append("    fields:\n");
                for (Found f : spec.fields()) {
                    sb.append("      ").append(f.key()).append(" = ").append(f.value());
                    if (!f.where().isEmpty()) {
                        sb.append("   (").append(f.where()).append(": \"").append(f.text()).append("\")");
                    }
                    sb.append('\n');
                }
                sb.append("    sections:\n");
                for (Section section : spec.sections()) {
                    String heading = Words.all(section.heading());
                    String canonical = section.kind() != null ? section.kind().title()
                            : ImportedSpec.isUnplaced(section) ? "NOT PLACED: a person must move this text" : "kept under its own name";
                    sb.append("      ").append(heading).append(" → ").append(canonical).append('\n');
                }
                if (s.unplaced()) {
                    sb.append("    unplaced: ").append(s.unplacedWords()).append(" words under \"Unplaced\"; the build refuses the source until they are moved\n");
                }
                for (String note : spec.notes()) {
                    sb.append("    note: ").append(note).append('\n');
                }
                if (showSources && !s.source().isEmpty()) {
                    sb.append("    source:\n");
                    s.source().lines().forEach(l -> sb.append("      | ").append(l).append('\n'));
                }
            }
            if (!d.removed().isEmpty()) {
                sb.append("  removed as page furniture:\n");
                for (Removed r : d.removed()) {
                    sb.append("    ").append(r.why()).append(" (").append(r.where()).append("): \"").append(r.text()).append("\"\n");
                }
            }
            if (!d.revisions().isEmpty()) {
                sb.append("  tracked changes: ").append(d.revisions().size()).append(" (")
                        .append(d.revisions().stream().filter(r -> r.change().equals("inserted")).count()).append(" insertions, ")
                        .append(d.revisions().stream().filter(r -> r.change().equals("deleted")).count()).append(" deletions), kept as redline\n");
            }
            for (Problem p : d.problems()) {
                if (p.severity() == Severity.NOTICE) {
                    sb.append("  notice").append(describe(p)).append('\n');
                }
            }
            sb.append("  words: ").append(d.words()).append(" in the document, ").append(d.unaccounted().size()).append(" unaccounted");
            if (!d.unaccounted().isEmpty()) {
                sb.append(": ").append(String.join(" ", d.unaccounted().subList(0, Math.min(20, d.unaccounted().size()))));
            }
            sb.append("\n\n");
        }
        long specs = results.stream().mapToLong(d -> d.specs().size()).sum();
        long errors = results.stream().flatMap(d -> d.problems().stream()).filter(p -> p.severity() == Severity.ERROR).count();
        long unplaced = results.stream().flatMap(d -> d.specs().stream()).filter(DocumentResult.SpecResult::unplaced).count();
        sb.append("imported: ").append(results.size()).append(" documents, ").append(specs).append(" specs, ")
                .append(unplaced).append(" with unplaced text, ").append(errors).append(" errors\n");
        return sb.toString();
    }

    /** " (line 4): message — fix", the file being the document's own heading line. */
    private static String describe(Problem p) {
        String at = p.location().line() > 0 ? " (line " + p.location().line() + ")" : "";
        return at + ": " + p.message() + (p.fix().isEmpty() ? "" : " — " + p.fix());
    }

    public static String json(List<DocumentResult> results) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (DocumentResult d : results) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", d.file());
            doc.put("format", d.format());
            List<Map<String, Object>> specs = new ArrayList<>();
            for (DocumentResult.SpecResult s : d.specs()) {
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("code", s.spec().code());
                spec.put("title", s.spec().title());
                spec.put("output", s.output());
                spec.put("action", s.action());
                spec.put("register", s.register());
                spec.put("fields", s.spec().fields());
                List<Map<String, String>> sections = new ArrayList<>();
                for (Section section : s.spec().sections()) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("heading", Words.all(section.heading()));
                    m.put("canonical", section.kind() == null ? null : section.kind().title());
                    sections.add(m);
                }
                spec.put("sections", sections);
                spec.put("unplacedWords", s.unplacedWords());
                spec.put("notes", s.spec().notes());
                specs.add(spec);
            }
            doc.put("specs", specs);
            doc.put("removed", d.removed());
            doc.put("revisions", d.revisions());
            doc.put("problems", d.problems().stream().map(p -> Map.of("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT),
                    "location", p.location().path() + (p.location().line() > 0 ? ":" + p.location().line() : ""),
                    "message", p.message(), "fix", p.fix())).toList());
            doc.put("words", d.words());
            doc.put("unaccounted", d.unaccounted());
            docs.add(doc);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("documents", docs)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
