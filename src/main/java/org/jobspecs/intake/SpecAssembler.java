package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;

/**
 * Assembles one spec from its range of pieces: the head (title, agency, metadata lines), then
 * sections opened by headings. Metadata lines anywhere (a class-history footer) become fields;
 * "Knowledge of …" and "Ability to …" paragraphs outside their sections open them; a lead
 * paragraph "Under general supervision, …" before any heading is the definition; a short
 * title-case line followed by body text is a heading; the parts of a qualifications section
 * written right under its heading ("Minimum Qualifications" / "Education:" / "Experience:") are
 * its sub-headings; text before the first heading is the lead, and a section written twice is
 * merged into its first place (both {@link SectionMerger}'s job); anything else that no heading
 * claims goes under "Unplaced". Every decision is written to the {@link Trace}.
 */
final class SpecAssembler {

    private static final Pattern DEFINITION_LEAD = Pattern.compile(
            "(?i)under (?:the )?(?:general |direct |immediate |close |administrative |limited )?(?:supervision|direction)\\b.*");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("(?i)(?:(?:class|classification|job|position)\\s+"
            + "(?:specification|description|profile|announcement|posting|bulletin)s?|duty\\s+statement|career\\s+opportunit(?:y|ies)"
            + "|performance\\s+profile|position\\s+classification\\s+flysheet(?:\\s+for)?|(?:job|employment)\\s+opportunit(?:y|ies)"
            + "|vacancy\\s+announcement|work\\s+description)\\s*:?");
    private static final Pattern KNOWLEDGE_LEAD = Pattern.compile("(?i)knowledge of\\b.{20,}");
    private static final Pattern ABILITY_LEAD = Pattern.compile("(?i)(?:ability|abilities|skill) (?:to|in)\\b.{20,}");
    /** Sections whose parts agencies write as sub-headings right under the section's own heading. */
    private static final Map<SectionKind, Set<SectionKind>> PARTS = Map.of(
            SectionKind.KNOWLEDGE_SKILLS_ABILITIES, Set.of(SectionKind.KNOWLEDGE, SectionKind.ABILITIES),
            SectionKind.EMPLOYMENT_STANDARDS, Set.of(SectionKind.EDUCATION_AND_EXPERIENCE, SectionKind.KNOWLEDGE,
                    SectionKind.ABILITIES, SectionKind.KNOWLEDGE_SKILLS_ABILITIES, SectionKind.LICENSES_AND_CERTIFICATES,
                    SectionKind.OTHER_REQUIREMENTS));

    private final HeadingRules headings;
    private final String lineWord;
    private final Trace trace;
    private final HeadFields head;
    private final List<Section> sections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final BodyBuilder unplaced = new BodyBuilder();
    /** A heading opened a section after text no heading claimed: that text was the spec's lead. */
    private boolean headingAfterUnplaced;
    private OpenSection open;

    /**
     * The section being filled.
     *
     * @param level     its heading's level by the document's markup, or 0 for a heading by shape
     * @param withParts the parts of this section came right under its heading, so further parts are its sub-headings too
     * @param subheaded its body started with a heading that names no section, so further such headings are its sub-headings
     */
    private record OpenSection(SectionKind kind, List<Inline> heading, int line, int level, BodyBuilder body, boolean withParts,
                               boolean subheaded) {
        String name() {
            return kind == null ? Words.all(heading) : kind.title();
        }
    }

    SpecAssembler(HeadingRules headings, String lineWord, Trace trace) {
        this.headings = headings;
        this.lineWord = lineWord;
        this.trace = trace;
        this.head = new HeadFields(headings::titleCase);
    }

    List<ImportedSpec> assemble(List<Para> paras, List<Revision> revisions) {
        for (int i = 0; i < paras.size(); i++) {
            i = piece(paras, i);
        }
        close();
        SectionMerger merger = new SectionMerger(lineWord, notes, found -> head.add(List.of(found), List.of(), 0, lineWord));
        List<Section> body = new ArrayList<>(sections);
        if (!unplaced.isEmpty() && headingAfterUnplaced) {
            merger.placeLead(body, unplaced.build());
        }
        body = merger.merged(body);
        if (!unplaced.isEmpty() && !headingAfterUnplaced) {
            body.add(new Section(null, List.of(new Inline.Text(ImportedSpec.UNPLACED)), unplaced.build(), 0));
        }
        return head.specs(body, notes, revisions);
    }

