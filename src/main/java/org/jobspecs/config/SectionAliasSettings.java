package org.jobspecs.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jobspecs.problem.Closest;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;

/**
 * Reads a site's own section names: {@code section.aliases.<anchor>=Heading|Other Heading}, where
 * the key ends with a canonical section's anchor ({@code duties}) and the value lists headings
 * separated by {@code |}. They add to the built-in names ({@link SectionAliases#builtIn()}).
 */
final class SectionAliasSettings {

    static final String PREFIX = "section.aliases.";
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");

    private SectionAliasSettings() {
    }

    /**
     * @param settings every {@code section.aliases.*} key with its value
     * @param lines    where each key is set in jbake.properties
     * @return the site's section names, or empty after reporting what is wrong
     */
    static Optional<SectionAliases> read(Map<String, String> settings, PropertyLines lines, Problems problems) {
        SectionAliases aliases = SectionAliases.builtIn();
        boolean ok = true;
        List<String> keys = settings.keySet().stream()
                .sorted(Comparator.comparingInt(lines::lineOf).thenComparing(Comparator.naturalOrder())).toList();
        for (String key : keys) {
            Location at = new Location("jbake.properties", lines.lineOf(key));
            String anchor = key.substring(PREFIX.length());
            Optional<SectionKind> kind = SectionKind.forAnchor(anchor);
            if (kind.isEmpty()) {
                List<String> anchors = Arrays.stream(SectionKind.values()).map(SectionKind::anchor).toList();
                problems.error(at, "\"" + anchor + "\" in " + key + " is not a section",
                        Closest.to(anchor, anchors).map(a -> "did you mean section.aliases." + a + "? Otherwise end").orElse("end")
                                + " the key with one of: " + String.join(", ", anchors));
                ok = false;
                continue;
            }
            List<String> names = BAR.splitAsStream(settings.get(key)).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) {
                problems.error(at, key + " gives no heading",
                        "list the headings separated by '|', e.g. " + key + "=Job Duties|Tasks Performed");
                ok = false;
            }
            for (String name : names) {
                Optional<String> wrong = problem(aliases, kind.get(), name);
                if (wrong.isPresent()) {
                    problems.error(at, "\"" + name + "\" in " + key + " " + wrong.get(),
                            "remove \"" + name + "\" from " + key + (wrong.get().startsWith("already")
                                    ? ": a heading can name only one section" : ""));
                    ok = false;
                } else {
                    aliases = aliases.with(kind.get(), name);
                }
            }
        }
        return ok ? Optional.of(aliases) : Optional.empty();
    }

    /** What keeps {@code name} from naming {@code kind}, if anything. */
    private static Optional<String> problem(SectionAliases aliases, SectionKind kind, String name) {
        if (!LETTER.matcher(name).matches()) {
            return Optional.of("has no letters, and headings are compared by their letters");
        }
        if (SectionAliases.isUnplaced(name)) {
            return Optional.of("cannot name a section: the importer puts the text it could not place under it");
        }
        Optional<SectionKind> named = aliases.forHeading(name);
        if (named.isPresent() && named.get() != kind) {
            boolean builtIn = SectionAliases.builtIn().forHeading(name).isPresent();
            return Optional.of("already names the section " + named.get().title()
                    + (builtIn ? "" : " (in " + PREFIX + named.get().anchor() + ")"));
        }
        return Optional.empty();
    }
}
