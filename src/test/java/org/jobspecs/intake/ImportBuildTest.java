package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.intake.corpus.SpecText;
import org.jobspecs.intake.corpus.TextStyles;
import org.jobspecs.intake.corpus.WordStyles;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported sources build: a Word redline becomes a class page with labelled changes, its reviewer,
 * renumbered duties and a salary-step table; a source with unplaced text stops the build at its
 * "Unplaced" heading until a person moves the text.
 */
class ImportBuildTest {

    @TempDir
    Path dir;

    /** The register rows HR keeps already: import adds sources to them and leaves the rows as they are. */
    private static void registerRows(Path site, String... codesAndTitles) throws Exception {
        StringBuilder rows = new StringBuilder();
        StringBuilder pay = new StringBuilder();
        for (int i = 0; i < codesAndTitles.length; i += 2) {
            rows.append(codesAndTitles[i]).append(',').append(codesAndTitles[i + 1]).append(",Public Works,general,Non-exempt,,,current,,,,\n");
            // on the schedule in force and the one adopted for the future: 2 CCR 570.5(a)(2) asks every position of both
            pay.append("s2025,").append(codesAndTitles[i]).append(",hourly,24.10,31.85,\n");
            pay.append("s2026,").append(codesAndTitles[i]).append(",hourly,24.80,32.75,\n");
        }
        Files.writeString(site.resolve("data/classes.csv"), rows.toString(), java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(site.resolve("data/pay.csv"), pay.toString(), java.nio.file.StandardOpenOption.APPEND);
    }

    private DocumentResult importInto(Path site, String name, byte[] bytes) throws Exception {
        Path doc = dir.resolve(name);
        Files.write(doc, bytes);
        ImportOptions options = new ImportOptions(site.resolve("content"), site.resolve("data/classes.csv"), site.resolve("data/units.csv"), false, false);
        return new Importer(options, SectionAliases.builtIn(), "City of Example").run(List.of(doc)).get(0);
    }

    @Test
    void wordRedlineBuildsIntoAClassPage() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        registerRows(site, "4410", "Water Treatment Operator", "E22", "Library Assistant");
        importInto(site, "redline.docx", WordStyles.alderBayRedline(SpecText.ALL.get(0), "4410"));
        importInto(site, "eastvale.md", TextStyles.utf8(TextStyles.eastvale(SpecText.ALL.get(1), "E22")));
        BuildReport report = SiteBuild.run(new BuildOptions(site, dir.resolve("out"), FixtureSite.DATE));
        assertTrue(report.published(), () -> report.problems().toString());

        Document page = Jsoup.parse(FixtureSite.read(dir.resolve("out/classes/4410/index.html")));
        assertEquals("Water Treatment Operator", page.selectFirst("h1").text());
        List<String> duties = page.select("#duties ~ ol > li").eachText();
        assertEquals(6, duties.size(), "the deleted duty is not in the approved list: " + duties);
        assertTrue(duties.get(5).startsWith("Trains new employees"), "the inserted duty is: " + duties);
        assertTrue(page.select("del").eachText().stream().anyMatch(t -> t.contains("and direction")), "deletion shown in the changes");
        assertTrue(page.select("ins").eachText().stream().anyMatch(t -> t.contains("of a shift lead")), "insertion shown in the changes");
        assertTrue(page.text().contains("Tracked changes by Morgan Ellis (September 12, 2025)"), page.text());
        assertEquals(List.of("Step", "1", "2", "3", "4", "5"), page.select("table.spec-table thead th, table.spec-table thead td").eachText());
        assertTrue(Files.exists(dir.resolve("out/classes/E22/index.html")));
    }

    @Test
    void unplacedTextStopsTheBuildAtItsHeading() throws Exception {
        Path site = FixtureSite.copy("minimal", dir);
        registerRows(site, "903", "Payroll Specialist");
        SpecText c = SpecText.ALL.get(2);
        DocumentResult result = importInto(site, "bare.txt", TextStyles.utf8("Payroll Specialist\nClass Code: 903\n\n" + c.definition()
                + "\n\n" + c.distinguishing() + "\n"));
        String source = result.specs().get(0).source();
        int line = source.lines().toList().indexOf("## Unplaced") + 1;
        assertTrue(line > 0, source);

        BuildReport report = SiteBuild.run(new BuildOptions(site, dir.resolve("out"), FixtureSite.DATE));
        assertFalse(report.published());
        List<Problem> errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("content/903-payroll-specialist.md", errors.get(0).location().path());
        assertEquals(line, errors.get(0).location().line());
        assertTrue(errors.get(0).message().contains("Unplaced"));
    }
}