    /** Handles the piece at {@code i}; returns the index of the last piece consumed. */
    private int piece(List<Para> paras, int i) {
        Para p = paras.get(i);
        String text = Words.after(p.content());
        String where = p.where(lineWord);
        if (p.kind() == Para.Kind.TABLE && inHead()) {
            List<Found> form = MetadataLines.form(p.cells(), where);
            if (!form.isEmpty()) {
                head.add(form, paras, i, lineWord);
                took(p, "metadata: a form of " + form.size() + " fields", "a table of labels and values in the spec's head");
                return i;
            }
            // a table laying out the head (title beside agency, code beside posting number): its cells are head lines
            List<Para> cells = new ArrayList<>();
            for (List<String> row : p.cells()) {
                for (String cell : row) {
                    cell.lines().filter(l -> !l.isBlank()).forEach(l -> cells.add(Para.paragraph(List.of(new Inline.Text(l.strip())), p.page(), p.line())));
                }
            }
            for (int k = 0; k < cells.size(); k++) {
                k = piece(cells, k);
            }
            return i;
        }
        if (p.kind() == Para.Kind.TABLE) {
            body().table(p);
            took(p, "table" + in(), "a table of the document");
            return i;
        }
        if (p.kind() == Para.Kind.ITEM) {
            body().item(p);
            took(p, "list item " + p.label().strip() + in(), "a list item of the document");
            return i;
        }
        if (!text.isEmpty()) {
            int metadata = metadata(paras, i, text, where);
            if (metadata >= i) {
                return metadata;
            }
            if (inHead() && DOCUMENT_TYPE.matcher(text).matches()) {
                head.add(List.of(new Found("document", text, text, where)), paras, i, lineWord);
                took(p, "document type", "names the kind of document, before any section");
                return i;
            }
            if (inHead() && MetadataLines.isFormLine(text)) {
                head.add(List.of(new Found("form", text, text, where)), paras, i, lineWord);
                took(p, "metadata: form", "an address or check boxes, before any section");
                return i;
            }
            if (inHead() && MetadataLines.isAgency(text)) {
                head.add(List.of(new Found("agency", text, text, where)), paras, i, lineWord);
                took(p, "agency", "names an agency, before any section");
                return i;
            }
        }
        if (inHead() && head.hasTitle() && !text.isEmpty() && Words.of(text).equals(Words.of(head.title()))) {
            head.add(List.of(new Found("head", text, text, where)), paras, i, lineWord);
            took(p, "title, repeated", "the spec's title again (a running header kept on the first page, a banner over the title)");
            return i;
        }
        if (p.kind() == Para.Kind.HEADING) {
            heading(p, text);
            return i;
        }
        HeadingRules.Match match = headings.classify(text);
        boolean bold = isBoldLine(p, text);
        if (bold && (match.type() == HeadingRules.Type.NONE || match.type() == HeadingRules.Type.SUBHEADING && open == null)) {
            match = new HeadingRules.Match(HeadingRules.Type.CANDIDATE, List.of(), false, "a short paragraph all in bold; kept under its own name");
        }
        if (match.type() == HeadingRules.Type.CANDIDATE && !(bold ? i + 1 < paras.size() : followedByBody(paras, i, text))) {
            match = HeadingRules.NONE;
        }
        if (match.type() == HeadingRules.Type.SECTION || match.type() == HeadingRules.Type.CANDIDATE) {
            if (inHead() && !match.named() && !head.hasTitle()) {
                title(p, text, "the first heading-like line");
            } else if (isPart(match.kinds())) {
                asPart(p, "names " + match.kinds().get(0).title() + ", a part of the " + open.name() + " section above");
            } else if (!match.named() && isSubsection(0)) {
                asSubsection(p);
            } else {
                openSection(match.kinds(), p, text, match.why());
            }
        } else if (match.type() == HeadingRules.Type.SUBHEADING && open != null) {
            subheading(p, match.why());
        } else if (inHead() && !head.hasTitle() && isTitleLike(text)) {
            title(p, text, "the first short line without end punctuation");
        } else if (inHead() && !head.hasTitle() && unplaced.isEmpty() && isTitleWithPlace(text)) {
            String title = text.substring(0, text.indexOf(','));
            head.title(title, where);
            head.add(List.of(new Found("head", text.substring(title.length() + 1).strip(), text, where)), paras, i, lineWord);
            took(p, "title, then where the class sits", "the first line without end punctuation, a title before its first comma");
        } else {
            paragraph(p, text);
        }
        return i;
    }

