package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Inline;

/**
 * Tidies inlines read from a document: white space collapsed, characters that take no room (zero-width
 * spaces, soft hyphens) dropped, adjacent text merged, empty runs and edge spaces dropped.
 */
final class Inlines {

    private Inlines() {
    }

    static List<Inline> tidy(List<Inline> inlines) {
        List<Inline> merged = merge(inlines);
        // trim the start of the first and the end of the last text
        if (!merged.isEmpty() && merged.get(0) instanceof Inline.Text t) {
            String s = t.text().stripLeading();
            merged.set(0, new Inline.Text(s));
        }
        int last = merged.size() - 1;
        if (last >= 0 && merged.get(last) instanceof Inline.Text t) {
            merged.set(last, new Inline.Text(t.text().stripTrailing()));
        }
        while (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Inline.LineBreak) {
            merged.remove(merged.size() - 1);
        }
        merged.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return List.copyOf(merged);
    }

    private static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline cleaned = inline instanceof Inline.Text t ? new Inline.Text(Words.INVISIBLE.matcher(t.text()).replaceAll("").replaceAll("[\\s\\u00a0]+", " "))
                    : rewrap(inline, merge(Words.children(inline)));
            if (cleaned instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text p) {
                String joined = p.text() + t.text();
                out.set(out.size() - 1, new Inline.Text(joined.replaceAll(" {2,}", " ")));
            } else if (!(cleaned instanceof Inline.Text t && t.text().isEmpty()) && !isEmptyContainer(cleaned)) {
                out.add(cleaned);
            }
        }
        return out;
    }

    private static boolean isEmptyContainer(Inline inline) {
        return !(inline instanceof Inline.Text) && !(inline instanceof Inline.LineBreak) && Words.all(Words.children(inline)).isEmpty();
    }

    /** The same kind of container around other content. */
    static Inline rewrap(Inline container, List<Inline> content) {
        if (container instanceof Inline.Deleted) {
            return new Inline.Deleted(content);
        } else if (container instanceof Inline.Inserted) {
            return new Inline.Inserted(content);
        } else if (container instanceof Inline.Emphasis) {
            return new Inline.Emphasis(content);
        } else if (container instanceof Inline.Strong) {
            return new Inline.Strong(content);
        } else if (container instanceof Inline.Link l) {
            return new Inline.Link(l.href(), content);
        }
        return container;
    }
}
