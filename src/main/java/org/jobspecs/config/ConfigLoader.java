package org.jobspecs.config;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.SectionAliases;

/**
 * Reads {@code jbake.properties} as JBake's {@link JBakeConfigurationFactory} does ({@link #jbake}): JBake's defaults
 * apply ({@code content}, {@code templates}, {@code assets}, {@code data} folders) and its keys keep
 * their meaning. Missing folders are reported with the key that names them.
 */
public final class ConfigLoader {

    private static final Pattern THEME_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** Colour-like values only: they are written into a style element. */
    private static final Pattern THEME_VALUE = Pattern.compile("[#A-Za-z0-9(),.% -]{1,64}");

    /** The key of the working hours in a full-time year (issue 13: comparable pay). */
    static final String HOURS_PER_YEAR = "pay.hours.per.year";
    /** Every {@code pay.*} key; any other is a typo, reported with the closest. */
    static final List<String> PAY_KEYS = List.of(HOURS_PER_YEAR);
    /** Issue 14: earlier versions of the specs from the source folder's git history. */
    static final String VERSIONS_FROM_GIT = "versions.from.git";
    static final List<String> VERSION_KEYS = List.of(VERSIONS_FROM_GIT);
    /** The most hours a year has (366 × 24). */
    private static final int MAX_HOURS = 8784;

    private ConfigLoader() {
    }

    /** The folders a site names; a command checks only those it uses. */
    public enum Folder {
        TEMPLATES("template.folder"), ASSETS("asset.folder"), CONTENT("content.folder"), DATA("data.folder");

        private final String key;

        Folder(String key) {
            this.key = key;
        }

        /** The key of {@code jbake.properties} that names the folder. */
        public String key() {
            return key;
        }
    }

    /** The configuration of a site to build, with every folder checked; empty (with errors reported) when unusable. */
    public static Optional<SiteConfig> load(Path source, Problems problems) {
        return load(source, problems, java.util.EnumSet.allOf(Folder.class));
    }

