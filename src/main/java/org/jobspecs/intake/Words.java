package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jobspecs.spec.Inline;

/** Text of inlines and the words in a text, as the recogniser and the word accounting see them. */
final class Words {

    /** Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens: characters a page does not show. */
    static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private Words() {
    }

    /** The text as adopted: deletions dropped, insertions kept. */
    static String after(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        collect(inlines, sb, false);
        return sb.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    /** Every word written, deleted ones included. */
    static String all(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        collect(inlines, sb, true);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(List<Inline> inlines, StringBuilder sb, boolean withDeleted) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (inline instanceof Inline.Deleted d) {
                if (withDeleted) {
                    collect(d.content(), sb, true);
                }
            } else if (inline instanceof Inline.LineBreak) {
                sb.append('\n');
            } else {
                collect(children(inline), sb, withDeleted);
            }
        }
    }

    /** The content of a container inline (empty for text and line breaks). */
    static List<Inline> children(Inline inline) {
        if (inline instanceof Inline.Deleted d) {
            return d.content();
        } else if (inline instanceof Inline.Inserted i) {
            return i.content();
        } else if (inline instanceof Inline.Emphasis e) {
            return e.content();
        } else if (inline instanceof Inline.Strong s) {
            return s.content();
        } else if (inline instanceof Inline.Link l) {
            return l.content();
        }
        return List.of();
    }

    /** The words of a text, lower-cased, in order; characters that take no room ("Help\u200Bing", a soft hyphen) do not split a word. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(INVISIBLE.matcher(text).replaceAll(""));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    static int count(String text) {
        return of(text).size();
    }
}
