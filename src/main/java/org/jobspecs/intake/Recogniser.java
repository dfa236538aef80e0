package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the class specifications in a document: where each one starts (a document may hold
 * several, each with its own class code), and hands each range to a {@link SpecAssembler} that
 * finds its title, metadata and sections.
 */
final class Recogniser {

    private final HeadingRules headings;
    private final Trace trace;

    Recogniser(HeadingRules headings, Trace trace) {
        this.headings = headings;
        this.trace = trace;
    }

    /**
     * @param lineWord what the format's {@link Para#line()} counts, for messages: "line" or "paragraph"
     */
    List<ImportedSpec> recognise(ImportDocument document, String lineWord) {
        List<Para> paras = document.paras();
        List<ImportedSpec> specs = new ArrayList<>();
        List<Integer> starts = starts(paras, lineWord);
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : paras.size();
            specs.addAll(new SpecAssembler(headings, lineWord, trace).assemble(paras.subList(from, to), document.revisions()));
        }
        return specs;
    }

    /**
     * Where each spec starts: at 0, and before every further class-code line that follows a
     * section and gives another code than the spec's own (a footer repeating the code, with or
     * without leading zeros, is the same spec; so is the first code of a spec that gave none above).
     */
    private List<Integer> starts(List<Para> paras, String lineWord) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean sectionSinceStart = false;
        String code = null;
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String text = Words.after(p.content());
            Optional<String> lineCode = code(paras, i, lineWord);
            if (lineCode.isPresent() && sectionSinceStart && code != null && !sameCode(lineCode.get(), code)) {
                int start = i;
                while (start - 1 > starts.get(starts.size() - 1) && isHeadLine(paras.get(start - 1), lineWord)) {
                    start--;
                }
                starts.add(start);
                sectionSinceStart = false;
                code = lineCode.get();
            } else if (lineCode.isPresent() && code == null) {
                code = lineCode.get();
            } else if (p.kind() == Para.Kind.HEADING && !headings.kinds(text).isEmpty()
                    || p.kind() == Para.Kind.PARAGRAPH && headings.classify(text).type() == HeadingRules.Type.SECTION
                    && !headings.classify(text).kinds().isEmpty()) {
                sectionSinceStart = true;
            }
        }
        return starts;
    }

    static boolean sameCode(String a, String b) {
        return b != null && a.replaceFirst("^0+(?=.)", "").equalsIgnoreCase(b.replaceFirst("^0+(?=.)", ""));
    }

    /** The class code a line gives ("Class Code: 4410", a footer's "Class No. 004410"), if it gives one. */
    private static Optional<String> code(List<Para> paras, int i, String lineWord) {
        Para p = paras.get(i);
        if (p.kind() == Para.Kind.TABLE || p.kind() == Para.Kind.ITEM) {
            return Optional.empty();
        }
        String text = Words.after(p.content());
        if (MetadataLines.isLabelOnly(text) && i + 1 < paras.size()) {
            text = text + " " + Words.after(paras.get(i + 1).content()); // "Class Code:" with the code on the next line
        }
        List<Found> fields = MetadataLines.fields(text, p.where(lineWord));
        if (fields.isEmpty()) {
            fields = MetadataLines.footer(text, null, p.where(lineWord));
        }
        return fields.stream().filter(f -> f.key().equals("code") || f.key().equals("footer.code"))
                .map(f -> f.value().split("[\\s,;]+")[0]).findFirst();
    }

    /** A line that belongs to the head of a spec: its title, agency or a metadata line. */
    private boolean isHeadLine(Para p, String lineWord) {
        if (p.kind() == Para.Kind.TABLE || p.kind() == Para.Kind.ITEM) {
            return false;
        }
        String text = Words.after(p.content());
        List<Found> fields = MetadataLines.fields(text, p.where(lineWord));
        if (!fields.isEmpty()) {
            // a class-history or salary footer closes the spec before; an approval line heads the next
            return fields.stream().noneMatch(f -> f.key().equals("dates") || f.key().equals("salary"));
        }
        if (MetadataLines.isAgency(text)) {
            return true;
        }
        return text.split("\\s+").length <= 12 && !text.matches(".*[.;]\\s*$") && headings.kinds(text).isEmpty();
    }
}
