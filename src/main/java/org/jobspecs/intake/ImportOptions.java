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
 * @param versionOf the class whose earlier version the document is ({@code --version-of}, issue 14), or null:
 *                 it is written to {@code history/<code>/<approved>.md} of {@code to}, and the register is left alone
 * @param approved  with {@code versionOf}: the date that version was approved ({@code --approved})
 */
public record ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun, String code, String title,
                            String versionOf, java.time.LocalDate approved) {

    public ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun, String code, String title) {
        this(to, register, units, force, dryRun, code, title, null, null);
    }

    public ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun) {
        this(to, register, units, force, dryRun, null, null);
    }

    public ImportOptions(Path to, Path register, Path units, boolean force, boolean dryRun, String code) {
        this(to, register, units, force, dryRun, code, null);
    }
}
