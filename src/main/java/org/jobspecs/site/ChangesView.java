package org.jobspecs.site;

import java.util.List;

/**
 * The "changes" section of a class page: the revision history, who made the tracked changes, and
 * the redline of the sections that the latest approval changed.
 *
 * @param heading        "Changes approved on October 8, 2025", or "Revision history" when there is no redline
 * @param history        each approval, newest first: "October 8, 2025 — Civil Service Board"
 * @param trackedChanges "Tracked changes by Pat Lee (September 12, 2025) and Sam Roe."; empty when the
 *                       source names no one (its {@code revisions} header)
 * @param sections       the changed sections with their marks
 */
public record ChangesView(String heading, List<String> history, String trackedChanges, List<SectionView> sections) {

    public boolean hasRedline() {
        return !sections.isEmpty();
    }
}
