package org.jobspecs.intake;

import java.util.List;
import org.jobspecs.problem.Problem;

/**
 * What import made of one document.
 *
 * @param file        the document as given
 * @param format      the format read
 * @param specs       the specs found in it, with what was written for each
 * @param removed     page furniture removed
 * @param revisions   tracked changes found
 * @param problems    errors and notices about the document
 * @param words       the number of words in the document
 * @param unaccounted words of the document found neither in the written sources, nor in a metadata line, nor in the furniture
 */
public record DocumentResult(String file, String format, List<SpecResult> specs, List<Removed> removed,
                             List<Revision> revisions, List<Problem> problems, int words, List<String> unaccounted) {

    /** What was written (or would be) for one spec. */
    public record SpecResult(ImportedSpec spec, String output, String action, String register, String source, int unplacedWords) {

        /** Whether the source has an "Unplaced" section, which the build refuses until a person moves its text. */
        public boolean unplaced() {
            return spec.sections().stream().anyMatch(ImportedSpec::isUnplaced);
        }
    }
}
