package org.jobspecs.intake.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jobspecs.intake.Revision;
import org.jobspecs.intake.docx.DocxSegment.Change;
import org.jobspecs.spec.Inline;

/**
 * Turns a paragraph's segments into inlines and revisions. Consecutive segments of one change
 * (same kind, author and date, even across several {@code w:ins} elements) become one
 * {@link Inline.Inserted} or {@link Inline.Deleted} and one {@link Revision}; inside, consecutive
 * bold segments become one {@link Inline.Strong} and italic ones one {@link Inline.Emphasis}
 * (Strong outside Emphasis), so that formatting split over several runs stays one phrase.
 * Whitespace between two phrases of the same formatting takes that formatting.
 */
final class DocxInlineTree {

    private DocxInlineTree() { }

    /**
     * @param segments       one paragraph's segments
     * @param plainIfOverall drop bold or italic that covers all the text (a heading's look)
     */
    static List<Inline> inlines(List<DocxSegment> segments, boolean plainIfOverall) {
        List<DocxSegment> segs = bridgeWhitespace(trimEnds(segments), plainIfOverall);
        List<Inline> out = new ArrayList<>();
        for (List<DocxSegment> group : runsOf(segs, DocxSegment::change)) {
            Change change = group.get(0).change();
            List<Inline> content = bold(group);
            if (change == null) {
                out.addAll(content);
            } else if (change.deleted()) {
                out.add(new Inline.Deleted(content));
            } else {
                out.add(new Inline.Inserted(content));
            }
        }
        return out;
    }

    /** One revision per run of the same change; changes of whitespace only are left out. */
    static List<Revision> revisions(List<DocxSegment> segments) {
        List<Revision> out = new ArrayList<>();
        for (List<DocxSegment> group : runsOf(segments, DocxSegment::change)) {
            Change change = group.get(0).change();
            if (change == null) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            group.forEach(s -> words.append(s.lineBreak() ? " " : s.text()));
            String text = words.toString().replaceAll("\\s+", " ").trim();
            if (!text.isEmpty()) {
                out.add(new Revision(change.kind(), change.author(), change.date(), text));
            }
        }
        return out;
    }

    private static List<Inline> bold(List<DocxSegment> segs) {
        List<Inline> out = new ArrayList<>();
        for (List<DocxSegment> group : runsOf(segs, DocxSegment::bold)) {
            List<Inline> inner = italic(group);
            if (group.get(0).bold()) {
                out.add(new Inline.Strong(inner));
            } else {
                out.addAll(inner);
            }
        }
        return out;
    }

    private static List<Inline> italic(List<DocxSegment> segs) {
        List<Inline> out = new ArrayList<>();
        for (List<DocxSegment> group : runsOf(segs, DocxSegment::italic)) {
            List<Inline> inner = leaves(group);
            if (group.get(0).italic()) {
                out.add(new Inline.Emphasis(inner));
            } else {
                out.addAll(inner);
            }
        }
        return out;
    }

    /** Text and line breaks, adjacent texts joined. */
    private static List<Inline> leaves(List<DocxSegment> segs) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (DocxSegment s : segs) {
            if (s.lineBreak()) {
                if (text.length() > 0) {
                    out.add(new Inline.Text(text.toString()));
                    text.setLength(0);
                }
                out.add(new Inline.LineBreak());
            } else {
                text.append(s.text());
            }
        }
        if (text.length() > 0) {
            out.add(new Inline.Text(text.toString()));
        }
        return out;
    }

    /** Without whitespace and line breaks at the start and end of the paragraph. */
    private static List<DocxSegment> trimEnds(List<DocxSegment> segments) {
        List<DocxSegment> out = new ArrayList<>(segments);
        while (!out.isEmpty() && (out.get(0).lineBreak() || out.get(0).blank())) {
            out.remove(0);
        }
        while (!out.isEmpty() && (out.get(out.size() - 1).lineBreak() || out.get(out.size() - 1).blank())) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            out.set(0, out.get(0).withText(out.get(0).text().stripLeading()));
            int last = out.size() - 1;
            out.set(last, out.get(last).withText(out.get(last).text().stripTrailing()));
        }
        return out;
    }

    /**
     * Whitespace-only segments take bold or italic only when the text on both sides has it; with
     * {@code plainIfOverall}, formatting on all the visible text is dropped.
     */
    private static List<DocxSegment> bridgeWhitespace(List<DocxSegment> segments, boolean plainIfOverall) {
        Predicate<DocxSegment> visible = s -> !s.lineBreak() && !s.blank();
        boolean allBold = plainIfOverall && segments.stream().filter(visible).allMatch(DocxSegment::bold);
        boolean allItalic = plainIfOverall && segments.stream().filter(visible).allMatch(DocxSegment::italic);
        List<DocxSegment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            DocxSegment s = segments.get(i);
            boolean bold = s.bold() && !allBold;
            boolean italic = s.italic() && !allItalic;
            if (!visible.test(s)) {
                DocxSegment before = neighbour(segments, i, -1, visible);
                DocxSegment after = neighbour(segments, i, 1, visible);
                bold = !allBold && before != null && after != null && before.bold() && after.bold();
                italic = !allItalic && before != null && after != null && before.italic() && after.italic();
            }
            out.add(s.withFormat(bold, italic));
        }
        return out;
    }

    private static DocxSegment neighbour(List<DocxSegment> segs, int from, int step, Predicate<DocxSegment> visible) {
        for (int i = from + step; i >= 0 && i < segs.size(); i += step) {
            if (visible.test(segs.get(i))) {
                return segs.get(i);
            }
        }
        return null;
    }

    /** Splits into maximal runs of consecutive segments with an equal key. */
    private static <K> List<List<DocxSegment>> runsOf(List<DocxSegment> segs, Function<DocxSegment, K> key) {
        List<List<DocxSegment>> out = new ArrayList<>();
        for (DocxSegment s : segs) {
            if (out.isEmpty() || !Objects.equals(key.apply(out.get(out.size() - 1).get(0)), key.apply(s))) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(s);
        }
        return out;
    }
}
