package org.jobspecs.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * Counts the words of a document without the import's readers: PDFBox's own text stripper for a
 * PDF, the text elements of a Word file's XML parts (headers and footers included), jsoup's text
 * of an HTML body, the file itself for text and Markdown. The corpus test compares this count with the words the import
 * wrote, reported as fields and reported as furniture, so that the import's own accounting is not
 * the only judge of "nothing lost".
 */
final class IndependentWords {

    /** A hyphen at a line end inside a word ("respon-\nsible"): the import joins such words, so this count does too. */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{Ll})-\\s*\\R\\s*(\\p{Ll})");
    private static final Pattern PARTS = Pattern.compile("word/(?:document|header\\d*|footer\\d*|footnotes|endnotes|comments)\\.xml");
    private static final Pattern WORD_XML = Pattern.compile(
            "<w:t(?:\\s[^>]*)?>([^<]*)</w:t>|<w:delText(?:\\s[^>]*)?>([^<]*)</w:delText>|</w:p>|</w:tc>|<w:tab/>|<w:br/>|<w:cr/>");
    private static final Pattern TAG = Pattern.compile("<[^>]{1,400}>");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>])");

    private IndependentWords() {
    }

    /** The document's text as the independent extractor sees it. */
    static String text(String format, byte[] bytes) throws IOException {
        return switch (format) {
            case "pdf" -> pdf(bytes);
            case "docx" -> docx(bytes);
            case "html" -> Jsoup.parse(browserDecoded(bytes)).body().text();
            case "md" -> TAG.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll(" "); // Markdown shows the text of the HTML in it
            default -> new String(bytes, StandardCharsets.UTF_8);
        };
    }

    /** As a browser reads a page: UTF-8 when the bytes are UTF-8, else Windows-1252 (what browsers do for "ISO-8859-1"). */
    private static String browserDecoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return LINE_END_HYPHEN.matcher(new PDFTextStripper().getText(doc)).replaceAll("$1$2");
        }
    }

    /**
     * The text of a Word file read straight from its XML parts (body, headers, footers, notes,
     * comments): every {@code w:t}, and every deleted run as words of its own; paragraphs, cells,
     * tabs and breaks separate words.
     */
    private static String docx(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (PARTS.matcher(e.getName()).matches()) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = WORD_XML.matcher(xml);
                    while (m.find()) {
                        if (m.group(1) != null) {
                            text.append(org.jsoup.parser.Parser.unescapeEntities(m.group(1), false));
                        } else if (m.group(2) != null) {
                            text.append(' ').append(org.jsoup.parser.Parser.unescapeEntities(m.group(2), false)).append(' ');
                        } else {
                            text.append(' ');
                        }
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * The words of {@code document} found in none of {@code accounted} (each accounted word counts
     * once), dates compared in any of their usual spellings. Single letters are left out: list
     * labels "a." to "z." are written as numbers.
     */
    static List<String> missing(String document, List<String> accounted) {
        Map<String, Integer> left = new HashMap<>();
        for (String text : accounted) {
            String plain = MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
            // a date counts as written and as the ISO date a header holds: the document may have it either way
            List<String> all = new java.util.ArrayList<>(Words.of(plain));
            Matcher date = MetadataLines.DATE.matcher(plain);
            while (date.find()) {
                all.addAll(Words.of(WordAccount.isoDates(date.group())));
            }
            for (String w : all) {
                if (w.length() > 1 || Character.isDigit(w.charAt(0))) {
                    left.merge(w, 1, Integer::sum);
                }
            }
        }
        List<String> missing = new java.util.ArrayList<>();
        for (String w : words(document)) {
            Integer n = left.get(w);
            if (n == null || n == 0) {
                missing.add(w);
            } else {
                left.put(w, n - 1);
            }
        }
        return missing;
    }

    private static List<String> words(String text) {
        return Words.of(WordAccount.isoDates(text)).stream().filter(w -> w.length() > 1 || Character.isDigit(w.charAt(0))).toList();
    }

    /** Counts the words of a text, as {@link #missing} counts them. */
    static int count(String text) {
        return words(text).size();
    }
}
