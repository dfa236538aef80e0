package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds tables laid out as aligned columns: a run of two or more consecutive lines of one frame,
 * each split by wide gaps ({@link PdfLine#CHUNK_GAP}) into two or more cells, whose cells fall
 * into at least {@link #MIN_COLUMNS} columns (cells of different rows overlapping horizontally
 * belong to one column), with no row putting two cells in one column and short cells (six words
 * or fewer on average). A form's row of bold labels over a row of values ("Classification    Office"
 * / "Chief Counsel    Office of Data") is a table of two columns or more. A line starting with a
 * lone list marker is never a row. Stateless.
 */
final class PdfTables {

    static final int MIN_COLUMNS = 3;

    /** A table found: its first line, how many lines it covers, its cells row by row. */
    record Table(PdfLine first, int rows, List<List<String>> cells) { }

    private PdfTables() { }

    /** The tables among {@code lines} (all body lines in reading order), by their first line. */
    static Map<PdfLine, Table> find(List<PdfLine> lines, float leading) {
        Map<PdfLine, Table> tables = new HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && (candidate(lines.get(j)) || j > i && blankValue(lines.get(j), lines.get(i)))
                    && (j == i || (lines.get(j).frame == lines.get(j - 1).frame
                        && lines.get(j).y > lines.get(j - 1).y && lines.get(j).y - lines.get(j - 1).y <= 2.5f * leading))) {
                j++;
            }
            List<List<String>> cells = j - i >= 2 ? grid(lines.subList(i, j)) : null;
            if (cells == null && formPair(lines, i, leading)) {
                j = i + 2; // a form's label row and value row, among other such pairs
                cells = grid(lines.subList(i, j));
            }
            if (cells != null) {
                tables.put(lines.get(i), new Table(lines.get(i), j - i, cells));
                i = j;
            } else {
                i++;
            }
        }
        return tables;
    }

    /** A row of bold labels (two or more) with a row of values right under it, which may leave some labels blank. */
    private static boolean formPair(List<PdfLine> lines, int i, float leading) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        PdfLine labels = lines.get(i);
        PdfLine values = lines.get(i + 1);
        return candidate(labels) && labels.allBold() && !values.allBold() && labels.frame == values.frame
                && values.y > labels.y && values.y - labels.y <= 2.5f * leading;
    }

    /** A form's label with its value left blank, in a run of label/value rows: starts where the run's labels start. */
    private static boolean blankValue(PdfLine line, PdfLine first) {
        List<List<PdfWord>> chunks = line.chunks();
        return chunks.size() == 1 && chunks.get(0).size() <= 4 && Math.abs(line.x0() - first.x0()) < 2f;
    }

    private static boolean candidate(PdfLine line) {
        List<List<PdfWord>> chunks = line.chunks();
        return chunks.size() >= 2 && !(chunks.get(0).size() == 1 && PdfListMarker.isMarker(chunks.get(0).get(0).text()));
    }

    /** The rows' cells by column, or null when the rows do not form a grid. */
    private static List<List<String>> grid(List<PdfLine> rows) {
        List<float[]> spans = new ArrayList<>();
        for (PdfLine row : rows) {
            for (List<PdfWord> chunk : row.chunks()) {
                spans.add(new float[] {chunk.get(0).x0(), chunk.get(chunk.size() - 1).x1()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] span : spans) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span[0] < last[1] + 1f) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(span.clone());
            }
        }
        boolean form = rows.size() == 2 && rows.get(0).allBold() && !rows.get(1).allBold()
                || rows.size() >= 3 && rows.stream().allMatch(r -> r.chunks().get(0).size() <= 4); // labels on the left, values on the right
        if (columns.size() < (form ? 2 : MIN_COLUMNS)) {
            return null;
        }
        List<List<String>> cells = new ArrayList<>();
        int words = 0;
        int filled = 0;
        for (PdfLine row : rows) {
            String[] texts = new String[columns.size()];
            for (List<PdfWord> chunk : row.chunks()) {
                int column = column(columns, chunk.get(0).x0());
                if (texts[column] != null) {
                    return null;
                }
                texts[column] = String.join(" ", chunk.stream().map(PdfWord::text).toList());
                words += chunk.size();
                filled++;
            }
            List<String> cellRow = new ArrayList<>();
            for (String text : texts) {
                cellRow.add(text == null ? "" : text);
            }
            cells.add(cellRow);
        }
        return words <= 6 * filled ? cells : null;
    }

    private static int column(List<float[]> columns, float x) {
        for (int c = columns.size() - 1; c >= 0; c--) {
            if (x >= columns.get(c)[0] - 1f) {
                return c;
            }
        }
        return 0;
    }
}
