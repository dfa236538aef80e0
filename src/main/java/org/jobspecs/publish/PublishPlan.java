package org.jobspecs.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a publish does at its destination, worked out before anything is written. Paths are relative
 * to the destination, with forward slashes, sorted.
 *
 * @param from         the built site
 * @param to           the destination folder
 * @param files        every file of the built site and the SHA-256 of its bytes
 * @param added        files the destination does not have yet
 * @param replaced     files the destination has with other bytes
 * @param unchanged    how many files the destination has already, byte for byte
 * @param deleted      files an earlier publish wrote, unchanged since, that the site no longer has
 * @param keptChanged  files an earlier publish wrote that the site no longer has but that were
 *                     changed at the destination since: not deleted, as someone else wrote them
 * @param keptForeign  files no publish wrote that the site does not have: never deleted
 * @param previous     the manifest found at the destination
 */
public record PublishPlan(Path from, Path to, Map<String, String> files, List<String> added, List<String> replaced, int unchanged,
        List<String> deleted, List<String> keptChanged, List<String> keptForeign, Manifest previous) {

    /** Whether the destination already is the built site (nothing to copy or delete). */
    public boolean nothingToDo() {
        return added.isEmpty() && replaced.isEmpty() && deleted.isEmpty();
    }

    /** The files left in place that the site does not have. */
    public int kept() {
        return keptChanged.size() + keptForeign.size();
    }

    /** One line per change and per file kept, as {@code add|replace|delete|keep  path (why)}. */
    public List<String> lines(boolean withCopies) {
        List<String> lines = new java.util.ArrayList<>();
        if (withCopies) {
            added.forEach(p -> lines.add("add      " + p));
            replaced.forEach(p -> lines.add("replace  " + p));
        }
        deleted.forEach(p -> lines.add("delete   " + p));
        keptChanged.forEach(p -> lines.add("keep     " + p + " (gone from the site, but changed at the destination since jobspecs published it)"));
        keptForeign.forEach(p -> lines.add("keep     " + p + " (not in the site, and not written by jobspecs publish)"));
        return lines;
    }

    /** The counts, e.g. {@code 3 added, 1 replaced, 2 deleted, 250 unchanged, 1 kept}. */
    public String counts(boolean dryRun) {
        String to = dryRun ? " to " : " ";
        return added.size() + to + (dryRun ? "add" : "added") + ", " + replaced.size() + to + (dryRun ? "replace" : "replaced") + ", "
                + deleted.size() + to + (dryRun ? "delete" : "deleted") + ", " + unchanged + " unchanged, " + kept() + " kept";
    }
}
