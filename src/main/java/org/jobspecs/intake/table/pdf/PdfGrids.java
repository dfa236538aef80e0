package org.jobspecs.intake.table.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jobspecs.intake.pdf.PdfGlyph;
import org.jobspecs.intake.pdf.PdfGlyphCollector;
import org.jobspecs.intake.table.Grid;

/**
 * Reads an adopted salary schedule PDF (its text layer) into one grid, as a spreadsheet of it
 * would look: glyphs into lines by baseline, lines into words at spaces; the table's header line
 * (a class code or range column and at least two more, set apart by gaps) gives the columns, and
 * each line below it is cut into chunks at gaps of {@link #CELL_GAP} font sizes, each chunk placed
 * in the header column it overlaps most (or the nearest). A header set on two lines ("Class" over
 * "Code", "Step" over "A") is read as one; a heading over several columns ("Monthly Salary Steps"
 * over "A" … "E") becomes a two-row header, as a merged cell would. Lines above the header are title rows,
 * one cell each. The table may run over several pages, its header repeated (dropped, with the
 * page title lines above it) or not. Page numbers ("Page 1 of 2", "- 3 -") and running headers and
 * footers (a line other than a table row repeated at the top or the bottom of two pages or more,
 * digits ignored) are dropped. Each row is placed "page P line L", L counting the page's text
 * lines from the top. The one place the table import uses Apache PDFBox.
 */
public final class PdfGrids {

    /** A gap of this many font sizes between words separates two cells of a line. */
    static final float CELL_GAP = 0.8f;
    /** A gap wider than this fraction of the font size between two glyphs separates words. */
    static final float SPACE_GAP = 0.15f;
    /** The fraction of the page height, at the top and at the bottom, where running headers and footers sit. */
    static final float BAND = 0.12f;

