package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SpecSource;

/**
 * An imported spec from a source the generator can already read (a Word redline text export like
 * the seed, or a native Markdown file): the same model, so the written source builds into the
 * same page.
 */
final class FromSource {

    /** Header keys for the register fields a native header may repeat. */
    private static final Map<RegisterField, String> KEYS = Map.ofEntries(
            Map.entry(RegisterField.TITLE, "title"), Map.entry(RegisterField.CODE, "code"),
            Map.entry(RegisterField.DEPARTMENT, "department"), Map.entry(RegisterField.UNIT, "unit"),
            Map.entry(RegisterField.FLSA, "flsa"), Map.entry(RegisterField.SERIES, "series"),
            Map.entry(RegisterField.LEVEL, "level"), Map.entry(RegisterField.STATUS, "class.status"),
            Map.entry(RegisterField.STATUS_DATE, "abolished"), Map.entry(RegisterField.FORMER_TITLES, "former.titles"),
            Map.entry(RegisterField.FORMER_CODES, "former.codes"), Map.entry(RegisterField.OPENINGS, "openings"));

    private FromSource() {
    }

    static ImportedSpec spec(SpecSource source, String[] lines) {
        Map<String, String> header = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        for (RegisterField f : RegisterField.values()) {
            Field value = source.fields().get(f);
            if (value != null) {
                header.put(KEYS.get(f), value.value());
                String text = value.line() > 0 && value.line() <= lines.length ? lines[value.line() - 1].strip() : value.value();
                found.add(new Found(KEYS.get(f), value.value(), text, "line " + value.line()));
            }
        }
        Approval approval = source.approval();
        if (approval != null) {
            header.put("approved", approval.date().toString());
            if (!approval.body().isBlank()) {
                header.put("approved.by", approval.body());
            }
            found.add(new Found("approved", approval.date() + (approval.body().isBlank() ? "" : " by " + approval.body()), "", ""));
        }
        if (!source.history().isEmpty()) {
            List<String> earlier = source.history().stream()
                    .map(a -> a.body().isBlank() ? a.date().toString() : a.date() + " " + a.body()).toList();
            header.put("history", String.join("; ", earlier));
            found.add(new Found("history", String.join("; ", earlier), "", ""));
        }
        if (!source.revisers().isEmpty()) {
            header.put("revisions", org.jobspecs.spec.Reviser.headerValue(source.revisers()));
        }
        return new ImportedSpec(header, Map.of(), source.sections(), found, List.of());
    }
}
