package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jobspecs.spec.SectionKind;

/**
 * Finds the class specifications in a document: where each one starts (a document may hold
 * several, each with its own class code), and hands each range to a {@link SpecAssembler} that
 * finds its title, metadata and sections.
 */
final class Recogniser {

    private final HeadingRules headings;

    Recogniser(Function<String, Optional<SectionKind>> aliases) {
        this.headings = new HeadingRules(aliases);
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
            specs.addAll(new SpecAssembler(headings, lineWord).assemble(paras.subList(from, to), document.revisions()));
        }
        return specs;
    }

    /** Where each spec starts: at 0, and before every further class-code line that follows a section. */
    private List<Integer> starts(List<Para> paras, String lineWord) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean sectionSinceStart = false;
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String text = Words.after(p.content());
            if (isCodeLine(p, text, lineWord) && sectionSinceStart) {
                int start = i;
                while (start - 1 > starts.get(starts.size() - 1) && isHeadLine(paras.get(start - 1), lineWord)) {
                    start--;
                }
                starts.add(start);
                sectionSinceStart = false;
            } else if (p.kind() == Para.Kind.HEADING && !headings.kinds(text).isEmpty()
                    || p.kind() == Para.Kind.PARAGRAPH && headings.classify(text).type() == HeadingRules.Type.SECTION
                    && !headings.classify(text).kinds().isEmpty()) {
                sectionSinceStart = true;
            }
        }
        return starts;
    }

    private static boolean isCodeLine(Para p, String text, String lineWord) {
        return p.kind() != Para.Kind.TABLE && p.kind() != Para.Kind.ITEM
                && MetadataLines.fields(text, p.where(lineWord)).stream().anyMatch(f -> f.key().equals("code"));
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
