package org.jobspecs.build;

/**
 * What one update of a live build's search export did.
 *
 * @param changed files of {@code search/} written or deleted
 * @param millis  time to index, export and write
 * @param failure why the update failed (a bug: the export of a good build cannot fail), or empty
 */
public record SearchReport(int changed, long millis, String failure) {

    /** "search index: 37 files changed in 1840 ms". */
    public String summary() {
        return failure.isEmpty() ? "search index: " + changed + (changed == 1 ? " file" : " files") + " changed in " + millis + " ms"
                : "search index not updated: " + failure;
    }
}