    /** Metadata on this line, or on this label line and the value line after it; returns the last index used, or -1. */
    private int metadata(List<Para> paras, int i, String text, String where) {
        List<Found> fields = MetadataLines.fields(text, where);
        int last = i;
        if (fields.isEmpty() && (MetadataLines.isLabelOnly(text) || inHead() && isFormLabel(text))
                && i + 1 < paras.size() && paras.get(i + 1).kind() == Para.Kind.PARAGRAPH) {
            String next = Words.after(paras.get(i + 1).content());
            fields = MetadataLines.fields(text + " " + next, where);
            last = i + 1;
        }
        if (fields.isEmpty() && last > i && inHead() && isFormValue(Words.after(paras.get(last).content()))) {
            // a form's own label over its value, in the spec's head ("Pay Grade:" then "EC 07"): reported
            String pair = text + " " + Words.after(paras.get(last).content());
            head.add(List.of(new Found("form", pair, pair, where)), paras, i, lineWord);
            took(paras.get(i), "metadata: form", "a label of the spec's head");
            took(paras.get(last), "metadata: form", "the value of the label line above");
            return last;
        }
        if (fields.isEmpty() && inHead() && isShortLabelLine(text)) {
            head.add(List.of(new Found("form", text, text, where)), paras, i, lineWord);
            took(paras.get(i), "metadata: form", "a short \"Label: value\" line in the spec's head");
            return i;
        }
        if (fields.isEmpty()) {
            fields = MetadataLines.footer(text, head.title(), where);
            if (!fields.isEmpty()) {
                head.add(fields, paras, i, lineWord);
                took(paras.get(i), "metadata: page footer repeating the title and code", "the title with a class number, as a footer");
                return i;
            }
            return -1;
        }
        int consumed = Math.max(last, head.add(fields, paras, i, lineWord));
        for (int k = i; k <= consumed; k++) {
            took(paras.get(k), "metadata: " + String.join(", ", fields.stream().map(f -> f.key() + " = " + f.value()).toList()),
                    k == i ? "a \"Label: value\" line" : "the value of the label line above");
        }
        return consumed;
    }

    private void heading(Para p, String text) {
        List<SectionKind> kinds = headings.kinds(text);
        if (kinds.isEmpty() && inHead() && !head.hasTitle()) {
            title(p, text, "the first heading of the document");
        } else if (isPart(kinds)) {
            asPart(p, "names " + kinds.get(0).title() + ", a part of the " + open.name() + " section above");
        } else if (kinds.isEmpty() && p.level() > 2 && open != null) {
            subheading(p, "a heading of level " + p.level() + " inside a section");
        } else if (kinds.isEmpty() && !headings.namesSection(text) && isSubsection(p.level())) {
            asSubsection(p);
        } else {
            openSection(kinds, p, text, kinds.isEmpty() ? "a heading by the document's own markup; kept under its own name"
                    : "a heading by the document's own markup that names " + kinds.get(0).title());
        }
    }

    private void title(Para p, String text, String why) {
        head.title(text, p.where(lineWord));
        took(p, "title", why);
    }

    private void subheading(Para p, String why) {
        open.body().subheading(p);
        took(p, "sub-heading in " + open.name(), why);
    }

    /** A heading naming a part of the open section ("Education" under "Minimum Qualifications"): its sub-heading. */
    private void asPart(Para p, String why) {
        asSubheading(p, true, open.subheaded(), why);
    }

    /** The heading as a sub-heading of the open section, which from now on holds parts, or is set out under sub-headings. */
    private void asSubheading(Para p, boolean withParts, boolean subheaded, String why) {
        open = new OpenSection(open.kind(), open.heading(), open.line(), open.level(), open.body(), withParts, subheaded);
        open.body().subheading(new Para(p.kind(), headingText(p.content()), p.label(), p.level(), p.cells(), p.page(), p.line()));
        took(p, "sub-heading in " + open.name(), why);
    }

