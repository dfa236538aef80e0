package org.jobspecs.site.diff;

import org.jobspecs.spec.Section;

/**
 * One section of two versions compared.
 *
 * @param status   whether it changed, was added, was removed, or reads the same
 * @param name     its heading in the newer version (the older's for a removed section), plain text
 * @param section  its text with the changes marked ({@link org.jobspecs.spec.Inline.Deleted},
 *                 {@link org.jobspecs.spec.Inline.Inserted}): the newer version's approved text
 *                 when unchanged, all of it inserted when added, all of it deleted when removed
 * @param added    the words it adds
 * @param removed  the words it removes
 */
public record SectionChange(Status status, String name, Section section, int added, int removed) {

    public enum Status { UNCHANGED, CHANGED, ADDED, REMOVED }

    public boolean changed() {
        return status != Status.UNCHANGED;
    }
}
