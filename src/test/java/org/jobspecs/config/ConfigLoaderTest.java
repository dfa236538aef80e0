package org.jobspecs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsJbakesKeysAndOurs() {
        Path site = FixtureSite.copy("minimal", dir);
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, problems).orElseThrow();
        assertEquals("https://jobs.example.test", config.siteHost());
        assertEquals("City of Example", config.agency());
        assertEquals("Example, CA", config.location(), "a value with a comma survives JBake's list splitting");
        assertEquals("Civil Service Board", config.spellOut("CSB"));
        assertEquals("XYZ", config.spellOut("XYZ"));
        assertEquals(site.resolve("templates").toAbsolutePath().normalize(), config.templateFolder());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void themeKeysBecomeCustomPropertiesAndUnsafeValuesAreErrors() {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        FixtureSite.write(site.resolve("jbake.properties"), props + "theme.color-brand=#0b5394\n");
        SiteConfig config = ConfigLoader.load(site, new Problems()).orElseThrow();
        assertEquals(Map.of("color-brand", "#0b5394"), config.theme());

        FixtureSite.write(site.resolve("jbake.properties"), props + "theme.color-brand=red;}</style><script>x()</script>\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertTrue(problems.sorted().get(0).format().startsWith("jbake.properties:" + FixtureSite.read(site.resolve("jbake.properties")).lines().count() + ": error: theme.color-brand="), problems.sorted().toString());
    }

    /** Issue 13: the working hours of a full-time year, by which hourly pay is made annual: 2080 unless set; "2,080" reads too. */
    @Test
    void payHoursPerYearDefaultsTo2080AndIsRead() {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        assertEquals(2080, ConfigLoader.load(site, new Problems()).orElseThrow().payHoursPerYear());
        FixtureSite.write(site.resolve("jbake.properties"), props + "pay.hours.per.year=1950\n");
        assertEquals(1950, ConfigLoader.load(site, new Problems()).orElseThrow().payHoursPerYear());
        FixtureSite.write(site.resolve("jbake.properties"), props + "pay.hours.per.year=2,088\n");
        assertEquals(2088, ConfigLoader.load(site, new Problems()).orElseThrow().payHoursPerYear(), "JBake splits at the comma; joined again");
        for (String bad : List.of("0", "-40", "8785", "40 hours", "2080.5")) {
            FixtureSite.write(site.resolve("jbake.properties"), props + "pay.hours.per.year=" + bad + "\n");
            Problems problems = new Problems();
            assertTrue(ConfigLoader.load(site, problems).isEmpty(), bad);
            assertTrue(problems.sorted().get(0).format().contains("is not a number of working hours in a year"), problems.sorted().toString());
        }
        // Every other pay.* key is a typo, with the closest named.
        FixtureSite.write(site.resolve("jbake.properties"), props + "pay.hours.a.year=1950\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertTrue(problems.sorted().get(0).format().contains("unknown setting pay.hours.a.year — did you mean pay.hours.per.year?"),
                problems.sorted().toString());
    }

    /** Issue 14: versions.from.git is off unless set, true or false only, and a typo of it is named. */
    @Test
    void versionsFromGitIsCheckedLikeOtherSettings() {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        assertEquals(false, ConfigLoader.load(site, new Problems()).orElseThrow().versionsFromGit());
        FixtureSite.write(site.resolve("jbake.properties"), props + "versions.from.git=true\n");
        assertEquals(true, ConfigLoader.load(site, new Problems()).orElseThrow().versionsFromGit());
        FixtureSite.write(site.resolve("jbake.properties"), props + "versions.from.git=yes please\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertTrue(problems.sorted().get(0).format().contains("versions.from.git=yes please is neither true nor false"), problems.sorted().toString());
        for (String typo : List.of("versions.from.gti", "version.from.git")) {
            FixtureSite.write(site.resolve("jbake.properties"), props + typo + "=true\n");
            problems = new Problems();
            assertTrue(ConfigLoader.load(site, problems).isEmpty(), typo);
            assertTrue(problems.sorted().get(0).format().contains("unknown setting " + typo + " — did you mean versions.from.git?"),
                    problems.sorted().toString());
        }
    }

    /** Issue 10: a site lists the acronyms import keeps upper case in titles, as they are written. */
    @Test
    void importAcronymsAreReadAsWritten() {
        Path site = FixtureSite.copy("minimal", dir);
        assertEquals(java.util.Set.of(), ConfigLoader.load(site, new Problems()).orElseThrow().acronyms());
        FixtureSite.write(site.resolve("jbake.properties"), FixtureSite.read(site.resolve("jbake.properties")) + "import.acronyms=SCADA|CalPERS, CMMS\n");
        assertEquals(java.util.Set.of("SCADA", "CalPERS", "CMMS"), ConfigLoader.load(site, new Problems()).orElseThrow().acronyms());
    }

    /** Issue 11: search synonym groups, one per key; a group of one word is an error naming its line. */
    @Test
    void searchSynonymsAreGroupsSeparatedByBars() {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        FixtureSite.write(site.resolve("jbake.properties"), props
                + "search.synonyms=HR|human resources\nsearch.synonyms.police=police | sheriff|law enforcement|\n");
        SiteConfig config = ConfigLoader.load(site, new Problems()).orElseThrow();
        assertEquals(java.util.List.of(java.util.List.of("HR", "human resources"), java.util.List.of("police", "sheriff", "law enforcement")),
                config.synonyms());

        FixtureSite.write(site.resolve("jbake.properties"), props + "search.synonyms.x=police\nsearch.synonyms.y=a|a\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertEquals(2, problems.sorted().size(), problems.sorted().toString());
        int lines = props.split("\n", -1).length;
        assertTrue(problems.sorted().get(0).format().startsWith("jbake.properties:" + lines + ": error: search.synonyms.x names 1 word(s)"),
                problems.sorted().toString());
    }

    /** Issue 11: a search dictionary that is not there is a notice (search then may correct real words), not an error. */
    @Test
    void aMissingSearchDictionaryIsANotice() {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        FixtureSite.write(site.resolve("jbake.properties"), props + "search.dictionary=no-such-words.txt\n");
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, problems).orElseThrow();
        assertEquals(null, config.searchDictionary());
        assertTrue(problems.sorted().get(0).format().contains("notice: search.dictionary names no-such-words.txt, which is not there"),
                problems.sorted().toString());
        FixtureSite.write(site.resolve("words.txt"), "estate\n");
        FixtureSite.write(site.resolve("jbake.properties"), props + "search.dictionary=words.txt\n");
        assertEquals(site.resolve("words.txt").toAbsolutePath().normalize(), ConfigLoader.load(site, new Problems()).orElseThrow().searchDictionary());
    }

    @Test
    void aMissingTemplateFolderNamesItsKey() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"),
                FixtureSite.read(site.resolve("jbake.properties")).replace("template.folder=templates", "template.folder=layouts"));
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertTrue(problems.sorted().get(0).message().startsWith("template.folder names "), problems.sorted().toString());
    }

    /** Issue 12: a key absent from jbake.properties is cited as the file alone, never "jbake.properties:0:". */
    @Test
    void issue12AnAbsentKeyCitesTheFileAloneAndASetKeyItsLine() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        FixtureSite.write(site.resolve("jbake.properties"), props.replaceAll("(?m)^template\\.folder=.*\n", "")
                .replace("content.folder=content", "content.folder=pages"));
        deleteTree(site.resolve("templates"));
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        List<String> lines = problems.sorted().stream().map(org.jobspecs.problem.Problem::format).toList();
        int contentLine = FixtureSite.read(site.resolve("jbake.properties")).lines().toList().indexOf("content.folder=pages") + 1;
        assertEquals(List.of("jbake.properties: error: template.folder names", "jbake.properties:" + contentLine + ": error: content.folder names"),
                lines.stream().map(l -> l.replaceFirst(" names .*", " names")).sorted().toList(), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains(":0:")), lines.toString());
    }

    /** Issue 12: import needs the configuration and the data folder, not the templates and assets. */
    @Test
    void issue12ACommandChecksOnlyTheFoldersItNeeds() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        deleteTree(site.resolve("templates"));
        deleteTree(site.resolve("assets"));
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems, java.util.EnumSet.of(ConfigLoader.Folder.DATA)).isPresent(), problems.sorted().toString());
        assertEquals(List.of(), problems.sorted());
        assertTrue(ConfigLoader.load(site, new Problems()).isEmpty(), "a build still needs them");
        deleteTree(site.resolve("data"));
        problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems, java.util.EnumSet.of(ConfigLoader.Folder.DATA)).isEmpty());
        assertTrue(problems.sorted().get(0).message().startsWith("data.folder names "), problems.sorted().toString());
    }

    @Test
    void aLogoThatIsNotAnAssetIsAnError() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"), FixtureSite.read(site.resolve("jbake.properties")) + "site.logo=images/seal.png\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertTrue(problems.sorted().get(0).format().startsWith("jbake.properties:" + FixtureSite.read(site.resolve("jbake.properties")).lines().count() + ": error: site.logo names images/seal.png"),
                problems.sorted().toString());
    }

    @Test
    void sectionAliasesExtendTheBuiltInNames() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"), FixtureSite.read(site.resolve("jbake.properties"))
                + "section.aliases.duties=Job Duties | Tasks Performed\nsection.aliases.knowledge-skills-abilities=Competencies, Skills\n");
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, problems).orElseThrow();
        assertEquals(Optional.of(SectionKind.EXAMPLES_OF_DUTIES), config.sectionAliases().forHeading("TASKS PERFORMED:"));
        assertEquals(Optional.of(SectionKind.EXAMPLES_OF_DUTIES), config.sectionAliases().forHeading("Job Duties"));
        assertEquals(Optional.of(SectionKind.KNOWLEDGE_SKILLS_ABILITIES), config.sectionAliases().forHeading("Competencies, Skills"),
                "a comma survives JBake's list splitting");
        assertEquals(Optional.of(SectionKind.DEFINITION), config.sectionAliases().forHeading("Summary"), "built-in names stay");
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void withoutSectionAliasesTheBuiltInNamesApply() {
        Path site = FixtureSite.copy("minimal", dir);
        assertEquals(SectionAliases.builtIn(), ConfigLoader.load(site, new Problems()).orElseThrow().sectionAliases());
    }

    @Test
    void anUnknownSectionInAnAliasKeyIsAnErrorOnItsLine() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"), FixtureSite.read(site.resolve("jbake.properties"))
                + "section.aliases.dutie=Job Duties\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        assertEquals("jbake.properties:12: error: \"dutie\" in section.aliases.dutie is not a section — did you mean section.aliases.duties? Otherwise end the key with one of: "
                + "definition, distinguishing-features, duties, working-conditions, physical-demands, employment-standards, "
                + "education-and-experience, knowledge, abilities, knowledge-skills-abilities, licenses, other-requirements",
                problems.sorted().get(0).format());
    }

    @Test
    void anAliasThatNamesAnotherSectionIsAnErrorOnItsLine() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"), FixtureSite.read(site.resolve("jbake.properties"))
                + "# our headings\nsection.aliases.duties=Assignments|Summary\nsection.aliases.abilities=ASSIGNMENTS\nsection.aliases.knowledge=Unplaced|---\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        List<String> lines = problems.sorted().stream().map(p -> p.format()).toList();
        assertEquals(List.of(
                "jbake.properties:13: error: \"Summary\" in section.aliases.duties already names the section Definition"
                        + " — remove \"Summary\" from section.aliases.duties: a heading can name only one section",
                "jbake.properties:14: error: \"ASSIGNMENTS\" in section.aliases.abilities already names the section Examples of Duties"
                        + " (in section.aliases.duties) — remove \"ASSIGNMENTS\" from section.aliases.abilities: a heading can name only one section",
                "jbake.properties:15: error: \"---\" in section.aliases.knowledge has no letters, and headings are compared by their"
                        + " letters — remove \"---\" from section.aliases.knowledge",
                "jbake.properties:15: error: \"Unplaced\" in section.aliases.knowledge cannot name a section: the importer puts the text"
                        + " it could not place under it — remove \"Unplaced\" from section.aliases.knowledge"), lines);
    }

    @Test
    void propertyLinesSkipCommentsAndContinuations() {
        PropertyLines lines = PropertyLines.parse(List.of("# c", "a=1 \\", "  b=continued", "", "  c : 2", "d\\=e=3", "f 4"));
        assertEquals(2, lines.lineOf("a"));
        assertEquals(0, lines.lineOf("b"), "a continuation line sets no key");
        assertEquals(5, lines.lineOf("c"));
        assertEquals(6, lines.lineOf("d=e"));
        assertEquals(7, lines.lineOf("f"));
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    /**
     * Issue 15: ConfigLoader reads jbake.properties without JBake's configuration builder; every key,
     * its value (lists split at commas, escapes, continued lines, interpolation) and the folders are
     * the same as JBake's own factory gives.
     */
    @Test
    void issue15ReadsWhatJbakesFactoryReads() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        String props = FixtureSite.read(site.resolve("jbake.properties"));
        List<String> variants = List.of(props, FixtureSite.read(FixtureSite.PROJECT.resolve("jbake.properties")),
                props + "test.list=one, two\\, three,four\n"
                        + "abbreviation.HR=Human \\\n    Resources\n"
                        + "site.title=Caf\\u00e9 Class Specs \u00e0 ${site.agency}\n"
                        + "template.folder=${content.folder}\n"
                        + "search.synonyms.a=a|b, c|d\n"
                        + "! a comment\n# another\nempty.key=\n"
                        + "dup.key=1\ndup.key=2\n"
                        + "key\\ with\\ spaces:value: with colon\n"
                        + "include=other.properties\n");
        for (String text : variants) {
            FixtureSite.write(site.resolve("jbake.properties"), text);
            java.io.File root = site.toFile();
            java.io.File out = site.resolve("target/unused").toFile();
            org.jbake.app.configuration.JBakeConfiguration jbake = new org.jbake.app.configuration.JBakeConfigurationFactory()
                    .setEncoding("UTF-8").createDefaultJbakeConfiguration(root, out, false);
            org.jbake.app.configuration.JBakeConfiguration ours = ConfigLoader.jbake(root, out);
            List<String> keys = new java.util.ArrayList<>();
            jbake.getKeys().forEachRemaining(keys::add);
            List<String> ourKeys = new java.util.ArrayList<>();
            ours.getKeys().forEachRemaining(ourKeys::add);
            assertEquals(keys, ourKeys);
            assertTrue(keys.contains("site.host") && keys.contains("render.tags"), keys.toString());
            for (String key : keys) {
                assertEquals(String.valueOf(jbake.get(key)), String.valueOf(ours.get(key)), key);
            }
            assertEquals(jbake.getTemplateFolder(), ours.getTemplateFolder());
            assertEquals(jbake.getContentFolder(), ours.getContentFolder());
            assertEquals(jbake.getAssetFolder(), ours.getAssetFolder());
            assertEquals(jbake.getDataFolder(), ours.getDataFolder());
            assertEquals(jbake.getDestinationFolder(), ours.getDestinationFolder());
            assertEquals(jbake.getSiteHost(), ours.getSiteHost());
        }
        assertEquals(List.of("one", "two, three", "four"), castList(ConfigLoader.jbake(site.toFile(), site.toFile()).get("test.list")),
                "the last variant's list was split as JBake splits it");
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
