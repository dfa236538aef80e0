package org.jobspecs.spec;

/** Where an earlier version of a spec was read from (issue 14). */
public enum VersionOrigin {
    /** The current source's redline: its deletions kept and its insertions dropped. */
    REDLINE,
    /** A file of {@code content/history/<code>/}. */
    HISTORY,
    /** A commit of the source folder's git history ({@code versions.from.git=true}). */
    GIT
}
