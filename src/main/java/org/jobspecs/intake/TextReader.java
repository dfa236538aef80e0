package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Inline;

/**
 * Reads a plain-text export, as hiring systems and "Save as text" write it, into pieces. A
 * document wrapped at a fixed width (no line much longer than the others, many near that width)
 * has its wrapped lines joined back into paragraphs: a line continues on the next when the next
 * line's first word would not have fitted on it (a hyphen at a line end before a lower-case word
 * is undone). A document whose lines run to any length was not wrapped: every line is a piece of
 * its own, as hiring systems export it. Either way a line that names a known section, a
 * "Label: value" line and a list item start pieces of their own; page numbers and form feeds are
 * furniture.
 */
final class TextReader implements DocumentReader {

    /** Lines longer than this are paragraphs no exporter wrapped. */
    static final int UNWRAPPED = 100;
    /** The narrowest width a wrapping exporter is taken to have used. */
    static final int NARROWEST_WRAP = 50;

    private static final Pattern ITEM = Pattern.compile("\\s*((?:\\d{1,3}|[a-zA-Z])[.)]|\\(\\d{1,3}\\)|\\([a-zA-Z]\\)|[•·*\\-–◦▪])\\s+(\\S.*)");
    /** "FLSA STATUS: Exempt": a label line starts a piece of its own even after a long line. */
    private static final Pattern LABEL_LINE = Pattern.compile("\\s*\\p{Lu}[\\p{L} ./]{1,30}:(?:\\s.*)?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(?:-\\s*\\d{1,3}\\s*-|(?:Page|Pg\\.?)\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?)\\s*", Pattern.CASE_INSENSITIVE);

    private final Predicate<String> namesSection;

    /** @param namesSection whether a line names a known section, so that it is never joined to the line before */
    TextReader(Predicate<String> namesSection) {
        this.namesSection = namesSection;
    }

    @Override
    public ImportDocument read(byte[] bytes, Location file, Problems problems) {
        String text = Decoding.text(bytes, file, problems);
        return read(text, "text");
    }

    ImportDocument read(String text, String format) {
        List<Para> paras = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int width = wrapWidth(lines);
        Draft draft = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].replace('\t', ' ');
            if (line.indexOf('\f') >= 0) {
                line = line.replace("\f", "");
            }
            if (line.isBlank()) {
                draft = flush(draft, paras);
                continue;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                removed.add(new Removed(line.strip(), "page number", "line " + number));
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                draft = flush(draft, paras);
                draft = new Draft(number, item.group(1), indent(line), item.group(2).strip());
            } else if (draft != null && width > 0 && draft.continuedBy(line, width) && !namesSection.test(line)) {
                draft.append(line.strip());
            } else {
                draft = flush(draft, paras);
                draft = new Draft(number, null, indent(line), line.strip());
            }
        }
        flush(draft, paras);
        return new ImportDocument(format, paras, removed, List.of());
    }

    /**
     * The width the exporter wrapped the lines at: the longest line's length; or 0 when the
     * document was not wrapped (some lines are longer than any wrapping exporter writes, or all are short).
     */
    static int wrapWidth(String[] lines) {
        int longest = 0;
        int unwrapped = 0;
        int nonBlank = 0;
        for (String line : lines) {
            int length = line.replace('\t', ' ').stripTrailing().length();
            if (length > 0) {
                nonBlank++;
            }
            if (length > UNWRAPPED) {
                unwrapped++;
            }
            longest = Math.max(longest, length);
        }
        if (unwrapped >= Math.max(2, nonBlank / 20) || longest < NARROWEST_WRAP) {
            return 0;
        }
        return longest;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static Draft flush(Draft draft, List<Para> into) {
        if (draft != null) {
            into.add(draft.para());
        }
        return null;
    }

    /** A piece being assembled from one or more lines. */
    private static final class Draft {
        private final int line;
        private final String label;
        private final int indent;
        private final StringBuilder text = new StringBuilder();
        private int lastLength;

        Draft(int line, String label, int indent, String first) {
            this.line = line;
            this.label = label;
            this.indent = indent;
            this.text.append(first);
            this.lastLength = first.length() + indent + (label == null ? 0 : label.length() + 1);
        }

        /** A line continues this piece when its first word would not have fitted on the piece's last line. */
        boolean continuedBy(String next, int width) {
            String firstWord = next.strip().split("\\s+", 2)[0];
            return lastLength + 1 + firstWord.length() > width - 2
                    && !LABEL_LINE.matcher(next).matches() && !LABEL_LINE.matcher(text).matches()
                    && indent(next) >= (label == null ? indent : indent + 1);
        }

        void append(String next) {
            int end = text.length();
            if (end > 1 && text.charAt(end - 1) == '-' && Character.isLetter(text.charAt(end - 2))
                    && Character.isLowerCase(next.charAt(0))) {
                text.setLength(end - 1); // "respon-" + "sible"
            } else {
                text.append(' ');
            }
            text.append(next);
            lastLength = next.length() + indent;
        }

        Para para() {
            List<Inline> content = List.of(new Inline.Text(text.toString()));
            return label == null ? Para.paragraph(content, 0, line)
                    : Para.item(content, label, Math.min(indent / 3, 3), 0, line);
        }
    }
}
