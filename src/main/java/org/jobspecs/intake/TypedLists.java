package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.spec.Inline;

/**
 * Numbers and bullets typed by hand: a paragraph that starts "1.&nbsp;&nbsp;&nbsp;Assist …",
 * "(2) Prepare …", "b) Review …" or "• Greets …" (Word without list formatting, an HTML page of
 * {@code <p>}s, a PDF line) is a list item with that label, whatever run of spaces or tab follows
 * the label. Upper-case letters are left alone: "A. Smith" starts a sentence as often as a list.
 */
final class TypedLists {

    private static final Pattern LABEL = Pattern.compile("^((?:\\d{1,3}|[a-z])[.)]|\\(\\d{1,3}\\)|\\([a-z]\\)|[•·▪◦‣●○■□➢✓*–-])[\\s\\u00a0]+(?=\\S)");

    private TypedLists() {
    }

    static ImportDocument apply(ImportDocument document) {
        List<Para> out = new ArrayList<>(document.paras().size());
        boolean changed = false;
        for (Para p : document.paras()) {
            Para item = p.kind() == Para.Kind.PARAGRAPH ? item(p) : p;
            changed |= item != p;
            out.add(item);
        }
        return changed ? new ImportDocument(document.format(), out, document.removed(), document.revisions()) : document;
    }

    private static Para item(Para p) {
        if (p.content().isEmpty() || !(p.content().get(0) instanceof Inline.Text first)) {
            return p;
        }
        Matcher m = LABEL.matcher(first.text().stripLeading());
        if (!m.find()) {
            return p;
        }
        List<Inline> content = new ArrayList<>(p.content());
        content.set(0, new Inline.Text(first.text().stripLeading().substring(m.end())));
        return Para.item(Inlines.tidy(content), m.group(1), 0, p.page(), p.line());
    }
}
