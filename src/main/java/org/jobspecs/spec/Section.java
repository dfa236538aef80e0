package org.jobspecs.spec;

import java.util.List;
import java.util.Optional;

/**
 * One section of a spec in source order.
 *
 * @param kind    the canonical section, or {@code null} for a heading the alias table does not know
 * @param heading the heading as written in the source (redline included)
 * @param line    the source line of the heading
 */
public record Section(SectionKind kind, List<Inline> heading, List<Block> blocks, int line) {

    public Optional<SectionKind> canonical() {
        return Optional.ofNullable(kind);
    }
}
