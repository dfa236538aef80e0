package org.jobspecs.intake.docx;

import static org.jobspecs.intake.docx.DocxXml.attr;
import static org.jobspecs.intake.docx.DocxXml.child;
import static org.jobspecs.intake.docx.DocxXml.children;
import static org.jobspecs.intake.docx.DocxXml.is;
import static org.jobspecs.intake.docx.DocxXml.path;
import static org.jobspecs.intake.docx.DocxXml.toggle;
import static org.jobspecs.intake.docx.DocxXml.val;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The document's style definitions (styles part), by style id, with what the reader asks of them
 * through each style's {@code w:basedOn} chain: a paragraph style's heading level, the list
 * numbering it carries, and a character style's bold and italic.
 */
final class DocxStyles {

    /** A paragraph's list reference: {@code w:numId} and {@code w:ilvl} (-1 when not given). */
    record NumRef(int numId, int ilvl) { }

    private static final Pattern HEADING = Pattern.compile("heading([1-9])");
    /** Longest basedOn chain followed, so that a cycle in a damaged file cannot loop. */
    private static final int MAX_DEPTH = 20;

    private final Map<String, Element> byId = new HashMap<>();
    private String defaultParagraphStyle = "";

    /** @param stylesRoot the {@code w:styles} element, or null when the document has no styles part */
    DocxStyles(Node stylesRoot) {
        for (Element style : children(stylesRoot)) {
            if (!is(style, "style")) {
                continue;
            }
            String id = attr(style, "styleId");
            byId.putIfAbsent(id, style);
            if ("paragraph".equals(attr(style, "type")) && isOn(attr(style, "default")) && defaultParagraphStyle.isEmpty()) {
                defaultParagraphStyle = id;
            }
        }
    }

    /** The paragraph's style id: its {@code w:pStyle}, else the document's default paragraph style. */
    String paragraphStyle(Element pPr) {
        String id = val(pPr, "pStyle");
        return id == null || id.isEmpty() ? defaultParagraphStyle : id;
    }

    /**
     * The heading level a paragraph style gives (Title and Heading 1 → 1, Heading 2 → 2 …, or an
     * outline level 0–8 → 1–9), following basedOn; 0 when it is not a heading style.
     */
    int headingLevel(String styleId) {
        Integer level = inChain(styleId, style -> {
            String name = val(style, "name");
            int byName = headingByName(attr(style, "styleId"));
            if (byName == 0 && name != null) {
                byName = headingByName(name);
            }
            if (byName > 0) {
                return byName;
            }
            Element outline = path(style, "pPr", "outlineLvl");
            if (outline != null) {
                int lvl = outlineLevel(outline);
                return lvl < 0 ? -1 : lvl;
            }
            return null;
        });
        return level == null || level < 0 ? 0 : level;
    }

    /** The numbering a paragraph style carries ({@code w:pPr/w:numPr}), following basedOn; null when none. */
    NumRef numbering(String styleId) {
        return inChain(styleId, style -> {
            Element numPr = path(style, "pPr", "numPr");
            if (numPr == null || child(numPr, "numId") == null) {
                return null;
            }
            return new NumRef(DocxXml.intVal(numPr, "numId", 0), DocxXml.intVal(numPr, "ilvl", -1));
        });
    }

    /** Bold from a character style ({@code w:rStyle}) chain, or null when the style does not say. */
    Boolean bold(String charStyleId) {
        return inChain(charStyleId, style -> toggle(child(style, "rPr"), "b"));
    }

    /** Italic from a character style chain, or null when the style does not say. */
    Boolean italic(String charStyleId) {
        return inChain(charStyleId, style -> toggle(child(style, "rPr"), "i"));
    }

    /**
     * The heading level (1–9) of a {@code w:outlineLvl} element, or -1 when it says "body text"
     * (9) or cannot be read.
     */
    static int outlineLevel(Element outlineLvl) {
        try {
            int v = Integer.parseInt(attr(outlineLvl, "val").trim());
            return v >= 0 && v <= 8 ? v + 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int headingByName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (key.equals("title")) {
            return 1;
        }
        Matcher m = HEADING.matcher(key);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The first non-null answer along the style's basedOn chain. */
    private <T> T inChain(String styleId, Function<Element, T> ask) {
        String id = styleId;
        for (int depth = 0; id != null && !id.isEmpty() && depth < MAX_DEPTH; depth++) {
            Element style = byId.get(id);
            if (style == null) {
                return null;
            }
            T answer = ask.apply(style);
            if (answer != null) {
                return answer;
            }
            id = val(style, "basedOn");
        }
        return null;
    }

    private static boolean isOn(String value) {
        return value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
    }
}
