package org.jobspecs.site;

import java.util.List;

/**
 * The "changes" section of a class page: the revision history and the redline of the sections
 * that the latest approval changed.
 *
 * @param heading  "Changes approved on October 8, 2025", or "Revision history" when there is no redline
 * @param history  each approval, newest first: "October 8, 2025 — Civil Service Board"
 * @param sections the changed sections with their marks
 */
public record ChangesView(String heading, List<String> history, List<SectionView> sections) {

    public boolean hasRedline() {
        return !sections.isEmpty();
    }
}
