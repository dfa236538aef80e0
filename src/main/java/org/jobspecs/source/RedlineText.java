package org.jobspecs.source;

import java.util.List;
import java.util.Optional;
import org.jobspecs.spec.Inline;

/**
 * Parses one line of a Word text export into inlines: {@code ~~text~~} is a deletion and
 * {@code [text](#)} an insertion; the two may nest. A {@code [} without a matching {@code ](#)} is
 * ordinary text ("[sic]"); an unmatched {@code ~~} or {@code ](#)} is unbalanced markup.
 */
public final class RedlineText {

    private static final String INSERT_END = "](#)";

    private final String text;
    private int pos;

    private RedlineText(String text) {
        this.text = text;
    }

    /** The inlines of the line, or empty when its redline marks are unbalanced. */
    public static Optional<List<Inline>> parse(String line) {
        RedlineText parser = new RedlineText(line);
        List<Inline> inlines = parser.until(null);
        return parser.pos == line.length() ? Optional.of(inlines) : Optional.empty();
    }

    /** Parses up to {@code end} (consumed) or the end of the text; stops early at an unmatched closer. */
    private List<Inline> until(String end) {
        InlineBuilder out = new InlineBuilder();
        StringBuilder run = new StringBuilder();
        while (pos < text.length()) {
            if (end != null && text.startsWith(end, pos)) {
                pos += end.length();
                out.text(run.toString());
                return out.build();
            }
            if (text.startsWith("~~", pos)) {
                int close = findClose(pos + 2, "~~");
                if (close < 0) {
                    failAt(); // an opening ~~ with no partner
                    return out.build();
                }
                out.text(run.toString());
                run.setLength(0);
                pos += 2;
                out.add(new Inline.Deleted(until("~~")));
            } else if (text.charAt(pos) == '[' && findClose(pos + 1, INSERT_END) >= 0) {
                out.text(run.toString());
                run.setLength(0);
                pos += 1;
                out.add(new Inline.Inserted(until(INSERT_END)));
            } else if (text.startsWith(INSERT_END, pos)) {
                failAt(); // a closing ](#) with no opening [
                return out.build();
            } else {
                run.append(text.charAt(pos++));
            }
        }
        out.text(run.toString());
        if (end != null) {
            failAt();
        }
        return out.build();
    }

    /**
     * Where {@code closer} closes a mark opened before {@code from}, or -1 if it never does. For an
     * insertion, brackets pair up: a nested {@code [ … ](#)} is skipped, and a plain {@code ]} that
     * closes the opening bracket means the bracket was literal text ("[sic]"), not an insertion.
     */
    private int findClose(int from, String closer) {
        if (closer.equals("~~")) {
            return text.indexOf("~~", from);
        }
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith(INSERT_END, i)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
                i += INSERT_END.length() - 1;
            } else if (text.charAt(i) == '[') {
                depth++;
            } else if (text.charAt(i) == ']') {
                if (depth == 0) {
                    return -1;
                }
                depth--;
            }
        }
        return -1;
    }

    private void failAt() {
        pos = Integer.MAX_VALUE - 1; // never equals the length: marks the parse as unbalanced
    }
}