    /**
     * Whether a heading that names no section, of this level (0 by shape), is a sub-heading of the
     * open canonical section: the first thing under its heading ("Essential Functions" then
     * "Legal Counsel"), or a further one in a section whose body started that way.
     */
    private boolean isSubsection(int level) {
        return open != null && open.kind() != null && (open.body().isEmpty() || open.subheaded())
                && (level == 0 || level >= open.level());
    }

    private void asSubsection(Para p) {
        String why = open.subheaded() ? "names no section, in a section whose body is set out under sub-headings"
                : "names no section, right under the heading of " + open.name();
        asSubheading(p, open.withParts(), true, why);
    }

    /**
     * Whether a heading naming these sections is a part of the open section: always inside
     * "Knowledge, Skills and Abilities"; inside a qualifications section when its parts started
     * right under its heading.
     */
    private boolean isPart(List<SectionKind> kinds) {
        if (open == null || open.kind() == null || kinds.isEmpty() || !PARTS.containsKey(open.kind())) {
            return false;
        }
        boolean part = kinds.stream().allMatch(PARTS.get(open.kind())::contains);
        return part && (open.kind() == SectionKind.KNOWLEDGE_SKILLS_ABILITIES || open.withParts() || open.body().isEmpty());
    }

    /** A paragraph whose words are all bold ("You'll be accountable for" and a dash), short and without end punctuation: a heading by its look (Word and Google Docs exports). */
    private static boolean isBoldLine(Para p, String text) {
        boolean allBold = !p.content().isEmpty() && p.content().stream().anyMatch(i -> i instanceof Inline.Strong)
                && p.content().stream().filter(i -> !(i instanceof Inline.Strong)).allMatch(i -> Words.count(Words.all(List.of(i))) == 0);
        return allBold && !text.isEmpty() && text.split("\\s+").length <= 12 && !text.matches(".*[.;,!?]\\s*$");
    }

    /** Whether body text follows a heading-shaped line: a list, a table, or a paragraph that is not itself a heading. */
    private boolean followedByBody(List<Para> paras, int i, String text) {
        if (i + 1 >= paras.size()) {
            return false;
        }
        Para next = paras.get(i + 1);
        if (next.kind() == Para.Kind.ITEM || next.kind() == Para.Kind.TABLE) {
            return true;
        }
        if (next.kind() != Para.Kind.PARAGRAPH) {
            return false;
        }
        String after = Words.after(next.content());
        return after.length() > text.length() && after.split("\\s+").length >= 6
                && headings.classify(after).type() == HeadingRules.Type.NONE
                && MetadataLines.fields(after, "").isEmpty();
    }

    private void paragraph(Para p, String text) {
        SectionKind current = open == null ? null : open.kind();
        // a section holding knowledge and abilities as parts keeps "Knowledge of …" and "Ability to …" paragraphs
        boolean holdsBoth = current == SectionKind.KNOWLEDGE_SKILLS_ABILITIES || open != null && open.withParts();
        if (KNOWLEDGE_LEAD.matcher(text).matches() && current != SectionKind.KNOWLEDGE && !holdsBoth) {
            openSection(List.of(SectionKind.KNOWLEDGE), null, p, "", "");
            notes.add("a \"Knowledge of …\" paragraph at " + p.where(lineWord) + " opens the Knowledge section");
        } else if (ABILITY_LEAD.matcher(text).matches() && current != SectionKind.ABILITIES && !holdsBoth) {
            openSection(List.of(SectionKind.ABILITIES), null, p, "", "");
            notes.add("an \"Ability to …\" paragraph at " + p.where(lineWord) + " opens the Abilities section");
        } else if (inHead() && DEFINITION_LEAD.matcher(text).matches() && unplaced.isEmpty()) {
            openSection(List.of(SectionKind.DEFINITION), null, p, "", "");
            notes.add("the lead paragraph at " + p.where(lineWord) + " has no heading; placed under Definition");
            open.body().paragraph(p);
            took(p, "body of Definition", "an \"Under … supervision\" lead paragraph before any heading");
            close(); // only the lead paragraph: what follows has no heading to say where it belongs
            return;
        }
        if (open == null) {
            unplaced.paragraph(p);
            took(p, "lead text, before any heading", "placed under Definition if a heading follows; else Unplaced");
        } else {
            open.body().paragraph(p);
            took(p, "body of " + open.name(), "follows its heading");
        }
    }

