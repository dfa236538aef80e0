package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: a spec heading never takes an id the class page's own summary uses, so every "On this page" link stays unique. */
class ClassPageIdsTest {

    @TempDir
    Path tmp;

    @Test
    void aSectionNamedLikeTheSummaryHeadingGetsAnIdOfItsOwn() throws Exception {
        Path site = FixtureSite.demo(tmp);
        Path spec = site.resolve("content/6230-lifeguard.md");
        Files.writeString(spec, Files.readString(spec) + "\n## Summary Heading\n\nA section whose name slugs to the summary's heading id.\n");
        BuildReport report = SiteBuild.run(new BuildOptions(site, tmp.resolve("out"), DemoSiteTest.DATE));
        assertEquals(0, report.errors(), report.problems().toString());
        Document page = Jsoup.parse(tmp.resolve("out/classes/6230/index.html").toFile());
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertTrue(ids.add(e.id()), "id " + e.id() + " is used twice");
        }
        assertEquals("Summary Heading", page.getElementById("summary-heading-section").text());
        assertEquals("At a glance", page.getElementById("summary-heading").text());
        List<String> toc = page.select("nav.on-this-page a").eachAttr("href");
        assertTrue(toc.contains("#summary-heading-section"), toc.toString());
    }
}
