package org.jobspecs.requirement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labelled set (issue 13): for each spec, what a person read in it before the extractor ran
 * ({@code src/test/resources/requirement-judgements/*.tsv}; its README gives the rules), and the
 * precision and recall of the extractor's answers against it, per field.
 */
final class Judgements {

    /** One labelled spec; "unknown" where a person could not tell, "-" where the field does not apply. */
    record Row(String source, String education, String orEquivalent, String months, String driver, List<String> certificates,
               String entryLevel) { }

    private Judgements() {
    }

    static List<Row> load(String name) throws IOException {
        try (InputStream in = Judgements.class.getResourceAsStream("/requirement-judgements/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("source\t")) {
                    continue;
                }
                String[] c = Arrays.copyOf(line.split("\t", -1), 8);
                List<String> certs = c[5] == null || c[5].isBlank() ? List.of() : List.of(c[5].split(";"));
                rows.add(new Row(c[0], c[1], c[2], c[3], c[4], certs, c[6]));
            }
            return rows;
        }
    }

    /** Counts for one field: answers given, answers right, answers a person could give. */
    static final class Score {
        int given;
        int right;
        int known;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return given == 0 ? 1.0 : (double) right / given;
        }

        double recall() {
            return known == 0 ? 1.0 : (double) right / known;
        }
    }

    static final List<String> FIELDS = List.of("education", "or equivalent", "months of experience", "driver's licence",
            "driver's licence class", "certificates", "entry level");

    /** Scores every field of every row against the extractor's answers. */
    static Map<String, Score> score(List<Row> rows, Map<String, Needs> answers) {
        Map<String, Score> scores = new LinkedHashMap<>();
        FIELDS.forEach(f -> scores.put(f, new Score()));
        for (Row row : rows) {
            Needs n = answers.get(row.source());
            String id = row.source();
            value(scores.get("education"), id, row.education(), n.education() == null ? null : n.education().level().id());
            if (!row.orEquivalent().equals("-")) {
                value(scores.get("or equivalent"), id, row.orEquivalent(),
                        n.education() == null || n.education().level() == EducationLevel.NONE ? null : n.education().orEquivalent() ? "yes" : "no");
            }
            value(scores.get("months of experience"), id, row.months(), n.experience() == null ? null : String.valueOf(n.experience().months()));
            // the driver's licence is a yes/no answer: "yes" counts as given, "no" as no answer
            boolean required = !row.driver().equals("no") && !row.driver().equals("unknown");
            Score d = scores.get("driver's licence");
            if (required) {
                d.known++;
            }
            if (n.driversLicence()) {
                d.given++;
                if (required) {
                    d.right++;
                } else {
                    d.misses.add(id + ": said a driver's licence, label " + row.driver());
                }
            } else if (required) {
                d.misses.add(id + ": missed the driver's licence (" + row.driver() + ")");
            }
            String cls = n.licences().stream().filter(Needs.Licence::driver).map(Needs.Licence::driverClass).filter(c -> !c.isEmpty()).findFirst().orElse(null);
            boolean lettered = row.driver().matches("[ABC]");
            value(scores.get("driver's licence class"), id, lettered ? row.driver() : "unknown", cls);
            Score c = scores.get("certificates");
            List<String> names = n.licences().stream().filter(l -> !l.driver()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList();
            c.known += row.certificates().size();
            for (String want : row.certificates()) {
                if (names.stream().anyMatch(x -> x.contains(want.toLowerCase(Locale.ROOT)))) {
                    c.right++;
                } else {
                    c.misses.add(id + ": missed certificate " + want + " (found " + names + ")");
                }
            }
            for (String got : names) {
                boolean matches = row.certificates().stream().anyMatch(w -> got.contains(w.toLowerCase(Locale.ROOT)));
                c.given += matches ? 0 : 1; // a right answer is counted once per label above; a wrong one here
                if (!matches) {
                    c.misses.add(id + ": wrong certificate " + got);
                }
            }
            c.given += (int) row.certificates().stream().filter(w -> names.stream().anyMatch(x -> x.contains(w.toLowerCase(Locale.ROOT)))).count();
            value(scores.get("entry level"), id, row.entryLevel(), n.entryLevel() == null ? null : n.entryLevel() ? "yes" : "no");
        }
        return scores;
    }

    /** One answer against one label: no answer to "unknown" is right and not counted; an answer to it is wrong. */
    private static void value(Score s, String id, String label, String answer) {
        boolean known = !label.equals("unknown");
        if (known) {
            s.known++;
        }
        if (answer == null) {
            if (known) {
                s.misses.add(id + ": no answer (label " + label + ")");
            }
            return;
        }
        s.given++;
        if (answer.equals(label)) {
            s.right++;
        } else {
            s.misses.add(id + ": said " + answer + ", label " + label);
        }
    }

    /** The Markdown table: one row per field. */
    static String table(String title, int specs, Map<String, Score> scores) {
        StringBuilder b = new StringBuilder("### " + title + " (" + specs + " specs)\n\n"
                + "| Field | Answers given | Right | Labels known | Precision | Recall |\n|---|---:|---:|---:|---:|---:|\n");
        scores.forEach((field, s) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f |%n", field, s.given, s.right, s.known,
                s.precision(), s.recall())));
        return b.toString();
    }

    static String misses(Map<String, Score> scores) {
        StringBuilder b = new StringBuilder();
        scores.forEach((field, s) -> s.misses.forEach(m -> b.append("- ").append(field).append(": ").append(m).append('\n')));
        return b.toString();
    }
}
