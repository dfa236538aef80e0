package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Section;

/**
 * Splits a series spec ("Water Operator Trainee / I / II", with "Class Codes: 6601 (Trainee), 6602
 * (I), 6603 (II)") into one source per level, since a native source describes one class. Text
 * under a sub-heading naming a level, or a paragraph that starts with a level's name and a colon,
 * goes to that level only; everything else is shared by all levels.
 */
final class SeriesSplitter {

    private static final Pattern CODE_AND_LEVEL = Pattern.compile("([A-Za-z]{0,3}\\d[A-Za-z0-9-]{0,9})\\s*\\(([^)]{1,30})\\)");
    private static final Pattern SERIES_SUFFIX = Pattern.compile("(?i)\\s+(?:series|(?:trainee|[ivx]{1,4})(?:\\s*[/,&]\\s*(?:trainee|[ivx]{1,4}))+)\\s*$");

    /** One level: its code and name ("Trainee", "I", "II"). */
    record Level(String code, String name) { }

    private SeriesSplitter() {
    }

    /** The levels a code line lists, or an empty list for a single class. */
    static List<Level> levels(String codeValue) {
        List<Level> levels = new ArrayList<>();
        Matcher m = CODE_AND_LEVEL.matcher(codeValue);
        while (m.find()) {
            levels.add(new Level(m.group(1), m.group(2).strip()));
        }
        return levels.size() > 1 ? levels : List.of();
    }

    static List<ImportedSpec> split(ImportedSpec series, List<Level> levels) {
        String base = SERIES_SUFFIX.matcher(series.title()).replaceFirst("").strip();
        String seriesId = Importer.slug(base);
        List<ImportedSpec> specs = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            Map<String, String> header = new LinkedHashMap<>(series.header());
            header.put("title", base + " " + level.name());
            header.put("code", level.code());
            Map<String, String> register = new LinkedHashMap<>(series.register());
            register.put("series", seriesId);
            register.put("level", Integer.toString(i + 1));
            List<Section> sections = new ArrayList<>();
            for (Section s : series.sections()) {
                sections.add(new Section(s.kind(), s.heading(), blocksFor(s.blocks(), level, levels), s.line()));
            }
            List<String> notes = new ArrayList<>(series.notes());
            notes.add("series spec \"" + series.title() + "\" split into one source per level (" + levels.size()
                    + " levels); this is level " + (i + 1) + ", " + level.name());
            specs.add(new ImportedSpec(header, register, sections, series.fields(), notes));
        }
        return specs;
    }

    /** The blocks of a section that belong to one level: shared ones and its own. */
    private static List<Block> blocksFor(List<Block> blocks, Level level, List<Level> levels) {
        List<Block> out = new ArrayList<>();
        Level owner = null;
        for (Block b : blocks) {
            if (b instanceof Block.Subheading h) {
                Level named = named(Words.after(h.content()).replaceAll(":$", ""), levels);
                if (named != null) {
                    owner = named;
                    continue;
                }
                owner = null;
            }
            Level prefix = b instanceof Block.Paragraph p ? prefixed(Words.after(p.content()), levels) : null;
            Level belongs = prefix != null ? prefix : owner;
            if (belongs == null || belongs.equals(level)) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    /** The level a sub-heading names: "Trainee", "Level II", "Water Operator II". */
    private static Level named(String text, List<Level> levels) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Level l : levels) {
            String n = l.name().toLowerCase(Locale.ROOT);
            if (t.equals(n) || t.equals("level " + n) || t.endsWith(" " + n)) {
                return l;
            }
        }
        return null;
    }

    /** The level a paragraph starts with: "Water Operator II: Two years of …". */
    private static Level prefixed(String text, List<Level> levels) {
        int colon = text.indexOf(':');
        return colon > 0 && colon < 60 ? named(text.substring(0, colon), levels) : null;
    }
}
