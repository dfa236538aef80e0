package org.jobspecs.intake.docx;

import static org.jobspecs.intake.docx.DocxXml.attr;
import static org.jobspecs.intake.docx.DocxXml.child;
import static org.jobspecs.intake.docx.DocxXml.children;
import static org.jobspecs.intake.docx.DocxXml.intVal;
import static org.jobspecs.intake.docx.DocxXml.is;
import static org.jobspecs.intake.docx.DocxXml.val;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The numbering part's list definitions and the running counters that give each numbered
 * paragraph the label Word displays ("3.", "(b)", "1.2.", "•").
 *
 * <p>As in Word, counters belong to the abstract list definition, so numbering instances
 * ({@code w:num}) that share one continue each other, and an instance whose
 * {@code w:lvlOverride} has a {@code w:startOverride} (or a whole overriding {@code w:lvl})
 * restarts that level where it is first used. When a level advances, deeper levels start again
 * (unless their {@code w:lvlRestart} says otherwise).
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final Map<Integer, Element> nums = new HashMap<>();
    private final Map<String, Element> abstracts = new HashMap<>();
    private final DocxStyles styles;
    /** Current value of each level per abstract definition; null = not started. */
    private final Map<String, Integer[]> counters = new HashMap<>();
    /** "numId:ilvl" whose start override has been applied. */
    private final Set<String> restarted = new HashSet<>();

    /**
     * @param definitions the numbering part's {@code w:abstractNum} and {@code w:num} elements
     *                    (none when the document has no numbering part)
     */
    DocxNumbering(List<? extends Node> definitions, DocxStyles styles) {
        this.styles = styles;
        for (Node node : definitions) {
            if (!(node instanceof Element e)) {
                continue;
            }
            if (is(e, "num")) {
                nums.putIfAbsent(parse(attr(e, "numId")), e);
            } else if (is(e, "abstractNum")) {
                abstracts.putIfAbsent(attr(e, "abstractNumId"), e);
            }
        }
    }

    /** Whether paragraphs with this {@code w:numId} are list items (0 and unknown ids are not). */
    boolean isList(int numId) {
        return numId != 0 && abstractOf(numId) != null;
    }

    /** The level whose {@code w:pStyle} names this paragraph style, else 0. */
    int levelOfStyle(int numId, String styleId) {
        for (Element lvl : children(abstractOf(numId))) {
            if (is(lvl, "lvl") && styleId.equals(val(lvl, "pStyle"))) {
                return Math.max(0, Math.min(LEVELS - 1, parse(attr(lvl, "ilvl"))));
            }
        }
        return 0;
    }

    /** Counts one more paragraph at this level and returns its label; null when numId is not a list. */
    String next(int numId, int ilvl) {
        return count(numId, ilvl, true);
    }

    /** The label the next paragraph at this level would get, without counting it. */
    String peek(int numId, int ilvl) {
        return count(numId, ilvl, false);
    }

    private String count(int numId, int ilvl, boolean commit) {
        Element abstractNum = abstractOf(numId);
        if (abstractNum == null) {
            return null;
        }
        int level = Math.max(0, Math.min(LEVELS - 1, ilvl));
        Integer[] live = counters.computeIfAbsent(attr(abstractNum, "abstractNumId"), k -> new Integer[LEVELS]);
        Integer[] values = commit ? live : live.clone();
        Integer restartAt = restartValue(numId, level);
        String restartKey = numId + ":" + level;
        if (restartAt != null && !restarted.contains(restartKey)) {
            values[level] = restartAt;
            if (commit) {
                restarted.add(restartKey);
            }
        } else {
            values[level] = values[level] == null ? start(numId, level) : values[level] + 1;
        }
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            Element def = levelDef(numId, deeper);
            int restartAfter = def == null ? -1 : intVal(def, "lvlRestart", -1);
            if (restartAfter < 0 || (restartAfter > 0 && level < restartAfter)) {
                values[deeper] = null;
            }
        }
        return label(numId, level, values);
    }

    private String label(int numId, int level, Integer[] values) {
        Element def = levelDef(numId, level);
        if (def == null) {
            return DocxNumberFormat.format(values[level], "decimal") + ".";
        }
        if ("bullet".equals(numFmt(def))) {
            return DocxNumberFormat.BULLET;
        }
        String text = val(def, "lvlText");
        if (text == null) {
            return "";
        }
        boolean legal = Boolean.TRUE.equals(DocxXml.toggle(def, "isLgl"));
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int ref = Integer.parseInt(m.group(1)) - 1;
            int value = values[ref] == null ? start(numId, ref) : values[ref];
            String fmt = legal ? "decimal" : numFmt(levelDef(numId, ref));
            m.appendReplacement(out, Matcher.quoteReplacement(DocxNumberFormat.format(value, fmt)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A level's {@code w:numFmt}, also when Word wrapped it in {@code mc:AlternateContent}. */
    private static String numFmt(Element lvl) {
        String fmt = val(lvl, "numFmt");
        if (fmt == null && lvl != null) {
            for (Element e : children(lvl)) {
                if (DocxXml.MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName())) {
                    for (Element branch : children(e)) {
                        if ("Fallback".equals(branch.getLocalName()) && child(branch, "numFmt") != null) {
                            fmt = val(branch, "numFmt");
                        }
                    }
                }
            }
        }
        return fmt == null ? "decimal" : fmt;
    }

    /** A level's {@code w:start}; when it is missing, 0 as the standard says. */
    private int start(int numId, int level) {
        Element def = levelDef(numId, level);
        return def == null ? 1 : intVal(def, "start", 0);
    }

    /** Where an instance restarts a level: its startOverride, else the start of an overriding lvl. */
    private Integer restartValue(int numId, int level) {
        Element override = override(numId, level);
        if (override == null) {
            return null;
        }
        if (child(override, "startOverride") != null) {
            return intVal(override, "startOverride", 1);
        }
        Element lvl = child(override, "lvl");
        return lvl == null ? null : intVal(lvl, "start", 0);
    }

    /** The definition of a level: the instance's overriding lvl, else the abstract definition's. */
    private Element levelDef(int numId, int level) {
        Element override = override(numId, level);
        if (override != null && child(override, "lvl") != null) {
            return child(override, "lvl");
        }
        for (Element lvl : children(abstractOf(numId))) {
            if (is(lvl, "lvl") && parse(attr(lvl, "ilvl")) == level) {
                return lvl;
            }
        }
        return null;
    }

    private Element override(int numId, int level) {
        for (Element o : children(nums.get(numId))) {
            if (is(o, "lvlOverride") && parse(attr(o, "ilvl")) == level) {
                return o;
            }
        }
        return null;
    }

    /** The abstract definition behind an instance, following a numbering style link once. */
    private Element abstractOf(int numId) {
        Element num = nums.get(numId);
        if (num == null) {
            return null;
        }
        Element abstractNum = abstracts.get(val(num, "abstractNumId"));
        String link = abstractNum == null ? null : val(abstractNum, "numStyleLink");
        if (link != null) {
            DocxStyles.NumRef ref = styles.numbering(link);
            Element linked = ref == null || ref.numId() == numId ? null : nums.get(ref.numId());
            Element target = linked == null ? null : abstracts.get(val(linked, "abstractNumId"));
            if (target != null) {
                return target;
            }
        }
        return abstractNum;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
