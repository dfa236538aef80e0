package org.jobspecs.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobspecs.intake.Removed;

/**
 * Finds and takes out page furniture. A line in the top or bottom {@link #BAND} of its page is a
 * running header or footer when the same line (digits ignored, same size and weight) is in that band on more than half
 * of the pages with text, and at least two; a line there that is only a page number ("7",
 * "Page 7", "Page 7 of 9", "7 / 9", "- 7 -") is a page number on any page. Nothing else is
 * removed. Stateless.
 */
final class PdfFurniture {

    /** The fraction of the page height, at the top and at the bottom, where furniture may sit. */
    static final float BAND = 0.12f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]");

    private PdfFurniture() { }

    /**
     * Removes the furniture from {@code pages} (1-based page number to its lines, top to bottom).
     *
     * @param heights each page's height in points
     * @return what was removed, page by page, top to bottom
     */
    static List<Removed> remove(Map<Integer, List<PdfLine>> pages, Map<Integer, Float> heights) {
        Map<String, Integer> counts = new HashMap<>();
        pages.forEach((page, lines) -> {
            Set<String> seen = new HashSet<>();
            for (PdfLine line : lines) {
                String band = band(line, heights.get(page));
                if (band != null && seen.add(band + key(line))) {
                    counts.merge(band + key(line), 1, Integer::sum);
                }
            }
        });
        int textPages = pages.size();
        List<Removed> removed = new ArrayList<>();
        pages.forEach((page, lines) -> {
            for (Iterator<PdfLine> it = lines.iterator(); it.hasNext(); ) {
                PdfLine line = it.next();
                String band = band(line, heights.get(page));
                if (band == null) {
                    continue;
                }
                String text = line.text();
                int count = counts.getOrDefault(band + key(line), 0);
                String why = null;
                if (PAGE_NUMBER.matcher(text).matches()) {
                    why = "page number";
                } else if (count >= 2 && count * 2 > textPages) {
                    why = band.equals("top") ? "running header" : "running footer";
                }
                if (why != null) {
                    removed.add(new Removed(text, why, "page " + page));
                    it.remove();
                }
            }
        });
        return removed;
    }

    /** "top", "bottom" or null for a line in neither band. */
    private static String band(PdfLine line, Float height) {
        if (height == null || height <= 0) {
            return null;
        }
        if (line.y <= BAND * height) {
            return "top";
        }
        return line.y >= (1 - BAND) * height ? "bottom" : null;
    }

    /**
     * The line with digits, case and spacing ignored, so that "Page 2" and "Page 3" agree; its size
     * and weight count, so that the title set large on the first page is not taken for the running
     * header that repeats it small on the others.
     */
    private static String key(PdfLine line) {
        return Math.round(line.size) + (line.allBold() ? "b" : "") + ":"
                + line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
