package org.jobspecs.intake;

import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Inline;

/** Inlines as native Markdown, escaped so that every character reads back as the same text. */
final class MarkdownText {

    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)(#{1,6}(?=\\s|$)|[-+*>](?=\\s|$)|\\d{1,9}(?=[.)](?:\\s|$))|=+\\s*$)");

    private MarkdownText() {
    }

    /** A paragraph's inlines, with text that would start a list or heading escaped and line breaks indented. */
    static String paragraph(List<Inline> inlines, String indent) {
        String text = inlines(inlines).replace("\\\n", "\\\n" + indent);
        var m = BLOCK_START.matcher(text);
        if (m.find()) {
            String marker = m.group(2);
            if (Character.isDigit(marker.charAt(0))) {
                text = m.group(1) + marker + "\\" + text.substring(m.end());
            } else {
                text = m.group(1) + "\\" + text.substring(m.group(1).length());
            }
        }
        return text;
    }

    static String inlines(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                sb.append(escape(t.text()));
            } else if (inline instanceof Inline.Deleted d) {
                wrap(sb, "~~", inlines(d.content()), "~~");
            } else if (inline instanceof Inline.Inserted i) {
                wrap(sb, "[", inlines(i.content()), "](#)");
            } else if (inline instanceof Inline.Emphasis e) {
                wrap(sb, "*", inlines(e.content()), "*");
            } else if (inline instanceof Inline.Strong s) {
                wrap(sb, "**", inlines(s.content()), "**");
            } else if (inline instanceof Inline.Link l) {
                sb.append('[').append(inlines(l.content())).append("](<").append(l.href().replace(">", "%3E")).append(">)");
            } else if (inline instanceof Inline.LineBreak) {
                sb.append("\\\n");
            }
        }
        return sb.toString();
    }

    /** Marks around text, with its leading and trailing spaces moved outside (Markdown needs the marks to touch the words). */
    private static void wrap(StringBuilder sb, String open, String inner, String close) {
        String trimmed = inner.strip();
        if (trimmed.isEmpty()) {
            sb.append(inner);
            return;
        }
        int lead = inner.indexOf(trimmed);
        sb.append(inner, 0, lead).append(open).append(trimmed).append(close).append(inner.substring(lead + trimmed.length()));
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
                continue;
            }
            if ("\\`*_~[]<>&!|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
