package org.jobspecs.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jobspecs.spec.Reviser;
import org.jobspecs.spec.Section;

/**
 * The metadata of one spec as the recogniser collects it: title, class code, register fields,
 * approval dates (the latest is the current approval, the others its history) and the body that
 * approved it.
 */
final class HeadFields {

    /** A title followed by its class code in parentheses, and perhaps more: "Museum Scientist (9723C), The Jepson Herbaria". */
    private static final java.util.regex.Pattern TITLE_AND_CODE = java.util.regex.Pattern.compile(
            "\\s*(\\p{L}.{2,80}?)\\s*\\(([A-Z]{0,4}-?\\d[0-9A-Z-]{1,8})\\)\\s*(?:[,–—-].*)?");

    /** The kind of document after a title: "Programme Delivery Manager job description", "Analyst - Performance Profile". */
    private static final java.util.regex.Pattern DOCUMENT_SUFFIX = java.util.regex.Pattern.compile(
            "(?i)\\s*[-–—:]?\\s*\\b(?:job|position|class)\\s+(?:description|specification|profile)$|\\s*[-–—:]\\s*performance\\s+profile$|\\s*[-–—:]\\s*duty\\s+statement$");

    private final List<Found> fields = new ArrayList<>();
    private final TreeSet<LocalDate> dates = new TreeSet<>();
    private final List<String> notes = new ArrayList<>();
    private final UnaryOperator<String> titleCase;
    private String title;
    private String approvedBy;
    /** The code a page footer gives, used when the head gives none. */
    private Found footerCode;
    /** The index in {@link #fields} of the title taken from the first heading-like line, or -1. */
    private int titleByShape = -1;

    /** @param titleCase how an upper-case title is written (see {@link TitleCase}) */
    HeadFields(UnaryOperator<String> titleCase) {
        this.titleCase = titleCase;
    }

    boolean hasTitle() {
        return title != null;
    }

    /** The title found so far, or null. */
    String title() {
        return title;
    }

    void title(String text, String where) {
        String named = DOCUMENT_SUFFIX.matcher(text).replaceFirst("");
        java.util.regex.Matcher m = TITLE_AND_CODE.matcher(named);
        if (m.matches()) { // "Museum Scientist (9723C), The Jepson Herbaria": the title, its code, and where it sits
            title = titleCase.apply(m.group(1));
            fields.add(new Found("title", title, text, where));
            titleByShape = fields.size() - 1;
            add(List.of(new Found("code", m.group(2), text, where)), List.of(), 0, "");
            return;
        }
        title = titleCase.apply(named);
        fields.add(new Found("title", title, text, where));
        titleByShape = fields.size() - 1;
    }

    /**
     * Adds the fields of the line at {@code i}. "Approved by CSB:" with the date on the next line
     * takes that line too; returns the index of the last piece consumed.
     */
    int add(List<Found> found, List<Para> paras, int i, String lineWord) {
        int last = i;
        for (Found f : found) {
            String key = f.key();
            if (key.startsWith("approved.by:")) {
                approvedBy = key.substring("approved.by:".length());
                String value = f.value();
                if (value.isEmpty() && i + 1 < paras.size()) {
                    String next = Words.after(paras.get(i + 1).content());
                    if (!MetadataLines.dates(next).isEmpty() && next.length() <= 40) {
                        value = next;
                        last = i + 1;
                        f = new Found(key, next, f.text() + " " + Words.all(paras.get(i + 1).content()), f.where());
                    }
                }
                dates.addAll(MetadataLines.dates(value));
                fields.add(new Found("approved", value, f.text(), f.where()));
            } else if (key.equals("dates")) {
                dates.addAll(MetadataLines.dates(f.value()));
                fields.add(new Found("history", f.value(), f.text(), f.where()));
            } else if (key.equals("title") && TITLE_AND_CODE.matcher(f.value()).matches()) {
                java.util.regex.Matcher m = TITLE_AND_CODE.matcher(f.value());
                m.matches();
                add(List.of(new Found("title", m.group(1), f.text(), f.where()), new Found("code", m.group(2), f.text(), f.where())), paras, i, lineWord);
            } else if (key.equals("title")) {
                title = titleCase.apply(f.value());
                if (titleByShape >= 0) { // a labelled title ("Working Title: …") wins over the first heading-like line
                    Found byShape = fields.get(titleByShape);
                    fields.set(titleByShape, new Found("head", byShape.value(), byShape.text(), byShape.where()));
                    titleByShape = -1;
                }
                fields.add(f);
            } else if (key.equals("code") && first("code").isPresent()) {
                code(first("code").get(), f);
            } else if (key.equals("code") && footerCode != null) {
                fields.add(f);
                code(f.value(), footerCode); // the head's code wins over the footer's
            } else if (key.equals("footer.title")) {
                if (title == null) { // the footer is the only place that names the class
                    title = titleCase.apply(f.value());
                    fields.add(new Found("title", title, f.text(), f.where()));
                }
            } else if (key.equals("footer.code")) {
                fields.add(f);
                if (first("code").isPresent()) {
                    code(first("code").get(), f);
                } else if (footerCode == null) {
                    footerCode = f;
                }
            } else {
                fields.add(f);
            }
        }
        return last;
    }

