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
 * jbake.properties). Headings compare loosely (see {@link #normalise}), so "EXAMPLES OF DUTIES:"
 * names the same section as "Examples of Duties" and "Education And/or Experience" the same as
 * "Education and Experience". Every name names one
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

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /**
     * Words that join or introduce the words of a name ("Knowledge of", "Education and/or
     * Experience", "Your main responsibilities will include", "Skills you need"), ignored when names
     * are compared.
     */
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("and", "or", "of", "the", "to", "a", "an", "in",
            "your", "our", "main", "key", "will", "include", "includes", "are", "is", "this", "post", "role", "job",
            "position", "required", "need", "needed", "typical", "essential", "important", "illustrative", "representative",
            "acceptable", "secondary", "classification");
    private static final Pattern UNPLACED_HEADING = Pattern.compile("(?i)\\s*unplaced\\s*:?\\s*");
    /**
     * Sections agencies often write that no canonical section stands for: kept under their own
     * name, but a line that names one is read as a heading just the same.
     */
    public static final List<String> OTHER_SECTIONS = List.of(
            "Supervision Received and Exercised", "Supervision Received", "Supervision Exercised", "Supervision",
            "Supervisory Responsibilities", "Supervision Given", "Supplemental Information", "Special Notes", "Notes",
            "Leadership Competencies", "Core Competencies", "Competencies", "Conflict of Interest Statement",
            "Conflict of Interest", "Probationary Period", "Probation", "Tools and Equipment Used", "Tools and Equipment",
            "Equipment Used", "Selection Process", "Selection Procedure", "Examination Process", "Desirable Qualifications",
            "Preferred Qualifications", "Disaster Service Worker", "Background Investigation", "Where to Apply",
            "Process Notes", "Application Deadline", "Additional Information", "Other Information", "Mental Demands",
            "Reporting Relationships", "Reports To", "Career Ladder", "Promotional Opportunities",
            "Americans with Disabilities Act", "Equal Employment Opportunity", "Special Instructions", "Scope",
            "Working Relationships", "Language Requirements", "Travel Requirements", "Job Scope", "Introduction");
    private static final java.util.Set<String> OTHER_KEYS = OTHER_SECTIONS.stream().map(SectionAliases::normalise)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
            put(byName, kind.title(), kind);
            kind.aliases().forEach(alias -> put(byName, alias, kind));
        }
        return new SectionAliases(Map.copyOf(byName), Map.of());
    }

    private static void put(Map<String, SectionKind> byName, String name, SectionKind kind) {
        SectionKind before = byName.put(normalise(name), kind);
        if (before != null && before != kind) {
            throw new IllegalStateException("\"" + name + "\" names both " + before + " and " + kind);
        }
    }

    /** The canonical section a heading names, ignoring case, punctuation and a trailing colon. */
    public Optional<SectionKind> forHeading(String heading) {
        String key = normalise(heading);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(key));
    }

    /**
     * Whether a line names a section: a canonical one ({@link #forHeading}) or one of the
     * {@link #OTHER_SECTIONS} that agencies write and no canonical section stands for.
     */
    public boolean namesSection(String heading) {
        String key = normalise(heading);
        return !key.isEmpty() && (byName.containsKey(key) || OTHER_KEYS.contains(key));
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

    /**
     * A name as headings are compared: lower case, letters only, the joining and introducing words
     * ("and", "or", "of", "to", "&amp;", "your main … will include") dropped, each word in the singular and in US spelling — so that
     * "EDUCATION AND/OR EXPERIENCE:", "Education/Experience" and "Education & Experience" compare
     * equal, as do "Knowledge, Skills, and Abilities" and "Knowledge, Skills and Abilities".
     */
    static String normalise(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        StringBuilder key = new StringBuilder();
        var words = WORD.matcher(lower);
        while (words.find()) {
            String word = words.group();
            if (CONNECTIVES.contains(word) || word.length() == 1) { // a single letter labels a part: "B Physical Effort"
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(singular(word.startsWith("licenc") ? "licens" + word.substring(6) : word));
        }
        return key.toString();
    }

    /** "abilities" → "ability", "duties" → "duty", "licenses" → "license"; "class", "status" and "analysis" stay. */
    private static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
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
