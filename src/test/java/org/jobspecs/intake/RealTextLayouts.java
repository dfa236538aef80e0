package org.jobspecs.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.intake.corpus.LayoutSpec;
import org.jobspecs.intake.corpus.LayoutSpec.LayoutBlock;
import org.jobspecs.intake.corpus.LayoutSpec.LayoutSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The real corpus's text documents (format "txt" or "html" in expected.json) as {@link LayoutSpec}s,
 * for the generated layouts: the lines of the text (jsoup's text of block elements for HTML) cut
 * at the expected section headings, compared by words; an unheaded lead section starts at its
 * expected first words. Lines with a list label become items. A document whose headings are not
 * all found in order, that is not in the folder or that holds other than one spec, is skipped and named.
 */
final class RealTextLayouts {

    /** A document laid out: its spec, and the file as published. */
    record Laid(LayoutSpec spec, String format, Path file) { }

    /** The documents laid out, and one line per document skipped. */
    record Loaded(List<Laid> documents, List<String> skipped) {

        List<LayoutSpec> specs() {
            return documents.stream().map(Laid::spec).toList();
        }

        String summary() {
            return documents.size() + " txt/html documents of expected.json split into sections, " + skipped.size() + " skipped"
                    + (skipped.isEmpty() ? "" : ": " + String.join("; ", skipped));
        }
    }

    private static final Pattern LABEL = Pattern.compile("^(?:\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)]|[•·▪\\-–*])\\s+(.+)$");
    /** PdfBuilder writes WinAnsi text and reads "**" and "_" as markup. */
    private static final CharsetEncoder WIN_ANSI = Charset.forName("windows-1252").newEncoder();

    private RealTextLayouts() {
    }

    static Loaded load(Path corpus) {
        List<Laid> documents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (CorpusExpectations.Document doc : CorpusExpectations.load()) {
            if (!doc.format().equals("txt") && !doc.format().equals("html")) {
                continue;
            }
            if (doc.refused() != null || doc.specs().size() != 1) {
                skipped.add(doc.file() + " (" + (doc.refused() != null ? "refused" : doc.specs().size() + " specs") + ")");
                continue;
            }
            if (!Files.isRegularFile(corpus.resolve(doc.file()))) {
                skipped.add(doc.file() + " (not in the corpus folder)");
                continue;
            }
            Path file = corpus.resolve(doc.file());
            Optional<LayoutSpec> spec = split(doc.specs().get(0), lines(doc.format(), read(file)));
            spec.ifPresentOrElse(s -> documents.add(new Laid(s, doc.format(), file)),
                    () -> skipped.add(doc.file() + " (expected headings not all found in order)"));
        }
        return new Loaded(documents, skipped);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines: of the file for text, of the block elements of the body for HTML (an {@code li} led by "•"). */
    static List<String> lines(String format, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (format.equals("html")) {
            StringBuilder sb = new StringBuilder();
            Jsoup.parse(text).body().traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        sb.append(t.text());
                    } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                        sb.append(e.nameIs("li") ? "\n• " : "\n");
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e && e.isBlock()) {
                        sb.append('\n');
                    }
                }
            });
            text = sb.toString();
        }
        return text.lines().map(RealTextLayouts::printable).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String printable(String line) {
        StringBuilder sb = new StringBuilder();
        line.replace("**", "*").replace('_', ' ').replace("\u00ad", "").codePoints()
                .forEach(c -> sb.append(Character.isBmpCodePoint(c) && WIN_ANSI.canEncode((char) c) ? Character.toString(c) : " "));
        return sb.toString();
    }

    static Optional<LayoutSpec> split(CorpusExpectations.Spec want, List<String> lines) {
        int n = want.sections().size();
        int[] heading = new int[n + 1];
        int[] body = new int[n];
        heading[n] = lines.size();
        int from = 0;
        for (int k = 0; k < n; k++) {
            CorpusExpectations.Section e = want.sections().get(k);
            int at = e.heading() != null ? headingAt(lines, from, Words.of(e.heading()))
                    : e.starts() != null ? startsAt(lines, from, Words.of(e.starts())) : -1;
            if (at < 0) {
                return Optional.empty();
            }
            heading[k] = at;
            body[k] = e.heading() == null ? at : at + 1;
            from = body[k];
        }
        List<String> head = new ArrayList<>();
        for (String line : lines.subList(0, heading[0])) {
            List<String> words = Words.of(line);
            if (!words.equals(Words.of(want.title())) && (want.code() == null || !words.containsAll(Words.of(want.code())))) {
                head.add(line);
            }
        }
        List<LayoutSection> sections = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<LayoutBlock> blocks = lines.subList(body[k], heading[k + 1]).stream().map(RealTextLayouts::block).toList();
            sections.add(new LayoutSection(want.sections().get(k).heading() == null ? null : lines.get(heading[k]), want.sections().get(k).section(), blocks));
        }
        return Optional.of(new LayoutSpec(want.title(), want.code(), head, sections));
    }

    private static LayoutBlock block(String line) {
        Matcher m = LABEL.matcher(line);
        return m.matches() ? LayoutBlock.item(m.group(1)) : LayoutBlock.paragraph(line);
    }

    private static int headingAt(List<String> lines, int from, List<String> heading) {
        for (int i = from; i < lines.size(); i++) {
            if (Words.of(lines.get(i)).equals(heading)) {
                return i;
            }
        }
        return -1;
    }

    /** The line from which the words of the text begin with {@code starts}. */
    private static int startsAt(List<String> lines, int from, List<String> starts) {
        for (int i = from; i < lines.size(); i++) {
            List<String> words = new ArrayList<>();
            for (int j = i; j < lines.size() && words.size() < starts.size(); j++) {
                words.addAll(Words.of(lines.get(j)));
            }
            if (!starts.isEmpty() && words.size() >= starts.size() && words.subList(0, starts.size()).equals(starts)) {
                return i;
            }
        }
        return -1;
    }
}
