package org.jobspecs.intake;

import java.nio.file.Path;

/**
 * How to import.
 *
 * @param to       the folder the native sources are written to (usually the site's content folder)
 * @param register the class register to add rows to ({@code data/classes.csv})
 * @param units    the units file, to turn unit names into unit ids ({@code data/units.csv}; may not exist)
 * @param force    overwrite existing sources and register rows
 * @param dryRun   write nothing; report what would be written
 * @param code     the class code of a document that gives none ({@code --code}), or null
 * @param title    the class title of a document that gives none ({@code --title}), or null
 */
public record ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun, String code, String title) {

    public ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun) {
        this(to, register, units, force, dryRun, null, null);
    }

    public ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun, String code) {
        this(to, register, units, force, dryRun, code, null);
    }
}
