package org.jobspecs.intake.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The content of one spec as the generated layouts render it ({@link Layout}): title, code (null
 * when the document gives none), the lines under the title, and the sections in order, each with
 * the section a reader expects it in.
 *
 * @param headLines lines between the title block and the first section ("FLSA: Non-Exempt")
 */
public record LayoutSpec(String title, String code, List<String> headLines, List<LayoutSection> sections) {

    public LayoutSpec {
        headLines = List.copyOf(headLines);
        sections = List.copyOf(sections);
    }

    /**
     * One section.
     *
     * @param heading         the heading as printed, or null for an unheaded lead paragraph
     * @param expectedSection the canonical section's title ({@code SectionKind.title()}), or the heading's own name in Title Case
     */
    public record LayoutSection(String heading, String expectedSection, List<LayoutBlock> blocks) {

        public LayoutSection {
            blocks = List.copyOf(blocks);
        }

        /** The body's text in reading order (a table's cells row by row). */
        public String body() {
            return blocks.stream().map(LayoutBlock::plain).collect(Collectors.joining(" "));
        }
    }

    /** A paragraph, a list item (its text without the label), or a table (rows of cells, the first the header row). */
    public record LayoutBlock(Kind kind, String text, List<List<String>> rows) {

        public enum Kind { PARAGRAPH, ITEM, TABLE }

        public static LayoutBlock paragraph(String text) {
            return new LayoutBlock(Kind.PARAGRAPH, text, List.of());
        }

        public static LayoutBlock item(String text) {
            return new LayoutBlock(Kind.ITEM, text, List.of());
        }

        public static LayoutBlock table(List<List<String>> rows) {
            return new LayoutBlock(Kind.TABLE, "", rows);
        }

        String plain() {
            return kind == Kind.TABLE ? rows.stream().flatMap(List::stream).collect(Collectors.joining(" ")) : text;
        }
    }

    /** Two ways agencies name the same sections, used in turn; the fourth spec leaves its definition unheaded (a lead paragraph). */
    private static final List<List<String>> HEADINGS = List.of(
            List.of("Definition", "Distinguishing Characteristics", "Examples of Duties", "Working Conditions", "Physical Demands",
                    "Minimum Qualifications", "Knowledge of", "Ability to", "Licenses and Certificates"),
            List.of("Class Summary", "Class Characteristics", "Essential Functions", "Work Environment", "Physical Requirements",
                    "Qualifications", "Knowledge", "Skills and Abilities", "Licenses and Certifications"));
    private static final List<String> SECTIONS = List.of("Definition", "Distinguishing Features", "Examples of Duties", "Working Conditions",
            "Physical Demands", "Employment Standards", "Knowledge", "Abilities", "Licenses and Certificates");

    /** The four fictional specs of {@link SpecText#ALL}, with the class codes 6101 to 6104. */
    public static List<LayoutSpec> fictional() {
        return IntStream.range(0, SpecText.ALL.size()).mapToObj(i -> of(SpecText.ALL.get(i), "610" + (i + 1), HEADINGS.get(i % 2), i == 3))
                .toList();
    }

    private static LayoutSpec of(SpecText s, String code, List<String> headings, boolean unheadedDefinition) {
        List<List<LayoutBlock>> bodies = List.of(List.of(LayoutBlock.paragraph(s.definition())), List.of(LayoutBlock.paragraph(s.distinguishing())),
                items(s.duties()), items(s.conditions()), List.of(LayoutBlock.paragraph(s.physical())),
                List.of(LayoutBlock.paragraph(s.experience())), items(s.knowledge()), items(s.abilities()), List.of(LayoutBlock.paragraph(s.license())));
        List<LayoutSection> sections = new ArrayList<>();
        for (int k = 0; k < SECTIONS.size(); k++) {
            sections.add(new LayoutSection(k == 0 && unheadedDefinition ? null : headings.get(k), SECTIONS.get(k), bodies.get(k)));
        }
        return new LayoutSpec(s.title(), code, List.of("FLSA: Non-Exempt", "Bargaining Unit: General Employees"), sections);
    }

    private static List<LayoutBlock> items(List<String> texts) {
        return texts.stream().map(LayoutBlock::item).toList();
    }

    /**
     * This spec with its Knowledge and Abilities sections (when it has both) replaced, where the
     * first of them stood, by one section under {@code heading} holding a two-column table
     * "Knowledge of" | "Ability to", one item per cell.
     */
    public LayoutSpec withKnowledgeBesideAbilities(String heading, String expectedSection) {
        int k = indexOf("Knowledge");
        int a = indexOf("Abilities");
        if (k < 0 || a < 0) {
            return this;
        }
        List<String> knowledge = itemTexts(sections.get(k));
        List<String> abilities = itemTexts(sections.get(a));
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Knowledge of", "Ability to")));
        for (int r = 0; r < Math.max(knowledge.size(), abilities.size()); r++) {
            rows.add(List.of(r < knowledge.size() ? knowledge.get(r) : "", r < abilities.size() ? abilities.get(r) : ""));
        }
        List<LayoutSection> out = new ArrayList<>(sections);
        out.set(Math.min(k, a), new LayoutSection(heading, expectedSection, List.of(LayoutBlock.table(rows))));
        out.remove(Math.max(k, a));
        return new LayoutSpec(title, code, headLines, out);
    }

    /** This spec with a section added at the end. */
    public LayoutSpec with(LayoutSection section) {
        List<LayoutSection> out = new ArrayList<>(sections);
        out.add(section);
        return new LayoutSpec(title, code, headLines, out);
    }

    private int indexOf(String expectedSection) {
        return IntStream.range(0, sections.size()).filter(i -> sections.get(i).expectedSection().equals(expectedSection)).findFirst().orElse(-1);
    }

    /** The section's items, or its paragraphs when it has no items. */
    private static List<String> itemTexts(LayoutSection section) {
        List<String> items = section.blocks().stream().filter(b -> b.kind() == LayoutBlock.Kind.ITEM).map(LayoutBlock::text).toList();
        return items.isEmpty() ? section.blocks().stream().map(LayoutBlock::plain).toList() : items;
    }
}
