package org.jobspecs.intake.corpus;

/**
 * The list kinds {@link DocxBuilder} can number with, each a nine-level Word list definition
 * ({@code w:abstractNum}) like the ones Word's toolbar buttons make. The first level is the named
 * format; deeper levels step through the usual sequence (e.g. 1. → a. → i. → 1. …).
 */
public enum DocxListKind {
    /** "1." then "a." then "i.". */
    DECIMAL("%.", "decimal", "lowerLetter", "lowerRoman"),
    /** "(1)" then "(a)" then "(i)". */
    DECIMAL_PARENS("(%)", "decimal", "lowerLetter", "lowerRoman"),
    /** "a." then "i." then "1.". */
    LOWER_LETTER("%.", "lowerLetter", "lowerRoman", "decimal"),
    /** "a)" then "i)" then "1)". */
    LOWER_LETTER_PAREN("%)", "lowerLetter", "lowerRoman", "decimal"),
    /** "A." then "1." then "a.". */
    UPPER_LETTER("%.", "upperLetter", "decimal", "lowerLetter"),
    /** "i." then "a." then "1.". */
    LOWER_ROMAN("%.", "lowerRoman", "lowerLetter", "decimal"),
    /** "I." then "A." then "1.". */
    UPPER_ROMAN("%.", "upperRoman", "upperLetter", "decimal"),
    /** Legal outline numbering: "1.", "1.1.", "1.1.1." … */
    OUTLINE("%.", "decimal", "decimal", "decimal"),
    /** Bullets: Symbol "", Courier "o", Wingdings "", as Word writes them. */
    BULLET("", "bullet", "bullet", "bullet");

    private static final String[] BULLET_CHARS = {"\uF0B7", "o", "\uF0A7"};
    private static final String[] BULLET_FONTS = {"Symbol", "Courier New", "Wingdings"};

    private final String pattern;
    private final String[] formats;

    DocxListKind(String pattern, String... formats) {
        this.pattern = pattern;
        this.formats = formats;
    }

    /** The {@code w:abstractNum} element for this kind. */
    String abstractNumXml(int abstractId) {
        StringBuilder xml = new StringBuilder("<w:abstractNum w:abstractNumId=\"").append(abstractId).append("\">")
                .append(String.format("<w:nsid w:val=\"%08X\"/>", 0x1A2B0000 + abstractId))
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int level = 0; level < 9; level++) {
            String format = formats[level % formats.length];
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(format).append("\"/><w:lvlText w:val=\"").append(DocxParts.esc(levelText(level)))
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(720 * (level + 1))
                    .append("\" w:hanging=\"360\"/></w:pPr>");
            if (this == BULLET) {
                String font = BULLET_FONTS[level % 3];
                xml.append("<w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                        .append("\" w:hint=\"default\"/></w:rPr>");
            }
            xml.append("</w:lvl>");
        }
        return xml.append("</w:abstractNum>").toString();
    }

    private String levelText(int level) {
        if (this == BULLET) {
            return BULLET_CHARS[level % 3];
        }
        if (this == OUTLINE) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= level + 1; i++) {
                text.append('%').append(i).append('.');
            }
            return text.toString();
        }
        return pattern.replace("%", "%" + (level + 1));
    }
}