    /** What a PDF without a text layer is, in the error. */
    public static final String SCANNED = "no text layer — this PDF is a scanned image";

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]");
    private static final Pattern KEY_HEADER = Pattern.compile("(?i).*\\b(code|class|classification|job|no\\.?|number|range|grade)\\b.*");
    private static final Pattern AMOUNT_HEADER = Pattern.compile(
            "(?i).*\\b(step|min|minimum|max|maximum|rate|hourly|biweekly|bi-weekly|monthly|annual|salary)\\b.*|[A-O]|\\d{1,2}");

    private PdfGrids() {
    }


    /** A run of words with no wide gap: its text and extent. */
    record Chunk(String text, float x0, float x1) {
    }

    /** One line of a page: its chunks left to right, baseline, size, and number on the page. */
    record Line(int page, int number, float y, float size, List<Chunk> words) {
        String text() {
            return String.join(" ", words.stream().map(Chunk::text).toList());
        }

        /** The words joined into chunks where a gap of {@link #CELL_GAP} font sizes separates them. */
        List<Chunk> chunks() {
            List<Chunk> chunks = new ArrayList<>();
            Chunk current = null;
            for (Chunk w : words) {
                if (current != null && w.x0() - current.x1() < CELL_GAP * size) {
                    current = new Chunk(current.text() + " " + w.text(), current.x0(), w.x1());
                } else {
                    if (current != null) {
                        chunks.add(current);
                    }
                    current = w;
                }
            }
            if (current != null) {
                chunks.add(current);
            }
            // an accounting format sets "$" at the cell's left edge, apart from its amount: it goes with the amount
            for (int i = chunks.size() - 2; i >= 0; i--) {
                if (CURRENCY.matcher(chunks.get(i).text()).matches()) {
                    Chunk amount = chunks.remove(i + 1);
                    chunks.set(i, new Chunk(chunks.get(i).text() + amount.text(), amount.x0(), amount.x1()));
                }
            }
            return chunks;
        }
    }

    /** @throws IOException when the bytes are not a readable PDF, or the PDF has no text layer */
    public static List<Grid> read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Map<Integer, List<PdfGlyph>> glyphsByPage = PdfGlyphCollector.collect(document);
            Map<Integer, List<Line>> pages = new TreeMap<>();
            Map<Integer, Float> heights = new HashMap<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PDPage page = document.getPage(p - 1);
                int rotation = ((page.getRotation() % 360) + 360) % 360;
                heights.put(p, rotation == 90 || rotation == 270 ? page.getCropBox().getWidth() : page.getCropBox().getHeight());
                List<PdfGlyph> glyphs = glyphsByPage.getOrDefault(p, List.of());
                if (glyphs.stream().anyMatch(g -> !g.text().isBlank())) {
                    pages.put(p, lines(p, glyphs));
                }
            }
            if (pages.isEmpty()) {
                throw new IOException(SCANNED);
            }
            return List.of(grid(pages, heights));
        } catch (InvalidPasswordException e) {
            throw new IOException("this PDF is encrypted with a password", e);
        } catch (RuntimeException e) {
            throw new IOException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** The document's lines as one grid: title rows, the header, the table's rows. */
    static Grid grid(Map<Integer, List<Line>> pages, Map<Integer, Float> heights) {
        List<Line> body = new ArrayList<>();
        dropFurniture(pages, heights).forEach((p, lines) -> body.addAll(lines));
        int h = -1;
        int top = -1; // the header's first line: a header set on two lines ("Class" over "Code") starts a line above
        List<Chunk> columns = List.of();
        String[] upperRow = null; // the upper line of a two-row header, its cells in the columns of the lower
        for (int i = 0; i < body.size() && h < 0; i++) {
            if (i + 1 < body.size() && stacked(body.get(i), body.get(i + 1)) && isHeader(merged(body.get(i), body.get(i + 1)))) {
                top = i;
                h = i + 1;
                columns = merged(body.get(i), body.get(i + 1));
            } else if (i + 1 < body.size() && spanned(body.get(i), body.get(i + 1))) {
                top = i;
                h = i + 1;
                List<Chunk> upper = body.get(i).chunks();
                List<List<Chunk>> under = under(upper, body.get(i + 1).chunks());
                columns = new ArrayList<>(body.get(i + 1).chunks());
                for (int u = 0; u < upper.size(); u++) {
                    if (under.get(u).isEmpty()) {
                        columns.add(upper.get(u));
                    }
                }
                columns.sort(Comparator.comparingDouble(Chunk::x0));
                upperRow = new String[columns.size()];
                for (int u = 0; u < upper.size(); u++) {
                    // a heading over several columns sits in the first, as a merged cell's text does
                    upperRow[columns.indexOf(under.get(u).isEmpty() ? upper.get(u) : under.get(u).get(0))] = upper.get(u).text();
                }
            } else if (isHeader(body.get(i).chunks())) {
                top = i;
                h = i;
                columns = body.get(i).chunks();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> places = new ArrayList<>();
        if (h < 0) {
            body.forEach(l -> {
                rows.add(List.of(l.text()));
                places.add(place(l));
            });
            return new Grid("", rows, places);
        }
        Line header = body.get(h);
        for (int i = 0; i < top; i++) {
            rows.add(List.of(body.get(i).text()));
            places.add(place(body.get(i)));
        }
        if (upperRow != null) {
            rows.add(java.util.Arrays.stream(upperRow).map(c -> c == null ? "" : c).toList());
            places.add(place(body.get(top)));
            List<Chunk> lower = header.chunks();
            rows.add(columns.stream().map(c -> lower.contains(c) ? c.text() : "").toList());
        } else {
            rows.add(columns.stream().map(Chunk::text).toList());
        }
        places.add(place(body.get(upperRow != null ? h : top)));
        String headerKey = key(header);
        Set<Integer> repeatedOn = new HashSet<>();
        for (int i = h + 1; i < body.size(); i++) {
            if (key(body.get(i)).equals(headerKey)) {
                repeatedOn.add(body.get(i).page());
            }
        }
        boolean above = false;
        int page = header.page();
        for (int i = body.size() - 1; i > h; i--) {
            Line line = body.get(i);
            if (line.page() != page) {
                page = line.page();
                above = false;
            }
            if (repeatedOn.contains(line.page()) && key(line).equals(headerKey)) {
                above = true; // the header repeated, and the page's title lines above it
            }
            if (above) {
                body.set(i, null);
            }
        }
        for (int i = h + 1; i < body.size(); i++) {
            Line line = body.get(i);
            if (line == null) {
                continue;
            }
            String[] cells = new String[columns.size()];
            for (Chunk chunk : line.chunks()) {
                int c = column(chunk, columns);
                cells[c] = cells[c] == null ? chunk.text() : cells[c] + " " + chunk.text();
            }
            List<String> row = new ArrayList<>();
            for (String cell : cells) {
                row.add(cell == null ? "" : cell);
            }
            rows.add(row);
            places.add(place(line));
        }
        return new Grid("", rows, places);
    }

    /** The header column a chunk falls in: the one it overlaps most, or else the nearest. */
    static int column(Chunk chunk, List<Chunk> columns) {
        int best = 0;
        float bestOverlap = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            Chunk col = columns.get(c);
            float overlap = Math.min(chunk.x1(), col.x1()) - Math.max(chunk.x0(), col.x0());
            float distance = Math.max(col.x0() - chunk.x1(), chunk.x0() - col.x1());
            if (overlap > bestOverlap || bestOverlap <= 0 && overlap <= 0 && distance < bestDistance) {
                best = c;
                bestOverlap = Math.max(bestOverlap, overlap);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A table's header: a code, class or range column and two or more amount columns. */
    static boolean isHeader(List<Chunk> chunks) {
        return chunks.size() >= 3 && chunks.stream().anyMatch(c -> KEY_HEADER.matcher(c.text()).matches())
                && chunks.stream().filter(c -> AMOUNT_HEADER.matcher(c.text()).matches()).count() >= 2;
    }

    /**
     * Whether two lines are one header set on two lines ("Class" over "Code", "Time" over "Base",
     * "Step" over "A"): next to each other on the page, two cells or more each, every cell of the
     * upper over a cell of the lower, no number (a code or an amount) in either.
     */
    static boolean stacked(Line upper, Line lower) {
        if (upper.page() != lower.page() || lower.y() - upper.y() > 1.6f * Math.max(upper.size(), lower.size())) {
            return false;
        }
        List<Chunk> up = upper.chunks();
        List<Chunk> down = lower.chunks();
        if (up.size() < 2 || down.size() < 2 || Stream.concat(up.stream(), down.stream()).anyMatch(c -> NUMBER.matcher(c.text()).find())) {
            return false;
        }
        return up.stream().allMatch(u -> down.stream().anyMatch(d -> Math.min(u.x1(), d.x1()) > Math.max(u.x0(), d.x0())));
    }

    /** The cells of a header set on two lines: each upper cell's words before the lower cell's under it. */
    static List<Chunk> merged(Line upper, Line lower) {
        List<Chunk> down = lower.chunks();
        String[] above = new String[down.size()];
        for (Chunk u : upper.chunks()) {
            int c = column(u, down);
            above[c] = above[c] == null ? u.text() : above[c] + " " + u.text();
        }
        List<Chunk> cells = new ArrayList<>();
        for (int c = 0; c < down.size(); c++) {
            Chunk d = down.get(c);
            cells.add(above[c] == null ? d : new Chunk(above[c] + " " + d.text(), d.x0(), d.x1()));
        }
        return cells;
    }

    /**
     * Whether two lines are a two-row header: the upper names the code column and spans a heading
     * ("Monthly Salary Steps") over the lower's step or amount headings ("A" … "E"); no number in either.
     */
    static boolean spanned(Line upper, Line lower) {
        if (upper.page() != lower.page() || lower.y() - upper.y() > 1.6f * Math.max(upper.size(), lower.size())) {
            return false;
        }
        List<Chunk> up = upper.chunks();
        List<Chunk> down = lower.chunks();
        return down.size() >= 2 && down.stream().allMatch(d -> AMOUNT_HEADER.matcher(d.text()).matches())
                && up.stream().anyMatch(u -> KEY_HEADER.matcher(u.text()).matches())
                && under(up, down).stream().anyMatch(l -> l.size() >= 2)
                && Stream.concat(up.stream(), down.stream()).noneMatch(c -> NUMBER.matcher(c.text()).find());
    }

    /**
     * For each upper cell over at least one lower cell, the lower cells between its neighbours (their
     * centres past the cell before it, short of the cell after): the columns a heading spans.
     */
    private static List<List<Chunk>> under(List<Chunk> up, List<Chunk> down) {
        List<List<Chunk>> under = new ArrayList<>();
        for (int u = 0; u < up.size(); u++) {
            Chunk cell = up.get(u);
            float from = u == 0 ? -Float.MAX_VALUE : up.get(u - 1).x1();
            float to = u + 1 == up.size() ? Float.MAX_VALUE : up.get(u + 1).x0();
            boolean over = down.stream().anyMatch(d -> Math.min(cell.x1(), d.x1()) > Math.max(cell.x0(), d.x0()));
            under.add(!over ? List.of() : down.stream().filter(d -> (d.x0() + d.x1()) / 2 > from && (d.x0() + d.x1()) / 2 < to).toList());
        }
        return under;
    }

    private static final Pattern CURRENCY = Pattern.compile("[$€£]");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]{2,}");

    private static String place(Line line) {
        return "page " + line.page() + " line " + line.number();
    }

    private static String key(Line line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Page numbers in the top or bottom band; a line repeated in the same band of two pages or more. */
    private static Map<Integer, List<Line>> dropFurniture(Map<Integer, List<Line>> pages, Map<Integer, Float> heights) {
        Map<String, Integer> counts = new HashMap<>();
        pages.forEach((p, lines) -> {
            Set<String> seen = new HashSet<>();
            for (Line line : lines) {
                String band = band(line, heights.get(p));
                if (band != null && seen.add(band + furnitureKey(line))) {
                    counts.merge(band + furnitureKey(line), 1, Integer::sum);
                }
            }
        });
        Map<Integer, List<Line>> kept = new TreeMap<>();
        pages.forEach((p, lines) -> {
            List<Line> body = new ArrayList<>();
            for (Line line : lines) {
                String band = band(line, heights.get(p));
                if (band != null) {
                    String k = band + furnitureKey(line);
                    boolean repeated = counts.getOrDefault(k, 0) >= 2 && line.chunks().size() < 3; // not a table row
                    if (PAGE_NUMBER.matcher(line.text()).matches() || repeated) {
                        continue;
                    }
                }
                body.add(line);
            }
            kept.put(p, body);
        });
        return kept;
    }

    private static String band(Line line, Float height) {
        if (height == null || height <= 0) {
            return null;
        }
        return line.y() <= BAND * height ? "top" : line.y() >= (1 - BAND) * height ? "bottom" : null;
    }

    private static String furnitureKey(Line line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /** A page's lines, top to bottom: glyphs whose baselines agree within half a font size, split into words. */
    private static List<Line> lines(int page, List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> rows = new ArrayList<>();
        List<PdfGlyph> row = new ArrayList<>();
        float refY = 0;
        float refSize = 0;
        for (PdfGlyph g : sorted) {
            if (!row.isEmpty() && Math.abs(g.y() - refY) > 0.5f * Math.max(1f, Math.min(refSize, g.size()))) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                refY = g.y();
                refSize = g.size();
            }
            row.add(g);
        }
        rows.add(row);
        List<Line> lines = new ArrayList<>();
        for (List<PdfGlyph> r : rows) {
            List<Chunk> words = words(r);
            if (!words.isEmpty()) {
                float size = (float) r.stream().filter(g -> !g.text().isBlank()).mapToDouble(PdfGlyph::size).max().orElse(10);
                lines.add(new Line(page, lines.size() + 1, r.get(0).y(), size, words));
            }
        }
        return lines;
    }

    private static List<Chunk> words(List<PdfGlyph> row) {
        List<PdfGlyph> byX = new ArrayList<>(row);
        byX.sort(Comparator.comparingDouble(PdfGlyph::x));
        List<Chunk> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        PdfGlyph previous = null;
        boolean spaced = false;
        for (PdfGlyph g : byX) {
            if (g.text().isBlank()) {
                spaced = true;
                continue;
            }
            if (previous != null && (spaced || g.x() - previous.end() > SPACE_GAP * Math.max(g.size(), previous.size()))) {
                words.add(new Chunk(text.toString(), x0, previous.end()));
                text.setLength(0);
            }
            if (text.isEmpty()) {
                x0 = g.x();
            }
            text.append(g.text());
            previous = g;
            spaced = false;
        }
        if (previous != null) {
            words.add(new Chunk(text.toString(), x0, previous.end()));
        }
        return words;
    }
}