    /**
     * The configuration, checking only the folders a command {@code needs} (issue 12: import needs the
     * data folder, not the templates and assets); empty (with errors reported) when the folder is not
     * usable for it.
     */
    public static Optional<SiteConfig> load(Path source, Problems problems, Set<Folder> needs) {
        Path root = source.toAbsolutePath().normalize();
        Location properties = Location.file("jbake.properties");
        if (!Files.isDirectory(root)) {
            problems.error(Location.file(source.toString()), "the source folder does not exist", "give --source the folder that holds jbake.properties");
            return Optional.empty();
        }
        if (!Files.isRegularFile(root.resolve("jbake.properties"))) {
            problems.error(properties, "there is no jbake.properties in " + root,
                    "run the command in the site's folder, or give it with --source");
            return Optional.empty();
        }
        JBakeConfiguration jbake;
        try {
            jbake = jbake(root.toFile(), root.resolve("target/unused").toFile());
        } catch (ConfigurationException | IllegalArgumentException e) {
            problems.error(properties, "jbake.properties cannot be read: " + e.getMessage(), "correct the file");
            return Optional.empty();
        }
        PropertyLines lines = PropertyLines.of(root.resolve("jbake.properties"));
        boolean ok = (!needs.contains(Folder.TEMPLATES) || folder(jbake.getTemplateFolder(), Folder.TEMPLATES, lines, problems))
                & (!needs.contains(Folder.ASSETS) || folder(jbake.getAssetFolder(), Folder.ASSETS, lines, problems))
                & (!needs.contains(Folder.CONTENT) || folder(jbake.getContentFolder(), Folder.CONTENT, lines, problems))
                & (!needs.contains(Folder.DATA) || folder(jbake.getDataFolder(), Folder.DATA, lines, problems));
        Map<String, String> abbreviations = new TreeMap<>();
        Map<String, String> theme = new TreeMap<>();
        Map<String, String> sectionAliases = new TreeMap<>();
        Map<String, List<String>> synonyms = new TreeMap<>();
        for (Iterator<String> keys = jbake.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.startsWith("abbreviation.")) {
                abbreviations.put(key.substring("abbreviation.".length()), string(jbake, key));
            } else if (key.startsWith("theme.")) {
                String name = key.substring("theme.".length());
                String value = string(jbake, key);
                if (!THEME_NAME.matcher(name).matches() || !THEME_VALUE.matcher(value).matches()) {
                    problems.error(new Location("jbake.properties", lines.lineOf(key)), key + "=" + value + " is not a usable theme setting",
                            "name a CSS custom property (letters, digits, '-') and give a colour such as #1d4f91 or rgb(29, 79, 145)");
                    ok = false;
                    continue;
                }
                theme.put(name, value);
            } else if (key.equals("search.synonyms") || key.startsWith("search.synonyms.")) {
                List<String> members = java.util.Arrays.stream(string(jbake, key).split("\\|")).map(String::strip)
                        .filter(m -> !m.isEmpty()).distinct().toList();
                if (members.size() < 2) {
                    problems.error(new Location("jbake.properties", lines.lineOf(key)),
                            key + " names " + members.size()
                            + " word(s); a synonym group needs at least two", "separate the words and phrases by '|', e.g. "
                            + "search.synonyms.police=police|sheriff|law enforcement");
                    ok = false;
                    continue;
                }
                synonyms.put(key, members);
            } else if (key.startsWith("pay.") && !PAY_KEYS.contains(key)) {
                problems.error(new Location("jbake.properties", lines.lineOf(key)), "unknown setting " + key,
                        org.jobspecs.problem.Closest.to(key, PAY_KEYS).map(k -> "did you mean " + k + "? ").orElse("")
                        + "the pay settings are: " + String.join(", ", PAY_KEYS));
                ok = false;
            } else if ((key.startsWith("versions.") || key.startsWith("version.")) && !VERSION_KEYS.contains(key)) {
                problems.error(new Location("jbake.properties", lines.lineOf(key)), "unknown setting " + key,
                        org.jobspecs.problem.Closest.to(key, VERSION_KEYS).map(k -> "did you mean " + k + "? ").orElse("")
                        + "the versions settings are: " + String.join(", ", VERSION_KEYS));
                ok = false;
            } else if (key.startsWith(SectionAliasSettings.PREFIX)) {
                sectionAliases.put(key, string(jbake, key));
            }
        }
        Optional<SectionAliases> aliases = SectionAliasSettings.read(sectionAliases, lines, problems);
        ok &= aliases.isPresent();
        if (needs.contains(Folder.ASSETS)) {
            ok &= contrast(jbake.getAssetFolder().toPath(), root, theme, lines, problems);
        }
        String logo = string(jbake, "site.logo");
        if (needs.contains(Folder.ASSETS) && !logo.isEmpty() && !Files.isRegularFile(jbake.getAssetFolder().toPath().resolve(logo))) {
            problems.error(new Location("jbake.properties", lines.lineOf("site.logo")), "site.logo names " + logo + ", which is not a file of the asset folder",
                    "put the logo in " + jbake.getAssetFolderName() + "/ and give its path there, e.g. site.logo=images/logo.svg");
            ok = false;
        }
        int hours = hoursPerYear(string(jbake, HOURS_PER_YEAR), lines, problems);
        ok &= hours > 0;
        Optional<Boolean> fromGit = flag(string(jbake, VERSIONS_FROM_GIT), VERSIONS_FROM_GIT, lines, problems);
        ok &= fromGit.isPresent();
        if (!ok) {
            return Optional.empty();
        }
        String host = string(jbake, "site.host");
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        return Optional.of(new SiteConfig(root, path(jbake.getContentFolder()), path(jbake.getDataFolder()),
                path(jbake.getTemplateFolder()), path(jbake.getAssetFolder()), host,
                orDefault(string(jbake, "site.title"), "Class Specifications"), string(jbake, "site.agency"),
                string(jbake, "site.location"), string(jbake, "site.footer"), logo, Map.copyOf(abbreviations), Map.copyOf(theme),
                aliases.get(), acronyms(string(jbake, "import.acronyms")), List.copyOf(synonyms.values()),
                dictionary(root, string(jbake, "search.dictionary"), lines, problems), hours, fromGit.orElse(false)));
    }

    /**
     * JBake's configuration of the folder, as {@link JBakeConfigurationFactory#createDefaultJbakeConfiguration(File, File, boolean)}
     * makes it (JBake 2.7's ConfigUtil: custom.properties when present, jbake.properties, JBake's
     * default.properties, the system properties; lists split at commas; UTF-8; no includes), with each
     * file read by its {@link FileHandler} rather than through a configuration builder, whose fluent
     * parameters (proxies, bean reflection) cost ~60 ms of every start (issue 15).
     * ConfigLoaderTest compares the two.
     */
    static DefaultJBakeConfiguration jbake(File root, File destination) throws ConfigurationException {
        CompositeConfiguration all = new CompositeConfiguration();
        all.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        for (String name : List.of(ConfigUtil.LEGACY_CONFIG_FILE, ConfigUtil.CONFIG_FILE)) {
            File file = new File(root, name);
            if (file.exists()) {
                all.addConfiguration(properties(handler -> handler.setFile(file)));
            }
        }
        java.net.URL defaults = ConfigUtil.class.getClassLoader().getResource(ConfigUtil.DEFAULT_CONFIG_FILE);
        if (defaults != null) {
            all.addConfiguration(properties(handler -> handler.setURL(defaults)));
        }
        all.addConfiguration(new SystemConfiguration());
        DefaultJBakeConfiguration jbake = new DefaultJBakeConfiguration(root, all);
        jbake.setDestinationFolder(destination);
        jbake.setClearCache(false);
        return jbake;
    }

    private static PropertiesConfiguration properties(java.util.function.Consumer<FileHandler> where) throws ConfigurationException {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        properties.setThrowExceptionOnMissing(true);
        properties.setIncludesAllowed(false);
        FileHandler handler = new FileHandler(properties);
        handler.setEncoding(ConfigUtil.DEFAULT_ENCODING);
        where.accept(handler);
        handler.load();
        return properties;
    }

    /** A true/false setting: empty (an error reported) when it is neither; false when not set. */
    private static Optional<Boolean> flag(String value, String key, PropertyLines lines, Problems problems) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty() || v.equals("false")) {
            return Optional.of(false);
        }
        if (v.equals("true")) {
            return Optional.of(true);
        }
        problems.error(new Location("jbake.properties", lines.lineOf(key)), key + "=" + value + " is neither true nor false",
                "write " + key + "=true to read earlier versions from the git history, or leave the line out");
        return Optional.empty();
    }

    /**
     * Checks the stylesheet's declared colour pairs with the agency's theme applied. A failing pair
     * involving a theme colour is the configuration's error; otherwise the stylesheet's.
     */
    private static boolean contrast(Path assets, Path root, Map<String, String> theme, PropertyLines lines, Problems problems) {
        Path css = assets.resolve("css/site.css");
        if (!Files.isRegularFile(css)) {
            return true;
        }
        String text;
        try {
            text = Files.readString(css);
        } catch (java.io.IOException e) {
            problems.error(Location.file(root.relativize(css).toString()), "cannot read the stylesheet: " + e.getMessage(), "");
            return false;
        }
        boolean ok = true;
        for (ContrastCheck.Failure f : ContrastCheck.of(text).failures(theme)) {
            boolean themed = theme.containsKey(f.pair().foreground()) || theme.containsKey(f.pair().background());
            String key = "theme." + (theme.containsKey(f.pair().foreground()) ? f.pair().foreground() : f.pair().background());
            Location where = themed ? new Location("jbake.properties", lines.lineOf(key))
                    : new Location(root.relativize(css).toString().replace('\\', '/'), f.pair().line());
            problems.error(where, "colour contrast too low: " + f.describe(),
                    themed ? "choose theme colours that reach WCAG 2.1 AA contrast (4.5:1 for text, 3:1 for large text)"
                            : "change the colours in the stylesheet's :root block");
            ok = false;
        }
        return ok;
    }

    /** A folder the command needs; the error cites the key's line, or the file alone when JBake's default applies. */
    private static boolean folder(File folder, Folder which, PropertyLines lines, Problems problems) {
        if (folder != null && folder.isDirectory()) {
            return true;
        }
        String key = which.key();
        problems.error(new Location("jbake.properties", lines.lineOf(key)), key + " names " + folder + ", which is not a folder",
                "create the folder, or set " + key + " to an existing one");
        return false;
    }

    /** {@code pay.hours.per.year}: 2080 when not set; 0 (with the error reported) when not a whole number of hours a year can have. */
    static int hoursPerYear(String value, PropertyLines lines, Problems problems) {
        if (value.isEmpty()) {
            return SiteConfig.DEFAULT_HOURS_PER_YEAR;
        }
        try {
            int hours = Integer.parseInt(value.replace(",", "").replace("_", "").replace(" ", ""));
            if (hours >= 1 && hours <= MAX_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(new Location("jbake.properties", lines.lineOf(HOURS_PER_YEAR)), HOURS_PER_YEAR + "=" + value
                + " is not a number of working hours in a year", "write the hours of a full-time year as a whole number, e.g. "
                + HOURS_PER_YEAR + "=2080 (40 hours × 52 weeks) or 1950 (37.5 hours × 52 weeks)");
        return 0;
    }

    /**
     * JBake's configuration splits values at commas into trimmed lists ("Alameda, CA" becomes two
     * values); join them back as they are usually written, with ", ".
     */
    /** The search dictionary, resolved against the source folder; null (with a notice) when it is not a file. */
    private static Path dictionary(Path root, String value, PropertyLines lines, Problems problems) {
        if (value.isEmpty()) {
            return null;
        }
        Path file = root.resolve(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            problems.notice(new Location("jbake.properties", lines.lineOf("search.dictionary")),
                    "search.dictionary names " + value + ", which is not there: search may correct real words that no class uses",
                    "install the word list (Debian: apt-get install wamerican) or remove the key");
            return null;
        }
        return file;
    }

    private static String string(JBakeConfiguration jbake, String key) {
        Object value = jbake.get(key);
        if (value == null) {
            return "";
        }
        if (value instanceof Iterable<?> parts) {
            StringBuilder sb = new StringBuilder();
            for (Object part : parts) {
                sb.append(sb.length() > 0 ? ", " : "").append(part);
            }
            return sb.toString().strip();
        }
        return value.toString().strip();
    }

    /** "GIS|CalPERS" (or "GIS, CalPERS") → {GIS, CalPERS}, as written. */
    static Set<String> acronyms(String value) {
        Set<String> acronyms = new java.util.TreeSet<>();
        for (String a : value.split("[|,]")) {
            if (!a.isBlank()) {
                acronyms.add(a.strip());
            }
        }
        return Set.copyOf(acronyms);
    }

    private static Path path(File f) {
        return f.toPath().toAbsolutePath().normalize();
    }

    private static String orDefault(String v, String fallback) {
        return v.isEmpty() ? fallback : v;
    }
}
