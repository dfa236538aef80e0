package org.jobspecs.source;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Inline;

/** Collects inlines, merging adjacent plain text runs. */
final class InlineBuilder {

    private final List<Inline> inlines = new ArrayList<>();

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = inlines.size() - 1;
        if (last >= 0 && inlines.get(last) instanceof Inline.Text previous) {
            inlines.set(last, new Inline.Text(previous.text() + text));
        } else {
            inlines.add(new Inline.Text(text));
        }
    }

    void add(Inline inline) {
        if (inline instanceof Inline.Text t) {
            text(t.text());
        } else {
            inlines.add(inline);
        }
    }

    boolean isEmpty() {
        return inlines.isEmpty();
    }

    List<Inline> build() {
        return List.copyOf(inlines);
    }
}
