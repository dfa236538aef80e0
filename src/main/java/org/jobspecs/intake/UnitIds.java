package org.jobspecs.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.problem.Closest;

/**
 * The units and groups of {@code data/units.csv}, by id and by name (case and punctuation
 * ignored): how the importers turn a unit named in a document or an HRIS export into its id.
 */
public record UnitIds(Map<String, String> ids) {

    /** The units of {@code file}; none when there is no such file. */
    public static UnitIds load(Path file) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            DataFile units = DataFile.load(file, List.of("id", "name", "kind"));
            for (List<String> r : units.rows) {
                String id = units.get(r, "id");
                if (!id.isEmpty()) {
                    ids.put(DataFile.key(id), id);
                    ids.put(DataFile.key(units.get(r, "name")), id);
                }
            }
        }
        return new UnitIds(ids);
    }

    /** The id of the unit {@code value} names (by id or by name). */
    public Optional<String> id(String value) {
        return Optional.ofNullable(ids.get(DataFile.key(value)));
    }

    /** " (did you mean ID?)" for the closest unit, or "". */
    public String near(String value) {
        return Closest.to(DataFile.key(value), ids.keySet()).map(k -> " (did you mean " + ids.get(k) + "?)").orElse("");
    }
}
