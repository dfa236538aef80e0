package org.jobspecs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour contrast of the site's stylesheet, and of an agency's theme at build time (WCAG 2.1 AA 1.4.3, 1.4.11). */
class ContrastTest {

    static final Path CSS = FixtureSite.PROJECT.resolve("assets/css/site.css");

    @TempDir
    Path dir;

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        Colour black = Colour.parse("#000").orElseThrow();
        Colour white = Colour.parse("white").orElseThrow();
        assertEquals(21.0, Colour.contrast(black, white), 0.001);
        assertEquals(4.48, Colour.contrast(Colour.parse("#777777").orElseThrow(), white), 0.01);
        assertEquals(4.54, Colour.contrast(Colour.parse("rgb(118, 118, 118)").orElseThrow(), white), 0.01);
    }

    @Test
    void everyDeclaredPairOfTheStylesheetReachesAa() throws IOException {
        ContrastCheck check = ContrastCheck.of(Files.readString(CSS));
        assertTrue(check.pairs().size() >= 15, "the stylesheet declares its pairs: " + check.pairs());
        assertEquals(List.of(), check.failures(Map.of()).stream().map(ContrastCheck.Failure::describe).toList());
    }

    /** Rules may use colours only through custom properties, and every colour they use is in a declared pair. */
    @Test
    void everyColourTheRulesUseIsCheckedThroughADeclaredPair() throws IOException {
        String css = Files.readString(CSS);
        String screen = css.substring(css.indexOf(":root {"), css.indexOf("@media print"))
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceFirst("(?s):root \\{[^}]*}", "");
        ContrastCheck check = ContrastCheck.of(css);
        Set<String> foregrounds = check.pairs().stream().map(ContrastCheck.Pair::foreground).collect(Collectors.toSet());
        Set<String> backgrounds = check.pairs().stream().map(ContrastCheck.Pair::background).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![-\\w])(color|background|background-color|border-color|outline|box-shadow)\\s*:\\s*([^;}]+)").matcher(screen);
        while (m.find()) {
            String property = m.group(1);
            String value = m.group(2);
            if (value.matches("(?s).*(#[0-9a-fA-F]{3,6}|rgb\\(|\\b(white|black|red|grey|gray)\\b).*")) {
                problems.add(property + ": " + value + " uses a literal colour; use a custom property");
            }
            Matcher var = Pattern.compile("var\\(--([a-z0-9-]+)\\)").matcher(value);
            while (var.find()) {
                String name = var.group(1);
                boolean covered = property.equals("color") ? foregrounds.contains(name)
                        : property.startsWith("background") ? backgrounds.contains(name)
                        : foregrounds.contains(name) || backgrounds.contains(name);
                if (!covered) {
                    problems.add(property + ": var(--" + name + ") is in no @contrast pair");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aThemeColourThatFailsIsAnErrorAtBuildTime() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"),
                FixtureSite.read(site.resolve("jbake.properties")) + "theme.color-link=#9bb8e0\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        List<String> lines = problems.sorted().stream().map(Problem::format).toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("jbake.properties:" + FixtureSite.read(site.resolve("jbake.properties")).lines().count() + ": error: colour contrast too low: --color-link (#9bb8e0) on --color-")),
                lines.toString());
        assertEquals(new TreeSet<>(List.of("background", "panel", "warning-bg", "focus")), lines.stream()
                .map(l -> l.replaceFirst(".* on --color-([a-z-]+) .*", "$1")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aThemeThatReachesAaBuilds() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"),
                FixtureSite.read(site.resolve("jbake.properties")) + "theme.color-brand=#0b3d2e\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isPresent(), problems.sorted().toString());
    }

    @Test
    void aStylesheetPairThatFailsIsAnErrorAtItsLine() {
        Path site = FixtureSite.copy("minimal", dir);
        String css = FixtureSite.read(site.resolve("assets/css/site.css")).replace("--color-muted: #4a4a4a;", "--color-muted: #aaaaaa;");
        FixtureSite.write(site.resolve("assets/css/site.css"), css);
        Problems problems = new Problems();
        ConfigLoader.load(site, problems);
        Problem first = problems.sorted().get(0);
        assertEquals("assets/css/site.css", first.location().path());
        assertTrue(first.location().line() > 0);
        assertTrue(first.message().contains("--color-muted (#aaaaaa)"), first.message());
    }
}