    /**
     * A second class code (a page footer's "Class No. 004512"): the same code with zeros in front
     * (or without them) is the same class, and the first one written is kept; another code is
     * reported for a person to check.
     */
    private void code(String kept, Found again) {
        String value = again.value();
        if (value.equalsIgnoreCase(kept)) {
            return;
        }
        if (stripZeros(value).equalsIgnoreCase(stripZeros(kept))) {
            notes.add("class code \"" + value + "\" (" + again.where() + ") is \"" + kept + "\" written with other leading zeros: kept \""
                    + kept + "\", the code the document's head gives");
        } else {
            notes.add("the document gives a second class code \"" + value + "\" (" + again.where() + "): kept \"" + kept
                    + "\"; check which is right");
        }
    }

    private static String stripZeros(String code) {
        return code.replaceFirst("^0+(?=.)", "");
    }

    /** The spec, or one spec per level when the code line lists a series' levels. */
    List<ImportedSpec> specs(List<Section> sections, List<String> notes, List<Revision> revisions) {
        ImportedSpec spec = spec(sections, notes, revisions);
        List<SeriesSplitter.Level> levels = first("code").map(SeriesSplitter::levels).orElse(List.of());
        return levels.isEmpty() ? List.of(spec) : SeriesSplitter.split(spec, levels);
    }

    private ImportedSpec spec(List<Section> sections, List<String> notes, List<Revision> revisions) {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> register = new LinkedHashMap<>();
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(this.notes);
        if (title != null) {
            header.put("title", title);
        }
        first("code").or(() -> java.util.Optional.ofNullable(footerCode).map(Found::value))
                .ifPresent(code -> header.put("code", code.split("[\\s,;]+")[0]));
        if (!dates.isEmpty()) {
            header.put("approved", dates.last().toString());
            if (approvedBy != null && !approvedBy.isBlank()) {
                header.put("approved.by", approvedBy.strip());
            }
            List<String> earlier = new ArrayList<>();
            for (LocalDate d : dates.descendingSet()) {
                if (!d.equals(dates.last())) {
                    earlier.add(d.toString());
                }
            }
            if (!earlier.isEmpty()) {
                header.put("history", String.join("; ", earlier));
            }
        }
        String changes = revisions(revisions);
        if (!changes.isEmpty()) {
            header.put("revisions", changes);
        }
        first("salary").ifPresent(pay -> allNotes.add("salary \"" + pay + "\" is reported, not written into the source: "
                + "pay on the site comes from the adopted schedule; add the class to data/pay.csv"));
        for (String key : List.of("department", "unit", "flsa")) {
            first(key).ifPresent(v -> register.put(key, v));
        }
        return new ImportedSpec(header, register, sections, List.copyOf(fields), allNotes);
    }

    private java.util.Optional<String> first(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(Found::value).findFirst();
    }

    /** "Pat Lee (2025-09-12); Sam Roe": who made the tracked changes, and when, in document order. */
    static String revisions(List<Revision> revisions) {
        Set<Reviser> entries = new LinkedHashSet<>();
        for (Revision r : revisions) {
            String name = r.author().strip().replace(';', ',');
            if (name.isBlank()) {
                continue;
            }
            LocalDate date = r.date().isBlank() ? null : LocalDate.parse(r.date());
            try {
                entries.add(new Reviser(name, date));
            } catch (IllegalArgumentException e) {
                entries.add(new Reviser(name.replaceAll("[()\\d]", "").strip(), date)); // a name the header cannot hold as written
            }
        }
        return Reviser.headerValue(List.copyOf(entries));
    }
}
