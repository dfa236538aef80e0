package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Inline;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inlines of HTML phrasing content: {@code del/s/strike} are deletions and {@code ins}
 * insertions (their {@code datetime} and {@code title}/{@code data-author} become a
 * {@link Revision}), {@code strong/b} and {@code em/i} emphasis, {@code a} with a web address a
 * link; other elements give their text. White space collapses as a browser would.
 */
final class HtmlInlines {

    private final List<Revision> revisions;
    private final int line;
    private final List<Inline> out = new ArrayList<>();

    HtmlInlines(List<Revision> revisions, int line) {
        this.revisions = revisions;
        this.line = line;
    }

    int line() {
        return line;
    }

    void text(String text) {
        add(out, new Inline.Text(text));
    }

    void inline(Element element) {
        out.addAll(convert(element));
    }

    List<Inline> build() {
        return Inlines.tidy(out);
    }

    private List<Inline> children(Element element) {
        List<Inline> inner = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                add(inner, new Inline.Text(t.getWholeText()));
            } else if (child instanceof Element e) {
                inner.addAll(convert(e));
            }
        }
        return inner;
    }

    private List<Inline> convert(Element e) {
        String tag = e.normalName();
        return switch (tag) {
            case "script", "style", "template", "img" -> List.of();
            // an icon says what its title says ("Twitter"), as a screen reader reads it
            case "svg" -> e.selectFirst("title") == null ? List.of() : List.of(new Inline.Text(" " + e.selectFirst("title").text() + " "));
            case "br" -> List.of(new Inline.LineBreak());
            case "del", "s", "strike" -> {
                List<Inline> inner = children(e);
                revision("deleted", e, inner);
                yield List.of(new Inline.Deleted(inner));
            }
            case "ins" -> {
                List<Inline> inner = children(e);
                revision("inserted", e, inner);
                yield List.of(new Inline.Inserted(inner));
            }
            case "strong", "b" -> List.of(new Inline.Strong(children(e)));
            case "em", "i" -> List.of(new Inline.Emphasis(children(e)));
            case "a" -> {
                String href = e.attr("href");
                List<Inline> inner = children(e);
                yield href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")
                        ? List.of(new Inline.Link(href, inner)) : inner;
            }
            default -> children(e);
        };
    }

    private void revision(String change, Element e, List<Inline> inner) {
        String author = e.hasAttr("data-author") ? e.attr("data-author") : e.attr("title");
        String date = e.attr("datetime");
        date = date.length() >= 10 && date.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? date.substring(0, 10) : "";
        revisions.add(new Revision(change, author.strip(), date, Words.all(inner)));
    }

    private static void add(List<Inline> into, Inline inline) {
        into.add(inline);
    }
}
