package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of contents ("SERIES DEFINITION ........ 2") repeats the headings of the document with
 * page numbers: it is page furniture, taken out and reported, so that its entries neither open
 * sections nor count twice. Its own heading ("Table of Contents", "Contents") goes with it.
 */
final class TableOfContents {

    /** An entry: text, a leader of dots (or a tab gap) and a page number. */
    private static final Pattern ENTRY = Pattern.compile(".{2,120}?(?:\\s*\\.\\s*){4,}\\s*\\d{1,3}\\s*");
    private static final Pattern HEADING = Pattern.compile("(?i)\\s*(?:table of )?contents\\s*:?\\s*");

    private TableOfContents() {
    }

    static ImportDocument remove(ImportDocument document, String lineWord) {
        List<Para> paras = document.paras();
        List<Para> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(document.removed());
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String text = (p.label() + " " + Words.all(p.content())).strip();
            boolean entry = p.kind() != Para.Kind.TABLE && ENTRY.matcher(text).matches();
            boolean heading = p.kind() != Para.Kind.TABLE && HEADING.matcher(text).matches()
                    && i + 1 < paras.size() && ENTRY.matcher(Words.all(paras.get(i + 1).content())).matches();
            if (entry || heading) {
                removed.add(new Removed(text, entry ? "table of contents entry" : "table of contents heading", p.where(lineWord)));
            } else {
                kept.add(p);
            }
        }
        return kept.size() == paras.size() ? document : new ImportDocument(document.format(), kept, removed, document.revisions());
    }
}
