package org.jobspecs.spec;

import java.util.List;
import java.util.Objects;

/**
 * An earlier approved version of a class's specification (issue 14): the text as it stood from its
 * approval until the next one replaced it.
 *
 * @param approval who approved this text, and when
 * @param sections its body, plain approved text (no redline marks)
 * @param origin   where the text came from
 * @param source   what it was read from, for messages and the versions page: a file relative to the
 *                 source folder, or {@code git:<commit>:<path>}
 */
public record SpecVersion(Approval approval, List<Section> sections, VersionOrigin origin, String source) {
    public SpecVersion {
        Objects.requireNonNull(approval, "approval");
        sections = List.copyOf(sections);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
    }
}
