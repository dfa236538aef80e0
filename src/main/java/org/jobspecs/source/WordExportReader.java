package org.jobspecs.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.spec.SpecSource;

/**
 * Reads the text Word writes when a class spec is exported (the seed's format): a header with the
 * agency, "Code No.", "Approved by …:" and the title in capitals, then headings, paragraphs and
 * lists, one per line, with the redline marks of {@link RedlineText}. Page furniture is removed
 * first ({@link Furniture}); a paragraph that a page footer split is joined again; export debris
 * at line ends (".-", ". .") is cleaned. Every removal and repair is reported as a notice.
 */
final class WordExportReader {

    private static final Pattern CODE = Pattern.compile("\\s*(?:Class\\s+)?Code(?:\\s+No\\.?)?\\s*:?\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROVED = Pattern.compile("\\s*Approved by\\s+([^:]+):\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_LIKE = Pattern.compile("\\s*(?:City|County|State|Town|Village|City and County) of \\S.*");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})[.)]\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("[-•*·]\\s+(.*)");
    private static final Pattern STRUCK_NUMBER = Pattern.compile("(~~\\d{1,3}(?:-\\d{1,3})?\\.~~)\\s*(.*)");
    private static final Pattern HYPHEN_DEBRIS = Pattern.compile("\\.-\\s*$");
    private static final Pattern DOUBLED_STOP = Pattern.compile("\\.\\s+\\.\\s*$");

    private record Line(int number, String text) { }

    private final Location file;
    private final Problems problems;
    private final SectionAliases aliases;
    private final List<Line> lines = new ArrayList<>();

    private WordExportReader(Location file, SectionAliases aliases, Problems problems) {
        this.file = file;
        this.aliases = aliases;
        this.problems = problems;
    }

    /**
     * @param agency  the site's agency name; the export's agency line is checked against it
     * @param aliases which canonical section a heading names
     */
    static Optional<SpecSource> read(String text, String agency, SectionAliases aliases, Location file, Problems problems) {
        WordExportReader reader = new WordExportReader(file, aliases, problems);
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            reader.lines.add(new Line(i + 1, raw[i]));
        }
        return reader.read(agency);
    }

    private Optional<SpecSource> read(String agency) {
        Map<RegisterField, Field> fields = new EnumMap<>(RegisterField.class);
        Approval approval = null;
        List<Approval> history = new ArrayList<>();
        int i = 0;
        // The header: agency, code, approval, then the title in capitals.
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            Optional<String> furniture = Furniture.kindOf(line.text());
            if (furniture.isPresent()) {
                removed(line, furniture.get());
                continue;
            }
            Matcher code = CODE.matcher(t);
            Matcher approved = APPROVED.matcher(t);
            if (code.matches()) {
                fields.put(RegisterField.CODE, new Field(code.group(1), line.number()));
            } else if (approved.matches()) {
                String dateText = approved.group(2);
                Line dateLine = line;
                if (dateText.isBlank() && i + 1 < lines.size()) {
                    int j = i + 1;
                    while (j < lines.size() - 1 && lines.get(j).text().isBlank()) {
                        j++;
                    }
                    dateLine = lines.get(j);
                    dateText = dateLine.text();
                    i = j;
                }
                Approvals found = approvals(approved.group(1).strip(), dateText, dateLine);
                approval = found.current();
                history.addAll(found.earlier());
            } else if (agency != null && !agency.isBlank() && t.equalsIgnoreCase(agency.strip())) {
                problems.notice(file.atLine(line.number()), "agency line \"" + t + "\" matches site.agency and is not shown as text", "");
            } else if (AGENCY_LIKE.matcher(t).matches()) {
                problems.error(file.atLine(line.number()), "the agency line says \"" + t + "\" but site.agency is \""
                                + (agency == null ? "" : agency) + "\"",
                        "put the spec in the right agency's site, or correct site.agency in jbake.properties");
            } else if (isUpperCase(t) && aliases.forHeading(t).isEmpty()) {
                fields.put(RegisterField.TITLE, new Field(t, line.number()));
                i++;
                break;
            } else {
                problems.error(file.atLine(line.number()), "unexpected line \"" + MarkdownSpecReader.excerpt(t)
                                + "\" in the header, before the title",
                        "the header holds the agency, 'Code No. …', 'Approved by …:' and the title in capitals");
            }
        }
        if (!fields.containsKey(RegisterField.TITLE)) {
            problems.error(file, "no title line (the class title in capitals) found", "add the title in capitals after 'Approved by …'");
            return Optional.empty();
        }
        List<Section> sections = new Body(i).sections();
        return Optional.of(new SpecSource(file, fields, approval, List.copyOf(history), List.of(), sections, false));
    }

    private record Approvals(Approval current, List<Approval> earlier) { }

    /** "~~7/1/09~~[October 8, 2025](#)": the deleted date was the previous approval. */
    private Approvals approvals(String body, String text, Line line) {
        List<Inline> inlines = RedlineText.parse(text).orElse(List.of(new Inline.Text(text)));
        List<Approval> earlier = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Deleted d) {
                String old = plain(d.content());
                Dates.loose(old).ifPresentOrElse(date -> earlier.add(new Approval(body, date)),
                        () -> problems.error(file.atLine(line.number()), "replaced approval date \"" + old + "\" is not a date",
                                "write it as M/D/YY or Month D, YYYY"));
            } else {
                current.append(plain(List.of(inline)));
            }
        }
        Optional<LocalDate> date = Dates.loose(current.toString());
        if (date.isEmpty()) {
            problems.error(file.atLine(line.number()), "approval date \"" + current.toString().strip() + "\" is not a date",
                    "write it as M/D/YY or Month D, YYYY after 'Approved by …:'");
            return new Approvals(null, earlier);
        }
        earlier.sort((a, b) -> b.date().compareTo(a.date()));
        return new Approvals(new Approval(body, date.get()), earlier);
    }

    /** The body after the title: sections of paragraphs, sub-headings and lists. */
    private final class Body {
        private final int start;
        private final List<Section> sections = new ArrayList<>();
        private List<Inline> heading;
        private SectionKind kind;
        private int headingLine;
        private final List<Object> blocks = new ArrayList<>(); // ParagraphDraft, ListDraft or Block
        private ParagraphDraft paragraph;
        private ListDraft list;
        private boolean furnitureSinceBlock;

        Body(int start) {
            this.start = start;
        }

        List<Section> sections() {
            for (int i = start; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.text().isBlank()) {
                    paragraph = null;
                    continue;
                }
                Optional<String> furniture = Furniture.kindOf(line.text());
                if (furniture.isPresent()) {
                    removed(line, furniture.get());
                    paragraph = null;
                    furnitureSinceBlock = true;
                    continue;
                }
                content(new Line(line.number(), cleanDebris(line)));
            }
            endSection();
            return List.copyOf(sections);
        }

        private void content(Line line) {
            String t = line.text().strip();
            String plain = RedlineText.parse(t).map(WordExportReader::allText).orElse(t);
            if (isHeading(plain)) {
                endSection();
                heading = parse(t, line);
                kind = aliases.forHeading(plain).orElse(null);
                headingLine = line.number();
                if (isUpperCase(plain) && !hasMarks(heading)) {
                    // Exports write headings in capitals; pages show them as headings are written.
                    heading = List.of(new Inline.Text(kind != null && kind.title().equalsIgnoreCase(plain) ? kind.title() : titleCase(plain)));
                }
                return;
            }
            if (heading == null) {
                problems.error(file.atLine(line.number()), "text before the first section heading: \"" + MarkdownSpecReader.excerpt(t) + "\"",
                        "put a heading such as DEFINITION above it");
                return;
            }
            Matcher numbered = NUMBERED.matcher(t);
            Matcher bullet = BULLET.matcher(t);
            if (numbered.matches()) {
                item(true, Integer.parseInt(numbered.group(1)), numbered.group(2), line);
            } else if (bullet.matches()) {
                Matcher struck = STRUCK_NUMBER.matcher(bullet.group(1));
                if (struck.matches()) {
                    problems.notice(file.atLine(line.number()), "stray bullet before a numbered duty removed", "");
                    item(true, 0, bullet.group(1), line);
                } else {
                    item(false, 0, bullet.group(1), line);
                }
            } else if (isSubheading(plain)) {
                list = null;
                paragraph = null;
                blocks.add(new Block.Subheading(parse(t, line), line.number()));
                furnitureSinceBlock = false;
            } else {
                paragraph(t, line);
            }
        }

        private void item(boolean ordered, int number, String text, Line line) {
            paragraph = null;
            if (list == null || list.ordered != ordered) {
                list = new ListDraft(ordered, number > 1, Math.max(1, number), line.number());
                blocks.add(list);
            }
            list.items.add(new Block.ListItem(List.of(new Block.Paragraph(parse(text, line), line.number())), line.number()));
            furnitureSinceBlock = false;
        }

        private void paragraph(String text, Line line) {
            list = null;
            Object last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (paragraph == null && furnitureSinceBlock && last instanceof ParagraphDraft open
                    && open.isUnfinished() && Character.isLowerCase(text.charAt(0))) {
                problems.notice(file.atLine(line.number()), "paragraph split by a page footer joined again (continues line "
                        + open.line + ")", "");
                paragraph = open;
            }
            if (paragraph != null) {
                paragraph.text.append(' ').append(text);
            } else {
                paragraph = new ParagraphDraft(line.number(), text);
                blocks.add(paragraph);
            }
            furnitureSinceBlock = false;
        }

        private void endSection() {
            if (heading != null) {
                List<Block> done = new ArrayList<>();
                for (Object b : blocks) {
                    if (b instanceof ParagraphDraft p) {
                        done.add(new Block.Paragraph(parse(p.text.toString(), new Line(p.line, p.text.toString())), p.line));
                    } else if (b instanceof ListDraft l) {
                        done.add(new Block.ItemList(l.ordered, l.continues, l.start, List.copyOf(l.items), l.line));
                    } else {
                        done.add((Block) b);
                    }
                }
                sections.add(new Section(kind, heading, List.copyOf(done), headingLine));
            }
            blocks.clear();
            paragraph = null;
            list = null;
            furnitureSinceBlock = false;
        }
    }

    private static final class ParagraphDraft {
        final int line;
        final StringBuilder text;

        ParagraphDraft(int line, String text) {
            this.line = line;
            this.text = new StringBuilder(text);
        }

        /** A paragraph that stops mid-sentence, as one cut by a page break does. */
        boolean isUnfinished() {
            String t = text.toString().strip();
            char last = t.charAt(t.length() - 1);
            return Character.isLetterOrDigit(last) || last == ',';
        }
    }

    private static final class ListDraft {
        final boolean ordered;
        final boolean continues;
        /** The number the source gives the first item. */
        final int start;
        final int line;
        final List<Block.ListItem> items = new ArrayList<>();

        ListDraft(boolean ordered, boolean continues, int start, int line) {
            this.ordered = ordered;
            this.continues = continues;
            this.start = start;
            this.line = line;
        }
    }

    private List<Inline> parse(String text, Line line) {
        Optional<List<Inline>> inlines = RedlineText.parse(text);
        if (inlines.isEmpty()) {
            problems.error(file.atLine(line.number()), "unbalanced redline marks in \"" + MarkdownSpecReader.excerpt(text) + "\"",
                    "every ~~ needs a closing ~~ and every [ a closing ](#) on the same line");
            return List.of(new Inline.Text(text));
        }
        return inlines.get();
    }

    private String cleanDebris(Line line) {
        String t = line.text();
        if (HYPHEN_DEBRIS.matcher(t).find()) {
            problems.notice(file.atLine(line.number()), "export debris cleaned: lone hyphen after the full stop (\".-\")", "");
            return HYPHEN_DEBRIS.matcher(t).replaceFirst(".");
        }
        if (DOUBLED_STOP.matcher(t).find()) {
            problems.notice(file.atLine(line.number()), "export debris cleaned: doubled full stop (\". .\")", "");
            return DOUBLED_STOP.matcher(t).replaceFirst(".");
        }
        return t;
    }

    private void removed(Line line, String kind) {
        problems.notice(file.atLine(line.number()), "removed page furniture (" + kind + "): \""
                + MarkdownSpecReader.excerpt(line.text()) + "\"", "");
    }

    private boolean isHeading(String plain) {
        if (plain.isEmpty() || plain.length() > 80) {
            return false;
        }
        if (aliases.forHeading(plain).isPresent() && !plain.endsWith(".") && plain.length() <= 60) {
            return true;
        }
        return isUpperCase(plain) && !plain.endsWith(".") && !plain.endsWith(":");
    }

    private static boolean isSubheading(String plain) {
        return plain.endsWith(":") && plain.length() <= 40 && plain.indexOf('.') < 0;
    }

    private static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && text.codePoints().filter(Character::isLetter).count() >= 3;
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean minor = i > 0 && List.of("of", "and", "or", "the", "to", "in", "for", "a", "an", "on").contains(w);
            out.append(i > 0 ? " " : "").append(minor || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    private static boolean hasMarks(List<Inline> inlines) {
        return inlines.stream().anyMatch(i -> i instanceof Inline.Deleted || i instanceof Inline.Inserted);
    }

    /** The words of inlines as the approved text has them: deletions dropped, insertions kept. */
    static String plain(List<Inline> inlines) {
        return words(inlines, false);
    }

    /** All words of inlines, deleted ones included: what the line looked like in the document. */
    static String allText(List<Inline> inlines) {
        return words(inlines, true);
    }

    private static String words(List<Inline> inlines, boolean withDeleted) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (inline instanceof Inline.Deleted d) {
                sb.append(withDeleted ? words(d.content(), true) : "");
            } else if (inline instanceof Inline.Inserted ins) {
                sb.append(words(ins.content(), withDeleted));
            } else if (inline instanceof Inline.Emphasis e) {
                sb.append(words(e.content(), withDeleted));
            } else if (inline instanceof Inline.Strong st) {
                sb.append(words(st.content(), withDeleted));
            } else if (inline instanceof Inline.Link l) {
                sb.append(words(l.content(), withDeleted));
            } else {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }
}
