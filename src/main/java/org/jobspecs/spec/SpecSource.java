package org.jobspecs.spec;

import java.util.List;
import java.util.Map;
import org.jobspecs.problem.Location;

/**
 * A class specification as read from one source file, before it is joined to the register.
 *
 * @param location  the file (line 0)
 * @param fields    register fields the source states (keys as in {@link RegisterField}), with lines
 * @param approval  the current approval, or {@code null} when the source states none
 * @param history   earlier approvals, newest first
 * @param revisers  who made the tracked changes of the document the source was imported from, and when
 *                  (the native header's {@code revisions}); empty when not stated
 * @param sections  the body in source order, redline included
 * @param draft     JBake's {@code status=draft}: the class is left out of the site
 */
public record SpecSource(Location location, Map<RegisterField, Field> fields, Approval approval,
                         List<Approval> history, List<Reviser> revisers, List<Section> sections,
                         boolean draft) {

    /** The same source with other sections (issue 15: {@link RereadSections} in place of those parsed). */
    public SpecSource withSections(List<Section> other) {
        return new SpecSource(location, fields, approval, history, revisers, other, draft);
    }
}
