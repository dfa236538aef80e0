package org.jobspecs.search;

import java.util.List;
import org.jobspecs.site.ClassView;
import org.jobspecs.site.SectionView;

/**
 * What the index knows of one class, taken from the class page's view so that search finds what the
 * page says.
 *
 * @param title     the class title (a field of its own, boosted at query time)
 * @param body      everything else a visitor may search for but the department and unit (indexed in a
 *                  field of their own): former titles and codes, FLSA status, status, series, pay
 *                  range and the text of every section
 * @param path      the class page's site-relative address
 * @param pay       the pay on the base that listings and results share (issue 13: "$62,400 – $75,837 per year",
 *                  "$19.63 per hour (part-time)"), or empty when the class has none
 * @param snippet   the start of the definition, shown under the result
 * @param annualPay the bottom of its pay range per year in whole dollars, by which results are filtered and
 *                  sorted; -1 without an annual figure (no pay, part-time, hourly only)
 * @param facets    the ids of its yes/no facets ({@link Facets#of})
 */
public record SearchDocument(String code, List<String> formerCodes, String title, String body, String path,
                             String department, String unit, String flsa, boolean abolished, String pay,
                             String snippet, long annualPay, List<String> facets) {

    /** A document without pay figures or facets. */
    public SearchDocument(String code, List<String> formerCodes, String title, String body, String path, String department,
                          String unit, String flsa, boolean abolished, String pay, String snippet) {
        this(code, formerCodes, title, body, path, department, unit, flsa, abolished, pay, snippet, -1, List.of());
    }

    /** The same document without its {@code body}, which only indexing reads (issue 15: {@link SitePostings.Builder} keeps these). */
    SearchDocument withoutBody() {
        return new SearchDocument(code, formerCodes, title, "", path, department, unit, flsa, abolished, pay, snippet, annualPay, facets);
    }

    private static final int SNIPPET = 240;

    public static SearchDocument of(ClassView c) {
        // Issue 15: the sections' texts first, so that the body is made in a buffer of its size (grown
        // by doubling, its copies were a twentieth of what a build allocates).
        String[] texts = new String[c.sections().size()];
        int size = 512;
        for (int i = 0; i < texts.length; i++) {
            SectionView s = c.sections().get(i);
            texts[i] = s.text();
            size += (s.name() == null ? 0 : s.name().length()) + texts[i].length() + 2;
        }
        StringBuilder body = new StringBuilder(size);
        line(body, String.join("; ", c.formerTitles()));
        line(body, String.join(" ", c.formerCodes()));
        line(body, c.flsa());
        line(body, c.statusLabel());
        line(body, c.series());
        if (c.entryLevel()) {
            line(body, "the entry level of the series"); // as the career path says it
        }
        String pay = c.pay() == null ? "" : c.pay().range() + " " + c.pay().timeBase();
        line(body, pay);
        String snippet = "";
        for (int i = 0; i < texts.length; i++) {
            line(body, c.sections().get(i).name());
            String text = texts[i];
            line(body, text);
            if (snippet.isEmpty()) {
                snippet = text.length() <= SNIPPET ? text : text.substring(0, text.lastIndexOf(' ', SNIPPET)) + " …";
            }
        }
        String comparable = c.pay() == null ? "" : c.pay().comparable().text();
        long annual = c.pay() == null ? -1 : c.pay().comparable().annualMinimum();
        return new SearchDocument(c.code(), c.formerCodes(), c.title(), body.toString(), c.meta().path(), c.department(),
                c.unitName(), c.flsa(), c.abolished(), comparable, snippet, annual, Facets.of(c));
    }

    private static void line(StringBuilder sb, String text) {
        if (text != null && !text.isBlank()) {
            sb.append(text).append('\n');
        }
    }
}
