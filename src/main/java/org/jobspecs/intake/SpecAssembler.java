package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;

/**
 * Assembles one spec from its range of pieces: the head (title, agency, metadata lines), then
 * sections opened by headings. Metadata lines anywhere (a class-history footer) become fields;
 * "Knowledge of …" and "Ability to …" paragraphs outside their sections open them; a lead
 * paragraph "Under general supervision, …" before any heading is the definition; anything else
 * that no heading claims goes under "Unplaced".
 */
final class SpecAssembler {

    private static final Pattern DEFINITION_LEAD = Pattern.compile(
            "(?i)under (?:the )?(?:general |direct |immediate |close |administrative |limited )?(?:supervision|direction)\\b.*");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("(?i)(?:class|classification|job|position)\\s+(?:specification|description)s?");
    private static final Pattern KNOWLEDGE_LEAD = Pattern.compile("(?i)knowledge of\\b.{20,}");
    private static final Pattern ABILITY_LEAD = Pattern.compile("(?i)(?:ability|abilities|skill) (?:to|in)\\b.{20,}");

    private final HeadingRules headings;
    private final String lineWord;
    private final HeadFields head = new HeadFields();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final BodyBuilder unplaced = new BodyBuilder();
    private OpenSection open;

    /** The section being filled. */
    private record OpenSection(SectionKind kind, List<Inline> heading, int line, BodyBuilder body) { }

    SpecAssembler(HeadingRules headings, String lineWord) {
        this.headings = headings;
        this.lineWord = lineWord;
    }

    List<ImportedSpec> assemble(List<Para> paras, List<Revision> revisions) {
        for (int i = 0; i < paras.size(); i++) {
            i = piece(paras, i);
        }
        close();
        if (!unplaced.isEmpty()) {
            sections.add(new Section(null, List.of(new Inline.Text(ImportedSpec.UNPLACED)), unplaced.build(), 0));
        }
        return head.specs(sections, notes, revisions);
    }

    /** Handles the piece at {@code i}; returns the index of the last piece consumed. */
    private int piece(List<Para> paras, int i) {
        Para p = paras.get(i);
        String text = Words.after(p.content());
        String where = p.where(lineWord);
        if (p.kind() == Para.Kind.TABLE) {
            body().table(p);
            return i;
        }
        if (p.kind() == Para.Kind.ITEM) {
            body().item(p);
            return i;
        }
        if (!text.isEmpty()) {
            List<Found> fields = MetadataLines.fields(text, where);
            if (!fields.isEmpty()) {
                return head.add(fields, paras, i, lineWord);
            }
            if (open == null && sections.isEmpty() && DOCUMENT_TYPE.matcher(text).matches()) {
                head.add(List.of(new Found("document", text, text, where)), paras, i, lineWord);
                return i;
            }
            if (open == null && sections.isEmpty() && MetadataLines.isAgency(text)) {
                head.add(List.of(new Found("agency", text, text, where)), paras, i, lineWord);
                return i;
            }
        }
        if (p.kind() == Para.Kind.HEADING) {
            heading(p, text);
            return i;
        }
        HeadingRules.Match match = headings.classify(text);
        if (match.type() == HeadingRules.Type.SECTION && open != null && open.kind() == SectionKind.KNOWLEDGE_SKILLS_ABILITIES
                && !match.kinds().isEmpty() && match.kinds().stream().allMatch(k -> k == SectionKind.KNOWLEDGE || k == SectionKind.ABILITIES)) {
            open.body().subheading(p); // "Knowledge of:" inside "Knowledge, Skills and Abilities"
        } else if (match.type() == HeadingRules.Type.SECTION && !text.isEmpty()) {
            if (open == null && sections.isEmpty() && match.kinds().isEmpty() && !head.hasTitle()) {
                head.title(text, where);
            } else {
                openSection(match.kinds(), p.content(), p.line(), text);
            }
        } else if (match.type() == HeadingRules.Type.SUBHEADING && open != null) {
            open.body().subheading(p);
        } else if (open == null && sections.isEmpty() && !head.hasTitle() && isTitleLike(text)) {
            head.title(text, where);
        } else {
            paragraph(p, text);
        }
        return i;
    }

    private void heading(Para p, String text) {
        List<SectionKind> kinds = headings.kinds(text);
        if (kinds.isEmpty() && open == null && sections.isEmpty() && !head.hasTitle()) {
            head.title(text, p.where(lineWord));
        } else if (kinds.isEmpty() && p.level() > 2 && open != null) {
            open.body().subheading(p);
        } else {
            openSection(kinds, p.content(), p.line(), text);
        }
    }

    private void paragraph(Para p, String text) {
        SectionKind current = open == null ? null : open.kind();
        if (KNOWLEDGE_LEAD.matcher(text).matches() && current != SectionKind.KNOWLEDGE && current != SectionKind.KNOWLEDGE_SKILLS_ABILITIES) {
            openSection(List.of(SectionKind.KNOWLEDGE), List.of(new Inline.Text(SectionKind.KNOWLEDGE.title())), p.line(), null);
            notes.add("a \"Knowledge of …\" paragraph at " + p.where(lineWord) + " opens the Knowledge section");
        } else if (ABILITY_LEAD.matcher(text).matches() && current != SectionKind.ABILITIES && current != SectionKind.KNOWLEDGE_SKILLS_ABILITIES) {
            openSection(List.of(SectionKind.ABILITIES), List.of(new Inline.Text(SectionKind.ABILITIES.title())), p.line(), null);
            notes.add("an \"Ability to …\" paragraph at " + p.where(lineWord) + " opens the Abilities section");
        } else if (open == null && sections.isEmpty() && DEFINITION_LEAD.matcher(text).matches() && unplaced.isEmpty()) {
            openSection(List.of(SectionKind.DEFINITION), List.of(new Inline.Text(SectionKind.DEFINITION.title())), p.line(), null);
            notes.add("the lead paragraph at " + p.where(lineWord) + " has no heading; placed under Definition");
            open.body().paragraph(p);
            close(); // only the lead paragraph: what follows has no heading to say where it belongs
            return;
        }
        if (open == null) {
            unplaced.paragraph(p);
        } else {
            open.body().paragraph(p);
        }
    }

    private void openSection(List<SectionKind> kinds, List<Inline> heading, int line, String asWritten) {
        close();
        SectionKind kind = kinds.isEmpty() ? null : kinds.get(0);
        if (kinds.size() > 1 && asWritten != null) {
            notes.add("combined heading \"" + asWritten + "\" placed under " + kind.title() + " (it also covers "
                    + String.join(", ", kinds.subList(1, kinds.size()).stream().map(SectionKind::title).toList()) + ")");
        }
        open = new OpenSection(kind, headingText(heading), line, new BodyBuilder());
    }

    /** A heading as it will be written: an upper-case heading in title case, a trailing colon dropped. */
    private static List<Inline> headingText(List<Inline> heading) {
        if (heading.size() == 1 && heading.get(0) instanceof Inline.Text t) {
            return List.of(new Inline.Text(HeadingRules.titleCase(t.text().strip().replaceAll("\\s*:$", ""))));
        }
        return heading;
    }

    private void close() {
        if (open != null) {
            sections.add(new Section(open.kind(), open.heading(), open.body().build(), open.line()));
            open = null;
        }
    }

    private BodyBuilder body() {
        return open == null ? unplaced : open.body();
    }

    private static boolean isTitleLike(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= 10 && !text.matches(".*[.;:,]\\s*$");
    }
}
