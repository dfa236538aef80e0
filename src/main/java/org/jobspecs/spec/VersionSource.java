package org.jobspecs.spec;

import java.util.List;
import java.util.Objects;
import org.jobspecs.problem.Location;

/**
 * An earlier version of a spec as read from a file of {@code content/history/<code>/} or from a
 * commit of the source folder's git history (issue 14), before it is joined to its class.
 *
 * @param location where it was read from, for messages: the history file, or the spec file a
 *                 commit held (line 0)
 * @param code     the class code it belongs to, as written (the history folder's name, or the
 *                 spec file's code at that commit)
 * @param approval who approved this text and when; the body may be empty when the file does not say
 * @param sections its body, plain approved text (no redline marks)
 * @param origin   {@link VersionOrigin#HISTORY} or {@link VersionOrigin#GIT}
 * @param source   what {@link SpecVersion#source()} shows: the file, or {@code git:<commit>:<path>}
 */
public record VersionSource(Location location, String code, Approval approval, List<Section> sections,
                            VersionOrigin origin, String source) {
    public VersionSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(approval, "approval");
        sections = List.copyOf(sections);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
    }
}
