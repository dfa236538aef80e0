package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups body lines (all pages, reading order) into paragraphs, list items and tables.
 *
 * <p>Within a frame a line joins the block above it unless it starts with a list marker, follows
 * a larger vertical gap than normal line spacing, changes font size, follows a bold or large line
 * that is not full (a heading ends there unless it wrapped), is a bold or large line that is not
 * full after plain text, or is indented differently (a paragraph may have an indented first line;
 * an item's wrapped lines align with its text), or is a short line in capitals after other text or
 * before it (a heading at the body's size). A paragraph also ends at a short line that ends a
 * sentence, and at a line the next line's first word would have fitted on (unless it ends with a
 * broken word): wrapping never leaves that room, so the line was ended on purpose.
 *
 * <p>Across a page or column break a line continues the last block when that block does not end a
 * sentence, the line is aligned like it, and the line starts in lower case or the block ended with
 * a hyphen or comma or its last line is full. Holds the layout measures it judges by.
 */
final class PdfParagraphs {

    private final PdfLayout layout;

    PdfParagraphs(PdfLayout layout) {
        this.layout = layout;
    }

    /** The blocks, with heading flags, heading levels and item depths ({@link PdfBlock#level}) set. */
    List<PdfBlock> group(List<PdfLine> lines, Map<PdfLine, PdfTables.Table> tables) {
        List<PdfBlock> blocks = new ArrayList<>();
        PdfBlock current = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            PdfTables.Table table = tables.get(line);
            if (table != null) {
                blocks.add(PdfBlock.table(table));
                current = null;
                i += table.rows() - 1;
                continue;
            }
            String label = PdfListMarker.label(line);
            if (label != null && current != null && label.startsWith("(") && line.frame == current.last().frame
                    && full(current.last()) && !endsSentence(current.last().text())) {
                label = null; // "(ii) if the applicable data …" carrying on a sentence that wrapped: a reference, not a list item
            }
            if (current != null && label == null
                    && (line.frame == current.last().frame ? continues(current, line) : continuesAfterBreak(current, line))) {
                current.lines.add(line);
                continue;
            }
            current = label == null ? PdfBlock.paragraph(line) : PdfBlock.item(line, label);
            blocks.add(current);
        }
        markHeadings(blocks);
        markDepths(blocks);
        return blocks;
    }

    /** Sets each item's depth: the rank of its label's indentation among all items' (0 = leftmost). */
    private static void markDepths(List<PdfBlock> blocks) {
        TreeSet<Integer> indents = new TreeSet<>();
        for (PdfBlock block : blocks) {
            if (block.kind == PdfBlock.Kind.ITEM && !block.heading) {
                indents.add(indent(block));
            }
        }
        for (PdfBlock block : blocks) {
            if (block.kind == PdfBlock.Kind.ITEM && !block.heading) {
                block.level = indents.headSet(indent(block)).size();
            }
        }
    }

    /** The label's indentation from the frame edge, in steps of four points so that near values agree. */
    private static int indent(PdfBlock item) {
        return Math.round((item.labelX - item.first().frame.left) / 4f);
    }

    /** The next line, in the same frame, continues the block (see the class comment). */
    private boolean continues(PdfBlock block, PdfLine next) {
        PdfLine last = block.last();
        float gap = next.y - last.y;
        float normal = layout.leading * Math.max(last.size, next.size) / layout.bodySize;
        if (gap < 0.5f * last.size || gap > 1.3f * normal || Math.abs(next.size - last.size) > 1f) {
            return false;
        }
        boolean lastStyled = styled(last);
        if ((lastStyled && !full(last)) || (!lastStyled && styled(next) && !full(next))) {
            return false;
        }
        if (capitalHeading(last.text()) != capitalHeading(next.text())) {
            return false; // a heading in capitals at the body's size stands alone, however narrow the column
        }
        float tolerance = tolerance(next);
        if (block.kind == PdfBlock.Kind.ITEM) {
            return Math.abs(next.x0() - block.textX) <= tolerance
                    || (Math.abs(next.x0() - block.labelX) <= tolerance && !endsSentence(last.text())
                        && Character.isLowerCase(next.text().charAt(0)));
        }
        if ((endsSentence(last.text()) && shortLine(last)) || (nextWordFits(last, next) && !PdfHyphenation.brokenWord(last.text()))) {
            return false;
        }
        float indent = last.x0() - next.x0();
        return Math.abs(indent) <= tolerance
                || (block.lines.size() == 1 && indent > tolerance && indent <= 4 * next.size);
    }

    /** The first line of a new page or column continues the block left unfinished before the break. */
    private boolean continuesAfterBreak(PdfBlock block, PdfLine next) {
        PdfLine last = block.last();
        String text = last.text();
        if (block.kind == PdfBlock.Kind.TABLE || headingLike(block) || endsSentence(text)
                || Math.abs(next.size - last.size) > 1f || (!styled(last) && styled(next) && !full(next))) {
            return false;
        }
        float here = next.x0() - next.frame.left;
        float there = (block.kind == PdfBlock.Kind.ITEM ? block.textX : last.x0()) - last.frame.left;
        boolean aligned = Math.abs(here - there) <= tolerance(next)
                || (block.kind == PdfBlock.Kind.PARAGRAPH && block.lines.size() == 1 && here < there && there - here <= 4 * next.size);
        if (!aligned) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        return Character.isLowerCase(next.text().charAt(0)) || end == '-' || end == ',' || full(last);
    }

    private void markHeadings(List<PdfBlock> blocks) {
        TreeSet<Float> sizes = new TreeSet<>();
        for (PdfBlock block : blocks) {
            if (headingLike(block)) {
                block.heading = true;
                sizes.add(headingSize(block));
            }
        }
        for (PdfBlock block : blocks) {
            if (block.heading) {
                block.level = sizes.descendingSet().headSet(headingSize(block), true).size();
            }
        }
    }

    /**
     * Eight words or fewer, every line styled like a heading. A block starting with a list marker
     * counts only when set larger than the body ("1. Introduction" as a section title); a bold item
     * at the body size stays an item. A table never does.
     */
    private boolean headingLike(PdfBlock block) {
        if (block.kind == PdfBlock.Kind.TABLE || block.wordCount() > 8) {
            return false;
        }
        return block.kind == PdfBlock.Kind.ITEM
                ? block.lines.stream().allMatch(l -> layout.larger(l.size))
                : block.lines.stream().allMatch(this::styled);
    }

    /** Set all in bold or clearly larger than the body text. */
    private boolean styled(PdfLine line) {
        return line.allBold() || layout.larger(line.size);
    }

    private static float headingSize(PdfBlock block) {
        return Math.round(block.lines.stream().map(l -> l.size).max(Float::compare).orElse(0f) * 2) / 2f;
    }

    /** The line reaches the frame's right edge closely enough that its next word must have wrapped. */
    private static boolean full(PdfLine line) {
        return line.x1() >= line.frame.right - Math.max(0.15f * line.frame.width(), 3 * line.size);
    }

    /** The next line's first word would have fitted at the end of this line, so this line was ended on purpose. */
    private static boolean nextWordFits(PdfLine line, PdfLine next) {
        PdfWord word = next.words.get(0);
        return line.x1() + 0.25f * line.size + (word.x1() - word.x0()) < line.frame.right - 1f;
    }

    /** The line stops well short of the frame's right edge. */
    private static boolean shortLine(PdfLine line) {
        return line.x1() < line.frame.right - Math.max(0.25f * line.frame.width(), 8 * line.size);
    }

    private static float tolerance(PdfLine line) {
        return Math.max(2f, 0.3f * line.size);
    }

    /** A short line in capitals without end punctuation ("DISTINGUISHING CHARACTERISTICS"): a heading by its shape. */
    static boolean capitalHeading(String text) {
        if (text.split("\\s+").length > 8 || endsSentence(text) || text.endsWith(",")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 4;
    }

    /** Ends with . : ; ? or ! (before any closing quote or bracket). */
    static boolean endsSentence(String text) {
        String t = text.strip().replaceAll("[\"'\u201D\u2019)\\]]+$", "");
        return !t.isEmpty() && ".:;?!".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
