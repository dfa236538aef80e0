package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Pieces without a word in them — a lone ".", a bullet with no text, a rule of underscores that an
 * export left behind — are page furniture: taken out of the document and reported as debris, so
 * they neither open an "Unplaced" section nor count as text.
 */
final class Debris {

    private Debris() {
    }

    static ImportDocument remove(ImportDocument document, String lineWord) {
        List<Para> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(document.removed());
        for (Para p : document.paras()) {
            if (p.kind() != Para.Kind.TABLE && Words.count(Words.all(p.content())) == 0) {
                String text = (p.label() + " " + Words.all(p.content())).strip();
                removed.add(new Removed(text.isEmpty() ? "(empty)" : text, "debris: a piece with no words", p.where(lineWord)));
            } else {
                kept.add(p);
            }
        }
        return kept.size() == document.paras().size() ? document
                : new ImportDocument(document.format(), kept, removed, document.revisions());
    }
}
