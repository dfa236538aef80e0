package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;

/**
 * Puts a spec's sections in their final order once all pieces are read: the lead text before the
 * first heading goes under Definition, and each canonical section written twice is merged into its
 * first place. Each decision is a note for the report; a heading merged away is reported as a field.
 */
final class SectionMerger {

    private final String lineWord;
    private final List<String> notes;
    private final Consumer<Found> reported;

    /**
     * @param lineWord what a section's line counts, for notes: "line" or "paragraph"
     * @param notes    where to add the notes
     * @param reported takes what is reported rather than written
     */
    SectionMerger(String lineWord, List<String> notes, Consumer<Found> reported) {
        this.lineWord = lineWord;
        this.notes = notes;
        this.reported = reported;
    }

    /**
     * Text between the head and the first heading, with headings after it, is the spec's lead: it
     * opens the Definition (after an "Under … supervision" lead paragraph that opened it already),
     * and a Definition heading further on is merged into it.
     */
    void placeLead(List<Section> body, List<Block> lead) {
        int line = lead.get(0).line();
        Section first = body.get(0);
        if (first.kind() == SectionKind.DEFINITION && first.line() < line) {
            List<Block> blocks = new ArrayList<>(first.blocks());
            blocks.addAll(lead);
            body.set(0, new Section(first.kind(), first.heading(), List.copyOf(blocks), first.line()));
            notes.add("text after the lead paragraph, before the first heading (" + lineWord + " " + line + "), placed under Definition with it");
        } else {
            body.add(0, new Section(SectionKind.DEFINITION, List.of(new Inline.Text(SectionKind.DEFINITION.title())), lead, line));
            notes.add("the text before the first heading (" + lineWord + " " + line + ") has no heading; placed under Definition");
        }
    }

    /**
     * The sections with each canonical section written once: a second "Definition" (or a second
     * heading naming the same section, "Education" then "Experience") is merged into the first,
     * under a sub-heading when its name differs.
     */
    List<Section> merged(List<Section> written) {
        List<Section> out = new ArrayList<>();
        Map<SectionKind, Integer> first = new EnumMap<>(SectionKind.class);
        for (Section s : written) {
            Integer at = s.kind() == null ? null : first.get(s.kind());
            if (at == null) {
                if (s.kind() != null) {
                    first.put(s.kind(), out.size());
                }
                out.add(s);
                continue;
            }
            Section earlier = out.get(at);
            String name = Words.all(s.heading());
            out.set(at, merge(earlier, s));
            if (Words.of(Words.all(earlier.heading())).equals(Words.of(name))) {
                reported.accept(new Found("merged.heading", name, name, lineWord + " " + s.line())); // its words are in the report
            }
            notes.add("\"" + name + "\" (" + lineWord + " " + s.line() + ") is a second " + s.kind().title()
                    + " section: merged into the first (" + lineWord + " " + earlier.line() + ")");
        }
        return out;
    }

    /** The second section's text after the first's, under its own heading as a sub-heading when the names differ. */
    private static Section merge(Section earlier, Section later) {
        boolean sameName = Words.of(Words.all(earlier.heading())).equals(Words.of(Words.all(later.heading())));
        if (earlier.blocks().isEmpty()) { // "EXAMPLES OF DUTIES" right above "Essential Functions"
            List<Block> blocks = new ArrayList<>();
            if (!sameName) {
                blocks.add(new Block.Subheading(later.heading(), later.line()));
            }
            blocks.addAll(later.blocks());
            return new Section(earlier.kind(), earlier.heading(), List.copyOf(blocks), earlier.line());
        }
        List<Block> blocks = new ArrayList<>();
        List<Inline> heading = earlier.heading();
        if (!sameName && !Words.all(earlier.heading()).equals(earlier.kind().title())) {
            heading = List.of(new Inline.Text(earlier.kind().title())); // "Education" + "Experience" → "Education and Experience"
            blocks.add(new Block.Subheading(earlier.heading(), earlier.line()));
        }
        blocks.addAll(earlier.blocks());
        if (!sameName) {
            blocks.add(new Block.Subheading(later.heading(), later.line()));
        }
        blocks.addAll(later.blocks());
        return new Section(earlier.kind(), heading, List.copyOf(blocks), earlier.line());
    }

}
