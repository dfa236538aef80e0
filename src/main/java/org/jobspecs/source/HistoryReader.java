package org.jobspecs.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.Redline;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.spec.VersionSource;

/**
 * Reads one earlier version of a spec from {@code content/history/<code>/<YYYY-MM-DD>.md} (or
 * {@code .txt}), issue 14. The file is a spec source like those of the content folder, read by the
 * same readers; the folder names the class and the file name the approval date. The header may
 * repeat them ({@code code=}, {@code approved=}); when it does they must agree with the path. The
 * approving body is the header's {@code approved.by} (or a Word export's "Approved by" line); when the
 * file does not say, the catalog takes it from the class's history. A text that still carries a
 * redline is read as it was approved (deletions dropped, insertions kept).
 */
public final class HistoryReader {

    /** The folder of the content folder that holds earlier versions. */
    public static final String FOLDER = "history";

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(md|markdown|txt)");

    private final SpecReader specs;

    public HistoryReader(SpecReader specs) {
        this.specs = specs;
    }

    /**
     * @param relative the file's path relative to the content folder's {@code history/} folder,
     *                 e.g. {@code 2141/2017-10-11.md}
     * @param bytes    its content
     * @param file     its path relative to the source folder, for messages
     */
    public Optional<VersionSource> read(Path relative, byte[] bytes, Location file, Problems problems) {
        if (relative.getNameCount() != 2) {
            problems.error(file, "a file of the history folder must be in a folder named after its class",
                    "move it to content/history/<code>/<YYYY-MM-DD>.md, e.g. content/history/2141/2017-10-11.md");
            return Optional.empty();
        }
        String code = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        Matcher m = NAME.matcher(name);
        Optional<LocalDate> named = m.matches() ? Dates.iso(m.group(1)) : Optional.empty();
        if (named.isEmpty()) {
            problems.error(file, "the name of an earlier version must be its approval date",
                    "rename it YYYY-MM-DD.md (or .txt), e.g. content/history/" + code + "/2017-10-11.md");
            return Optional.empty();
        }
        if (!ClassCode.isSafe(code)) {
            problems.error(file, "history folder \"" + code + "\" is not a class code",
                    "name the folder after the class's code, e.g. content/history/2141/");
            return Optional.empty();
        }
        Problems reading = new Problems();
        Optional<SpecSource> spec = specs.read(bytes, file, reading, named.get());
        reading.sorted().stream()
                // A draft status or a missing title does not matter for an earlier version.
                .filter(p -> !p.message().startsWith("status=draft"))
                .forEach(problems::add);
        if (spec.isEmpty() || reading.hasErrors()) {
            return Optional.empty();
        }
        SpecSource source = spec.get();
        boolean ok = true;
        Field stated = source.fields().get(RegisterField.CODE);
        if (stated != null && !new ClassCode(stated.value()).key().equals(new ClassCode(code).key())) {
            problems.error(file.atLine(stated.line()), "code " + stated.value() + " disagrees with the folder the file is in (" + code + ")",
                    "move the file to content/history/" + stated.value() + "/, or correct the code");
            ok = false;
        }
        LocalDate date = named.get();
        String body = "";
        if (source.approval() != null) {
            body = source.approval().body();
            if (!source.approval().date().equals(date)) {
                problems.error(file.atLine(approvedLine(bytes)), "the file says it was approved on " + source.approval().date()
                                + " but is named " + name,
                        "rename the file " + source.approval().date() + name.substring(10) + ", or correct the approval date");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new VersionSource(file, code, new Approval(body, date),
                Redline.sections(source.sections(), Redline.Side.CURRENT), VersionOrigin.HISTORY, file.path()));
    }

    /** The line of the approval date in the file, for the message (the whole file when it cannot be told). */
    private static int approvedLine(byte[] bytes) {
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip().toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith("approved=") || l.startsWith("approved:") || l.startsWith("approved by")) {
                return i + 1;
            }
        }
        return 0;
    }
}
