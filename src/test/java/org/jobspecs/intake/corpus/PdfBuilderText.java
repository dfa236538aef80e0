package org.jobspecs.intake.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The text side of {@link PdfBuilder}: turns a paragraph's light markup into styled words and
 * wraps them into lines of a given width. Markup: {@code **bold**}, {@code _italic_}, and
 * {@link PdfBuilder#SOFT_HYPHEN} inside a word to break the line there with a hyphen. Stateless.
 */
final class PdfBuilderText {

    /** Part of a word set in one font. */
    record Piece(String text, PDFont font) { }

    /** A word (one or more pieces with no space between), and whether the line must break after it. */
    record Word(List<Piece> pieces, boolean breakAfter) {

        float width(float size) {
            float width = 0;
            for (Piece piece : pieces) {
                width += PdfBuilderText.width(piece.text(), piece.font(), size);
            }
            return width;
        }

        PDFont lastFont() {
            return pieces.get(pieces.size() - 1).font();
        }
    }

    /** The four faces of a family. */
    record Family(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {

        PDFont pick(boolean isBold, boolean isItalic) {
            return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        }
    }

    private PdfBuilderText() { }

    /** The words of a marked-up text. */
    static List<Word> parse(String markup, Family family) {
        List<Word> words = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            boolean toggleBold = markup.startsWith("**", i);
            if (toggleBold || c == '_' || Character.isWhitespace(c) || c == PdfBuilder.SOFT_HYPHEN.charAt(0)) {
                if (piece.length() > 0) {
                    pieces.add(new Piece(piece.toString(), family.pick(bold, italic)));
                    piece.setLength(0);
                }
            }
            if (toggleBold) {
                bold = !bold;
                i++;
            } else if (c == '_') {
                italic = !italic;
            } else if (Character.isWhitespace(c) || c == PdfBuilder.SOFT_HYPHEN.charAt(0)) {
                boolean hyphenBreak = !Character.isWhitespace(c);
                if (hyphenBreak && !pieces.isEmpty() && !pieces.get(pieces.size() - 1).text().endsWith("-")) {
                    pieces.add(new Piece("-", pieces.get(pieces.size() - 1).font()));
                }
                if (!pieces.isEmpty()) {
                    words.add(new Word(pieces, hyphenBreak));
                    pieces = new ArrayList<>();
                }
            } else {
                piece.append(c);
            }
        }
        if (piece.length() > 0) {
            pieces.add(new Piece(piece.toString(), family.pick(bold, italic)));
        }
        if (!pieces.isEmpty()) {
            words.add(new Word(pieces, false));
        }
        return words;
    }

    /**
     * The words in lines no wider than {@code width}, breaking also after each word that asks for
     * it; a word wider than a line (a long address) is broken between its letters, as word processors do.
     */
    static List<List<Word>> wrap(List<Word> words, float width, float size) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        for (Word word : fitted(words, width, size)) {
            float space = line.isEmpty() ? 0 : width(" ", line.get(line.size() - 1).lastFont(), size);
            if (!line.isEmpty() && used + space + word.width(size) > width) {
                lines.add(line);
                line = new ArrayList<>();
                space = 0;
                used = 0;
            }
            line.add(word);
            used += space + word.width(size);
            if (word.breakAfter()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The words, each one-font word wider than the line cut into pieces that fit, each piece a word of its own line. */
    private static List<Word> fitted(List<Word> words, float width, float size) {
        List<Word> out = new ArrayList<>();
        for (Word word : words) {
            if (word.width(size) <= width || word.pieces().size() != 1) {
                out.add(word);
                continue;
            }
            Piece piece = word.pieces().get(0);
            String text = piece.text();
            int start = 0;
            while (start < text.length()) {
                int end = start + 1;
                while (end < text.length() && width(text.substring(start, end + 1), piece.font(), size) <= width) {
                    end++;
                }
                boolean last = end >= text.length();
                out.add(new Word(List.of(new Piece(text.substring(start, end), piece.font())), !last || word.breakAfter()));
                start = end;
            }
        }
        return out;
    }

    /** The text as a reader should give it back: markup and soft hyphens taken out. */
    static String plain(String markup) {
        return markup.replace("**", "").replace("_", "").replace(PdfBuilder.SOFT_HYPHEN, "");
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
