package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts for every word of a document: each must be found in a written source, in a metadata
 * line the report shows, or in the furniture the report lists. What is left is reported.
 */
final class WordAccount {

    private final Map<String, Integer> accounted = new HashMap<>();

    void add(String text) {
        for (String w : Words.of(isoDates(text))) {
            accounted.merge(w, 1, Integer::sum);
        }
    }

    /** The words of the document not accounted for, in document order. */
    List<String> missing(String document) {
        Map<String, Integer> left = new HashMap<>(accounted);
        List<String> missing = new ArrayList<>();
        for (String w : Words.of(isoDates(document))) {
            Integer n = left.get(w);
            if (n == null || n == 0) {
                missing.add(w);
            } else {
                left.put(w, n - 1);
            }
        }
        return missing;
    }

    /** Dates written in any of the usual ways count as the ISO date the written source has. */
    static String isoDates(String text) {
        var m = MetadataLines.DATE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            var dates = MetadataLines.dates(m.group());
            m.appendReplacement(sb, dates.isEmpty() ? m.group().replace("\\", "\\\\").replace("$", "\\$") : " " + dates.get(0) + " ");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** All the text of a document's pieces, deleted words included, as the accounting counts it. */
    static String text(ImportDocument document) {
        StringBuilder sb = new StringBuilder();
        for (Para p : document.paras()) {
            sb.append(p.label().matches("[A-Za-z]{1,3}[.)]|\\([A-Za-z]\\)") ? "" : p.label()).append(' ');
            sb.append(Words.all(p.content())).append('\n');
            for (List<String> row : p.cells()) {
                sb.append(String.join(" ", row)).append('\n');
            }
        }
        return sb.toString();
    }
}
