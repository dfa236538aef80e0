package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the import took each piece of a document for, and why: title, heading and the section it
 * names, body text of a section, list item, metadata, furniture. {@code import --explain} prints
 * it, one line per piece, in document order, so that a person fixing a stubborn document sees
 * where each line went.
 */
public final class Trace {

    /**
     * One piece and what became of it.
     *
     * @param where where it is, for a person ("line 12", "page 2, line 5", "paragraph 7")
     * @param text  its text, shortened
     * @param took  what it was taken for ("heading → Examples of Duties", "body of Definition", "furniture: page number")
     * @param why   the rule that decided it
     */
    public record Step(String where, String text, String took, String why) { }

    private static final Pattern POSITION = Pattern.compile("(?:page (\\d+), )?(?:line|paragraph) (\\d+)|page (\\d+)");
    private static final int SHOWN = 70;

    private final List<Step> steps = new ArrayList<>();

    /** A piece of the document, its text shortened. */
    void took(String where, String text, String took, String why) {
        String t = text.replaceAll("\\s+", " ").strip();
        steps.add(new Step(where, t.length() > SHOWN ? t.substring(0, SHOWN - 1) + "…" : t, took, why));
    }

    /** A note or problem about the document, in full. */
    void noted(String where, String text, String what, String why) {
        steps.add(new Step(where, text, what, why));
    }

    /** The steps in document order (by page, then line or paragraph); pieces without a position last. */
    public List<Step> steps() {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingLong(s -> position(s.where())));
        return sorted;
    }

    private static long position(String where) {
        Matcher m = POSITION.matcher(where);
        if (!m.find()) {
            return Long.MAX_VALUE;
        }
        if (m.group(3) != null) {
            return Long.parseLong(m.group(3)) * 100_000L;
        }
        long page = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return page * 100_000L + Long.parseLong(m.group(2));
    }

    /** One line per step: "line 12   heading → Definition   (names Definition)   "DEFINITION"". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int width = steps.stream().mapToInt(s -> s.where().length()).max().orElse(0);
        for (Step s : steps()) {
            lines.add(String.format("%-" + Math.max(width, 1) + "s  %s — %s: \"%s\"", s.where(), s.took(), s.why(), s.text()));
        }
        return lines;
    }
}