    /**
     * Opens a section; {@code heading} null for a section the text opens by itself ("Knowledge of …"),
     * which takes the canonical title.
     */
    private void openSection(List<SectionKind> kinds, Para heading, Para at, String asWritten, String why) {
        close();
        SectionKind kind = kinds.isEmpty() ? null : kinds.get(0);
        if (kinds.size() > 1) {
            notes.add("combined heading \"" + asWritten + "\" placed under " + kind.title() + " (it also covers "
                    + String.join(", ", kinds.subList(1, kinds.size()).stream().map(SectionKind::title).toList()) + ")");
        }
        List<Inline> text = heading == null ? List.of(new Inline.Text(kind.title())) : headingText(heading.content());
        headingAfterUnplaced |= heading != null && !unplaced.isEmpty();
        int level = heading != null && heading.kind() == Para.Kind.HEADING ? heading.level() : 0;
        open = new OpenSection(kind, text, at.line(), level, new BodyBuilder(), false, false);
        if (heading != null) {
            took(heading, "heading → " + (kind == null ? "kept under its own name \"" + Words.all(text) + "\"" : kind.title()), why);
        }
    }

    private void openSection(List<SectionKind> kinds, Para heading, String text, String why) {
        openSection(kinds, heading, heading, text, why);
    }

    /** A heading as it will be written: an upper-case heading in title case, decoration and a trailing colon dropped. */
    private List<Inline> headingText(List<Inline> heading) {
        List<Inline> plain = unwrapStrong(heading);
        if (plain.size() == 1 && plain.get(0) instanceof Inline.Text t) {
            return List.of(new Inline.Text(headings.titleCase(HeadingRules.undecorated(t.text()).replaceAll("\\s*:$", ""))));
        }
        return heading;
    }

    /** A heading written as one bold run reads as its text. */
    private static List<Inline> unwrapStrong(List<Inline> heading) {
        if (heading.size() == 1 && heading.get(0) instanceof Inline.Strong s) {
            return s.content();
        }
        return heading;
    }

    private void close() {
        if (open != null) {
            sections.add(new Section(open.kind(), open.heading(), open.body().build(), open.line()));
            open = null;
        }
    }

    /** No section has been opened yet: the spec's head (title, agency, metadata) and its lead text. */
    private boolean inHead() {
        return open == null && sections.isEmpty();
    }

    private BodyBuilder body() {
        return open == null ? unplaced : open.body();
    }

    private String in() {
        return open == null ? " (UNPLACED)" : " of " + open.name();
    }

    private void took(Para p, String what, String why) {
        trace.took(p.where(lineWord), p.kind() == Para.Kind.TABLE ? tableText(p) : (p.label().isEmpty() ? "" : p.label() + " ")
                + Words.all(p.content()), what, why);
    }

    private static String tableText(Para p) {
        return p.cells().isEmpty() ? "" : String.join(" | ", p.cells().get(0));
    }

    /** "Employment Type: FULL_TIME": a short label naming no section, a short value. */
    private boolean isShortLabelLine(String text) {
        int colon = text.indexOf(": ");
        if (colon <= 0) {
            return false;
        }
        String label = text.substring(0, colon + 1);
        return Character.isUpperCase(text.charAt(0)) && isFormLabel(label) && label.split("\\s+").length <= 3
                && isFormValue(text.substring(colon + 2).strip());
    }

    /** A form's label: a few words ending in a colon ("Add-On Eligibility:"), naming no section. */
    private boolean isFormLabel(String text) {
        return text.endsWith(":") && text.split("\\s+").length <= 5 && !headings.namesSection(text);
    }

    /** A form's value: short, not a sentence, not a heading or label itself. */
    private boolean isFormValue(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= 8 && !text.endsWith(":") && !text.endsWith(".") && !headings.namesSection(text);
    }

    /** "Natural History Collections Manager, Department of Museum Research and Collections, UA Museums". */
    private static boolean isTitleWithPlace(String text) {
        int comma = text.indexOf(',');
        return comma > 0 && text.split("\\s+").length <= 25 && text.substring(0, comma).split("\\s+").length <= 8
                && !text.matches(".*[.;:]\\s*$") && Character.isUpperCase(text.charAt(0));
    }

    private static boolean isTitleLike(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= 10 && !text.matches(".*[.;:,]\\s*$") && !text.contains(": ");
    }
}
