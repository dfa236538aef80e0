package org.jobspecs.intake;

import java.util.List;
import java.util.Map;
import org.jobspecs.spec.Section;

/**
 * One class specification recognised in a document, ready to be written as a native source.
 *
 * @param header   native header keys and values in writing order (title, code, approved, …)
 * @param register class-register fields found (department, unit, flsa, series, level), by column name
 * @param sections the body; text that could not be placed is in a last section headed "Unplaced"
 * @param fields   the metadata lines found, for the report
 * @param notes    what the recogniser decided that a person may want to check
 */
public record ImportedSpec(Map<String, String> header, Map<String, String> register, List<Section> sections,
                           List<Found> fields, List<String> notes) {

    public static final String UNPLACED = "Unplaced";

    /**
     * Whether a section holds text import could not place: the one test the report's per-section
     * lines ("→ NOT PLACED"), its per-spec word count and its summary ("N with unplaced text") share,
     * so that they cannot disagree, and the build's own test of the heading (any case, an optional colon), so
     * that a source the build refuses for unplaced text is counted (issue 12).
     */
    public static boolean isUnplaced(Section section) {
        return section.kind() == null && org.jobspecs.spec.SectionAliases.isUnplaced(Words.all(section.heading()));
    }

    public String code() {
        return header.getOrDefault("code", "");
    }

    public String title() {
        return header.getOrDefault("title", "");
    }
}
