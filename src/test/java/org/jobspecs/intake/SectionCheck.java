package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;

/**
 * Checks an imported spec against what a person found in the document: each expected section is
 * placed right when the first words of its body are in a section of the expected canonical kind
 * (or under a sub-heading that names that kind, as "Education" under "Minimum Qualifications"), or,
 * for a section no canonical one fits, in a section or under a sub-heading of its own name.
 */
final class SectionCheck {

    /** One expected section and what the import made of it. */
    record Outcome(CorpusExpectations.Section expected, boolean right, String found) { }

    /**
     * One word of the spec's body with the section and sub-heading it stands under.
     *
     * @param first the word starts a paragraph, item, cell or sub-heading
     */
    private record Placed(String word, Section section, List<Inline> subheading, boolean first) {
        Placed(String word, Section section, List<Inline> subheading) {
            this(word, section, subheading, false);
        }
    }

    private final SectionAliases aliases;

    SectionCheck(SectionAliases aliases) {
        this.aliases = aliases;
    }

    List<Outcome> check(CorpusExpectations.Spec expected, ImportedSpec spec) {
        List<Placed> words = new ArrayList<>();
        for (Section s : spec.sections()) {
            List<Inline>[] sub = new List[] {null};
            flatten(s, s.blocks(), sub, words);
        }
        List<Outcome> outcomes = new ArrayList<>();
        int from = 0;
        for (CorpusExpectations.Section e : expected.sections()) {
            if (e.starts() == null) { // a heading with nothing under it: the heading itself must be placed
                outcomes.add(emptySection(e, spec));
                continue;
            }
            List<String> starts = Words.of(e.starts());
            if (isHeading(starts, spec) && e.heading() != null) {
                // the body starts with a sub-heading ("SCOPE" then "Contacts (Typical):"): the heading itself must be placed
                outcomes.add(emptySection(e, spec));
                continue;
            }
            // the first words of a body start a paragraph: look there first, from the last section found on
            int at = find(words, starts, from, true);
            for (int[] attempt : new int[][] {{0, 1}, {from, 0}, {0, 0}}) {
                if (at < 0) {
                    at = find(words, starts, attempt[0], attempt[1] == 1);
                }
            }
            if (at < 0) {
                outcomes.add(new Outcome(e, false, "its first words are not in the source"));
                continue;
            }
            from = at + starts.size();
            Placed p = words.get(at);
            boolean right = right(e, p);
            if (!right && e.heading() != null && bodyless(Words.of(e.heading()), spec)) {
                // a heading right above another one ("SPECIAL NOTES" then "Working Conditions"): both were given the same first words
                outcomes.add(emptySection(e, spec));
                continue;
            }
            outcomes.add(new Outcome(e, right, describe(p)));
        }
        return outcomes;
    }

    /** Whether the section or sub-heading with this heading has no text of its own before the next heading. */
    private static boolean bodyless(List<String> heading, ImportedSpec spec) {
        for (Section s : spec.sections()) {
            if (Words.of(Words.all(s.heading())).equals(heading)) {
                return s.blocks().isEmpty() || s.blocks().get(0) instanceof Block.Subheading;
            }
            List<Block> blocks = s.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Subheading h && Words.of(Words.all(h.content())).equals(heading)) {
                    return i + 1 == blocks.size() || blocks.get(i + 1) instanceof Block.Subheading;
                }
            }
        }
        return false;
    }

    /** Whether these words are a heading or sub-heading of the spec. */
    private static boolean isHeading(List<String> words, ImportedSpec spec) {
        for (Section s : spec.sections()) {
            if (Words.of(Words.all(s.heading())).equals(words)) {
                return true;
            }
            for (Block b : s.blocks()) {
                if (b instanceof Block.Subheading h && Words.of(Words.all(h.content())).equals(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Outcome emptySection(CorpusExpectations.Section e, ImportedSpec spec) {
        List<String> heading = Words.of(e.heading());
        for (Section s : spec.sections()) {
            if (Words.of(Words.all(s.heading())).equals(heading)) {
                return new Outcome(e, right(e, new Placed("", s, null)), describe(new Placed("", s, null)));
            }
            for (Block b : s.blocks()) {
                if (b instanceof Block.Subheading h && Words.of(Words.all(h.content())).equals(heading)) {
                    return new Outcome(e, right(e, new Placed("", s, h.content())), describe(new Placed("", s, h.content())));
                }
            }
        }
        return new Outcome(e, false, "its heading is not in the source");
    }

    private boolean right(CorpusExpectations.Section e, Placed p) {
        Optional<SectionKind> canonical = Arrays.stream(SectionKind.values()).filter(k -> k.title().equals(e.section())).findFirst();
        Section s = p.section();
        if (s.kind() == null && SectionAliases.isUnplaced(Words.all(s.heading()))) {
            return false;
        }
        if (canonical.isPresent()) {
            return s.kind() == canonical.get() || p.subheading() != null && aliases.forHeading(Words.all(p.subheading())).equals(canonical);
        }
        List<String> name = Words.of(e.section());
        List<String> heading = e.heading() == null ? name : Words.of(e.heading());
        return s.kind() == null && (Words.of(Words.all(s.heading())).equals(name) || Words.of(Words.all(s.heading())).equals(heading))
                || p.subheading() != null && (Words.of(Words.all(p.subheading())).equals(name) || Words.of(Words.all(p.subheading())).equals(heading));
    }

    private static String describe(Placed p) {
        Section s = p.section();
        String in = (s.kind() == null ? "\"" + Words.all(s.heading()) + "\"" : s.kind().title());
        return p.subheading() == null ? "in " + in : "in " + in + " under \"" + Words.all(p.subheading()) + "\"";
    }

    private static void flatten(Section s, List<Block> blocks, List<Inline>[] sub, List<Placed> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Subheading h) {
                sub[0] = h.content();
                add(s, sub[0], Words.all(h.content()), out);
            } else if (b instanceof Block.Paragraph p) {
                add(s, sub[0], Words.all(p.content()), out);
            } else if (b instanceof Block.ItemList l) {
                for (Block.ListItem item : l.items()) {
                    flatten(s, item.blocks(), sub, out);
                }
            } else if (b instanceof Block.Table t) {
                for (List<List<Inline>> row : t.rows()) {
                    row.forEach(cell -> add(s, sub[0], Words.all(cell), out));
                }
            }
        }
    }

    private static void add(Section s, List<Inline> sub, String text, List<Placed> out) {
        boolean first = true;
        for (String w : Words.of(text)) {
            out.add(new Placed(w, s, sub, first));
            first = false;
        }
    }

    private static int find(List<Placed> words, List<String> starts, int from, boolean atStart) {
        if (starts.isEmpty()) {
            return -1;
        }
        outer:
        for (int i = Math.max(0, from); i + starts.size() <= words.size(); i++) {
            if (atStart && !words.get(i).first()) {
                continue;
            }
            for (int k = 0; k < starts.size(); k++) {
                if (!words.get(i + k).word().equals(starts.get(k))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
