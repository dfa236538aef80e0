package org.jobspecs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.jobspecs.problem.Problems;
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
        assertTrue(problems.sorted().get(0).format().startsWith("jbake.properties:0: error: theme.color-brand="), problems.sorted().toString());
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

    @Test
    void aLogoThatIsNotAnAssetIsAnError() {
        Path site = FixtureSite.copy("minimal", dir);
        FixtureSite.write(site.resolve("jbake.properties"), FixtureSite.read(site.resolve("jbake.properties")) + "site.logo=images/seal.png\n");
        Problems problems = new Problems();
        assertTrue(ConfigLoader.load(site, problems).isEmpty());
        assertTrue(problems.sorted().get(0).format().startsWith("jbake.properties:0: error: site.logo names images/seal.png"),
                problems.sorted().toString());
    }
}
