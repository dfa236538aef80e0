package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Inline;

/**
 * Turns a block's lines into inline content: words joined by single spaces, lines joined by a
 * space or, after a word broken with a hyphen, by nothing ({@link PdfHyphenation} decides whether
 * the hyphen stays). Bold and italic glyphs become {@link Inline.Strong} and {@link Inline.Emphasis}
 * when only part of the text is so styled; a space is styled only when the words on both sides
 * are. Holds the text being built, one style per character.
 */
final class PdfInlines {

    private static final int BOLD = 1;
    private static final int ITALIC = 2;
    private static final int SPACE = -1;

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> styles = new ArrayList<>();

    private PdfInlines() { }

    /**
     * The block's text with emphasis; for a heading ({@code styled} false) plain text only. An
     * item's text starts after its label, a numbered heading's includes its number.
     */
    static List<Inline> content(PdfBlock block, boolean styled) {
        PdfInlines inlines = new PdfInlines();
        for (int i = 0; i < block.lines.size(); i++) {
            List<PdfWord> words = block.lines.get(i).words;
            if (i == 0 && block.kind == PdfBlock.Kind.ITEM && !block.heading) {
                words = words.subList(1, words.size());
            }
            inlines.addLine(words);
        }
        return inlines.runs(styled);
    }

    /** The block's text without emphasis. */
    static String plain(PdfBlock block) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content(block, false)) {
            out.append(((Inline.Text) inline).text());
        }
        return out.toString();
    }

    private void addLine(List<PdfWord> words) {
        for (int j = 0; j < words.size(); j++) {
            String word = words.get(j).text();
            if (text.length() > 0) {
                if (j == 0 && PdfHyphenation.brokenWord(text)) {
                    int start = text.lastIndexOf(" ") + 1;
                    if (!PdfHyphenation.keepHyphen(text.substring(start), word)) {
                        text.setLength(text.length() - 1);
                        styles.remove(styles.size() - 1);
                    }
                } else {
                    text.append(' ');
                    styles.add(SPACE);
                }
            }
            for (PdfGlyph glyph : words.get(j).glyphs()) {
                int style = (glyph.bold() ? BOLD : 0) | (glyph.italic() ? ITALIC : 0);
                for (int k = 0; k < glyph.text().length(); k++) {
                    text.append(glyph.text().charAt(k));
                    styles.add(style);
                }
            }
        }
    }

    private List<Inline> runs(boolean styled) {
        int all = BOLD | ITALIC;
        int any = 0;
        for (int style : styles) {
            if (style != SPACE) {
                all &= style;
                any |= style;
            }
        }
        int shown = styled ? any & ~all : 0;
        int[] effective = new int[styles.size()];
        for (int i = 0; i < effective.length; i++) {
            int style = styles.get(i);
            effective[i] = style == SPACE ? styles.get(i - 1) & styles.get(i + 1) & shown : style & shown;
        }
        List<Inline> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= effective.length; i++) {
            if (i == effective.length || effective[i] != effective[start]) {
                runs.add(wrap(text.substring(start, i), effective[start]));
                start = i;
            }
        }
        return runs;
    }

    private static Inline wrap(String run, int style) {
        Inline inline = new Inline.Text(run);
        if ((style & ITALIC) != 0) {
            inline = new Inline.Emphasis(List.of(inline));
        }
        if ((style & BOLD) != 0) {
            inline = new Inline.Strong(List.of(inline));
        }
        return inline;
    }
}
