package org.jobspecs.spec;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which canonical section a heading names: every section's title and usual variants
 * ({@link SectionKind#aliases()}) plus the names a site adds ({@code section.aliases.<anchor>} in
 * jbake.properties). Headings compare without case or punctuation, "&amp;" and "and" alike, so
 * "EXAMPLES OF DUTIES:" names the same section as "Examples of Duties". Every name names one
 * section only. Immutable and safe to share between threads.
 *
 * <pre>
 * SectionAliases aliases = SectionAliases.builtIn().with(SectionKind.EXAMPLES_OF_DUTIES, "Tasks Performed");
 * aliases.forHeading("TASKS PERFORMED:");   // Optional[EXAMPLES_OF_DUTIES]
 * </pre>
 */
public final class SectionAliases {

    /** The heading under which the importer puts text it could not place; never a section's name. */
    public static final String UNPLACED = "Unplaced";

    private static final Pattern AND = Pattern.compile("\\band\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern UNPLACED_HEADING = Pattern.compile("(?i)\\s*unplaced\\s*:?\\s*");
    private static final SectionAliases BUILT_IN = builtInTable();

    /** Normalised name → section. */
    private final Map<String, SectionKind> byName;
    /** The site's own names of each section, in the order they were added. */
    private final Map<SectionKind, List<String>> added;

    private SectionAliases(Map<String, SectionKind> byName, Map<SectionKind, List<String>> added) {
        this.byName = byName;
        this.added = added;
    }

    /** The names every site recognises: each section's title and its usual variants. */
    public static SectionAliases builtIn() {
        return BUILT_IN;
    }

    private static SectionAliases builtInTable() {
        Map<String, SectionKind> byName = new HashMap<>();
        for (SectionKind kind : SectionKind.values()) {
            byName.put(normalise(kind.title()), kind);
            kind.aliases().forEach(alias -> byName.put(normalise(alias), kind));
        }
        return new SectionAliases(Map.copyOf(byName), Map.of());
    }

    /** The canonical section a heading names, ignoring case, punctuation and a trailing colon. */
    public Optional<SectionKind> forHeading(String heading) {
        return Optional.ofNullable(byName.get(normalise(heading)));
    }

    /**
     * These names plus {@code alias} as a name of {@code kind}. Adding a name the section already
     * has changes nothing.
     *
     * @throws IllegalArgumentException when the alias already names another section (see
     *                                  {@link #forHeading}), has no letters, or is {@link #UNPLACED}
     */
    public SectionAliases with(SectionKind kind, String alias) {
        String key = normalise(alias);
        if (key.isEmpty() || isUnplaced(alias)) {
            throw new IllegalArgumentException("\"" + alias + "\" cannot name a section");
        }
        SectionKind current = byName.get(key);
        if (current == kind) {
            return this;
        }
        if (current != null) {
            throw new IllegalArgumentException("\"" + alias + "\" already names " + current.title());
        }
        Map<String, SectionKind> names = new HashMap<>(byName);
        names.put(key, kind);
        Map<SectionKind, List<String>> extra = new EnumMap<>(SectionKind.class);
        extra.putAll(added);
        List<String> ofKind = new ArrayList<>(extra.getOrDefault(kind, List.of()));
        ofKind.add(alias.strip());
        extra.put(kind, List.copyOf(ofKind));
        return new SectionAliases(Map.copyOf(names), Map.copyOf(extra));
    }

    /** The names the site added for a section (not the built-in ones), in the order given. */
    public List<String> added(SectionKind kind) {
        return added.getOrDefault(kind, List.of());
    }

    /** Whether a heading is the importer's "Unplaced" (any case, an optional trailing colon). */
    public static boolean isUnplaced(String heading) {
        return UNPLACED_HEADING.matcher(heading).matches();
    }

    static String normalise(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT).replace('&', ' ');
        return NOT_LETTERS.matcher(AND.matcher(lower).replaceAll(" ")).replaceAll(" ").trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectionAliases other && byName.equals(other.byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    @Override
    public String toString() {
        return "SectionAliases" + added;
    }
}
