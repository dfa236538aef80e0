package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Inline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML export (a hiring system's "print" page, Word's "save as web page") into pieces:
 * h1–h6 are headings, lists keep their real numbers, tables their cells, {@code <del>}/{@code <ins>}
 * the redline with their {@code datetime}; {@code <header>}, {@code <footer>} and {@code <nav>} are
 * page furniture. Scripts and styles are code, not text.
 */
final class HtmlReader implements DocumentReader {

    /** A link for keyboard users past the page's navigation: "Skip to main content". */
    private static final java.util.regex.Pattern SKIP_LINK = java.util.regex.Pattern.compile("(?i)\\s*skip to (?:the )?(?:main )?(?:content|navigation)\\s*");
    /** Code and pictures, not text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "head", "img");
    /** The page's controls and icons' labels: their words are the site's, reported as furniture. */
    private static final Set<String> CONTROLS = Set.of("noscript", "button", "form", "select", "svg");
    private static final Set<String> FURNITURE = Set.of("header", "footer", "nav");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "body", "blockquote",
            "address", "dd", "dt", "pre", "center", "aside", "figure", "figcaption", "caption");

    @Override
    public ImportDocument read(byte[] bytes, Location file, Problems problems) {
        String html = Decoding.text(bytes, file, problems);
        Element body = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).body();
        Collector out = new Collector(html);
        out.block(body);
        return new ImportDocument("html", out.paras, out.removed, out.revisions);
    }

    /** Walks the element tree in document order. */
    private static final class Collector {
        private final String html;
        private final List<Para> paras = new ArrayList<>();
        private final List<Removed> removed = new ArrayList<>();
        private final List<Revision> revisions = new ArrayList<>();
        private HtmlInlines pending;

        Collector(String html) {
            this.html = html;
        }

        void block(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("a") && SKIP_LINK.matcher(e.text()).matches()) {
                        removed.add(new Removed(e.text().strip(), "skip link", "line " + line(e)));
                        continue;
                    }
                    if (CONTROLS.contains(tag)) {
                        flush(e);
                        if (!e.text().isBlank()) {
                            removed.add(new Removed(e.text().strip(), "page control (" + tag + ")", "line " + line(e)));
                        }
                        continue;
                    }
                    if (FURNITURE.contains(tag)) {
                        flush(e);
                        String text = e.text().strip();
                        if (!text.isEmpty()) {
                            removed.add(new Removed(text, tag.equals("nav") ? "navigation" : "page " + tag, "line " + line(e)));
                        }
                    } else if (tag.matches("h[1-6]")) {
                        flush(e);
                        HtmlInlines heading = new HtmlInlines(revisions, line(e));
                        heading.inline(e);
                        List<Inline> content = heading.build();
                        if (!Words.all(content).isEmpty()) {
                            paras.add(Para.heading(content, tag.charAt(1) - '0', 0, line(e)));
                        }
                    } else if (tag.equals("ol") || tag.equals("ul")) {
                        flush(e);
                        list(e, 0);
                    } else if (tag.equals("table")) {
                        flush(e);
                        table(e);
                    } else if (tag.equals("dl")) {
                        flush(e);
                        definitions(e);
                    } else if (tag.equals("br") || tag.equals("hr")) {
                        flush(e);
                    } else if (BLOCKS.contains(tag) || e.tag().isBlock()) {
                        flush(e);
                        block(e);
                        flush(e);
                    } else {
                        pending(e).inline(e);
                    }
                } else if (child instanceof TextNode t) {
                    if (!t.isBlank()) {
                        pending(element).text(t.getWholeText());
                    }
                }
            }
        }

        private HtmlInlines pending(Element at) {
            if (pending == null) {
                pending = new HtmlInlines(revisions, line(at));
            }
            return pending;
        }

        private void flush(Element at) {
            if (pending != null) {
                List<Inline> content = pending.build();
                if (!Words.all(content).isEmpty()) {
                    paras.add(Para.paragraph(content, 0, pending.line()));
                }
                pending = null;
            }
        }

        private void list(Element list, int depth) {
            boolean ordered = list.normalName().equals("ol");
            int number = ordered && list.hasAttr("start") ? parseInt(list.attr("start"), 1) : 1;
            String type = list.attr("type");
            for (Element li : list.children()) {
                if (!li.normalName().equals("li")) {
                    continue;
                }
                if (li.hasAttr("value")) {
                    number = parseInt(li.attr("value"), number);
                }
                String label = ordered ? Numbering.label(number, type) : "•";
                HtmlInlines text = new HtmlInlines(revisions, line(li));
                List<Element> nested = new ArrayList<>();
                for (Node child : li.childNodes()) {
                    if (child instanceof Element e && (e.normalName().equals("ol") || e.normalName().equals("ul"))) {
                        nested.add(e);
                    } else if (child instanceof Element e && (e.normalName().equals("p") || e.normalName().equals("div"))) {
                        text.inline(e);
                        text.text(" ");
                    } else if (child instanceof Element e) {
                        text.inline(e);
                    } else if (child instanceof TextNode t) {
                        text.text(t.getWholeText());
                    }
                }
                paras.add(Para.item(text.build(), label, depth, 0, line(li)));
                for (Element e : nested) {
                    list(e, depth + 1);
                }
                number++;
            }
        }

        private void table(Element table) {
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        cells.add(cell.text().strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            if (!rows.isEmpty()) {
                paras.add(Para.table(rows, 0, line(table)));
            }
        }

        /**
         * A definition list: "Class Code" → "4410" pairs become one "Label: value" line each; a term
         * over a body of text (paragraphs, a list, many words — a hiring system's "Summary",
         * "Duties &amp; Responsibilities") is a heading over its blocks.
         */
        private void definitions(Element dl) {
            String term = null;
            for (Element e : dl.select("> dt, > dd, > div > dt, > div > dd")) { // GOV.UK wraps each pair in a div
                if (e.normalName().equals("dt")) {
                    if (term != null) {
                        paras.add(Para.paragraph(List.of(new Inline.Text(term)), 0, line(e)));
                    }
                    term = e.text().strip();
                } else if (e.normalName().equals("dd") && term != null && isBody(e)) {
                    paras.add(Para.heading(List.of(new Inline.Text(term)), 2, 0, line(e)));
                    term = null;
                    block(e);
                    flush(e);
                } else if (e.normalName().equals("dd")) {
                    HtmlInlines value = new HtmlInlines(revisions, line(e));
                    if (term != null) {
                        value.text(term.endsWith(":") ? term + " " : term + ": ");
                    }
                    value.inline(e);
                    paras.add(Para.paragraph(value.build(), 0, line(e)));
                    term = null;
                }
            }
            if (term != null) {
                paras.add(Para.paragraph(List.of(new Inline.Text(term)), 0, line(dl)));
            }
        }

        private static boolean isBody(Element dd) {
            return !dd.select("p, ul, ol, div, br").isEmpty() || dd.text().split("\\s+").length > 20;
        }

        private int line(Node node) {
            int pos = node.sourceRange().startPos();
            return pos < 0 ? 0 : Location.lineOf(html, pos);
        }
    }

    static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
