package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.SectionAliases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: the kinds of failure seen when real agencies' documents were imported, each tried on
 * a small document written here in the layout that failed (the real documents are in the corpus
 * test, which runs when the corpus folder is present).
 */
class RealDocumentFailuresTest {

    @TempDir
    Path dir;

    /** A county spec as a hiring system exports it as text: every line a paragraph, headings alone on their lines. */
    private static final String HIRING_EXPORT = """
            HVAC TECHNICIAN II
            Class Code:
            04512
            Bargaining Unit: SEIU Local 521
            COUNTY OF EXAMPLE
            Established Date: Mar 1, 2004
            Revision Date: Jul 12, 2019

            Definition
            Under general supervision, installs, maintains and repairs heating, ventilation and air conditioning systems in county buildings; performs related work as assigned.
            Distinguishing Characteristics
            This is the journey level class in the series, distinguished from HVAC Technician I by independent performance of the full range of duties.
            Examples of Duties
            1.    Inspects and services boilers, chillers, air handlers and cooling towers in county facilities.
            2.    Diagnoses malfunctions of pneumatic and digital controls and replaces parts.
            3.    Keeps maintenance records in the work order system.
            .
            Minimum Qualifications
            Education And/or Experience
            Three years of journey level experience maintaining commercial HVAC systems, or an equivalent combination.
            Knowledge, Skills, and Abilities
            Knowledge of refrigeration cycles, psychrometrics and building automation controls.
            Skills and Abilities to
            Read blueprints and wiring diagrams; work safely at heights and in confined spaces.
            Required Licenses, Certifications or Registrations
            Possession of an EPA Section 608 Universal certificate within six months of appointment.
            Supplemental Information
            Incumbents may be required to work overtime and respond to after-hours emergencies.
            Probationary Period
            All appointments to this class serve a probationary period of twelve months.

            HVAC Technician II - Class No. 004512 - Union Code: 521
            """;

    private DocumentResult importText(String name, String text) throws Exception {
        return importText(name, text, Set.of());
    }

    private DocumentResult importText(String name, String text, Set<String> acronyms) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportOptions options = new ImportOptions(dir.resolve("content"), dir.resolve("data/classes.csv"), dir.resolve("data/units.csv"), false, true);
        return new Importer(options, SectionAliases.builtIn(), "County of Example", acronyms).run(List.of(file)).get(0);
    }

    private static List<String> headings(DocumentResult result) {
        return result.specs().get(0).spec().sections().stream().map(s -> Words.all(s.heading())).toList();
    }

    @Test
    void aHeadingAloneOnItsLineIsNotGluedToTheParagraphBefore() throws Exception {
        DocumentResult result = importText("hvac.txt", HIRING_EXPORT);
        assertEquals(List.of("Definition", "Distinguishing Characteristics", "Examples of Duties", "Minimum Qualifications",
                "Supplemental Information", "Probationary Period"), headings(result));
        String source = result.specs().get(0).source();
        assertTrue(source.contains("performs related work as assigned.\n\n## Distinguishing Characteristics\n"), source);
        assertFalse(source.contains("assigned. Distinguishing"), source);
        assertEquals(List.of(), result.unaccounted());
    }

    @Test
    void thePartsOfQualificationsUnderTheirHeadingAreItsSubheadings() throws Exception {
        String source = importText("hvac.txt", HIRING_EXPORT).specs().get(0).source();
        assertTrue(source.contains("""
                ## Minimum Qualifications

                ### Education And/or Experience

                Three years"""), source);
        for (String part : List.of("### Knowledge, Skills, and Abilities", "### Skills and Abilities to",
                "### Required Licenses, Certifications or Registrations")) {
            assertTrue(source.contains("\n" + part + "\n"), part + " in\n" + source);
        }
    }

    @Test
    void aLabelWithItsValueOnTheNextLineIsMetadata() throws Exception {
        ImportedSpec spec = importText("hvac.txt", HIRING_EXPORT).specs().get(0).spec();
        assertEquals("04512", spec.code());
        assertEquals("2019-07-12", spec.header().get("approved"));
        assertEquals("2004-03-01", spec.header().get("history"));
    }

    @Test
    void aLineOfPunctuationIsFurnitureAndTheSummaryAgreesWithTheDocument() throws Exception {
        DocumentResult result = importText("hvac.txt", HIRING_EXPORT);
        assertFalse(result.specs().get(0).unplaced(), result.specs().get(0).source());
        assertTrue(result.removed().stream().anyMatch(r -> r.text().equals(".") && r.why().startsWith("debris")), result.removed().toString());
        String report = ImportReport.text(List.of(result), false);
        assertTrue(report.contains("0 with unplaced text"), report);

        DocumentResult bare = importText("bare.txt", "Payroll Specialist\nClass Code: 903\n\nPrepares the payroll.\n");
        assertTrue(bare.specs().get(0).unplaced());
        assertTrue(ImportReport.text(List.of(bare), false).contains("1 with unplaced text"), "the summary counts every spec with an Unplaced section");
    }

    /**
     * Issue 12: the summary ("N with unplaced text") disagreed with the per-document lines ("Unplaced →
     * NOT PLACED") when the heading was written as the build also reads it, "UNPLACED" or "Unplaced:".
     */
    @Test
    void issue12TheSummaryCountsEverySpecTheLinesMarkNotPlaced() throws Exception {
        List<DocumentResult> results = List.of(
                importText("colon.md", "title=Payroll Specialist\ncode=903\n~~~~~~\n\n## Unplaced:\n\nPrepares the payroll.\n"),
                importText("upper.md", "title=Account Clerk\ncode=904\n~~~~~~\n\n## UNPLACED\n\nKeeps the ledgers.\n"),
                importText("bare.txt", "Payroll Technician\nClass Code: 905\n\nChecks the payroll.\n"),
                importText("hvac.txt", HIRING_EXPORT),
                // before issue 11 the summary counted words, and an Unplaced section with none was left out
                importText("dash.md", "title=Account Technician\ncode=906\n~~~~~~\n\n## Unplaced\n\n—\n"));
        String report = ImportReport.text(results, false);
        long marked = report.lines().filter(l -> l.endsWith("→ NOT PLACED: a person must move this text")).count();
        assertEquals(4, marked, report);
        assertTrue(report.endsWith("imported: 5 documents, 5 specs, 4 with unplaced text, 3 errors\n"), report);
        assertEquals(List.of(true, true, true, false, true), results.stream().map(r -> r.specs().get(0).unplaced()).toList());
    }

    @Test
    void aFooterRepeatingTitleAndZeroPaddedCodeIsMetadataAndTheHeadsCodeIsKept() throws Exception {
        DocumentResult result = importText("hvac.txt", HIRING_EXPORT);
        assertEquals(1, result.specs().size(), "the footer's code does not start another spec");
        ImportedSpec spec = result.specs().get(0).spec();
        assertEquals("04512", spec.code());
        assertFalse(result.specs().get(0).source().contains("Class No."), "the footer is not body text");
        assertTrue(spec.notes().stream().anyMatch(n -> n.contains("\"004512\"") && n.contains("kept \"04512\"")), spec.notes().toString());
    }

    @Test
    void footersOfTwoSpecsInOneFileStillSplitAtTheSecondCode() throws Exception {
        String second = HIRING_EXPORT.replace("HVAC TECHNICIAN II", "HVAC TECHNICIAN I").replace("04512", "04511")
                .replace("HVAC Technician II - Class No. 004512", "HVAC Technician I - Class No. 004511");
        DocumentResult result = importText("two.txt", HIRING_EXPORT + "\n" + second);
        assertEquals(List.of("04512", "04511"), result.specs().stream().map(s -> s.spec().code()).toList());
        assertEquals(List.of(), result.unaccounted());
    }

    @Test
    void aSectionWrittenTwiceIsMergedIntoItsFirstPlace() throws Exception {
        DocumentResult result = importText("twice.txt", """
                Account Clerk
                Class Code: 2105

                DEFINITION

                Under supervision, performs routine accounting and clerical work.

                EXAMPLES OF DUTIES

                1. Posts receipts.

                DEFINITION

                Performs related work as required.
                """);
        String source = result.specs().get(0).source();
        assertEquals(1, source.split("## Definition", -1).length - 1, source);
        assertTrue(source.contains("clerical work.\n\nPerforms related work as required.\n\n## Examples of Duties"), source);
        assertTrue(result.specs().get(0).spec().notes().stream().anyMatch(n -> n.contains("second Definition section")));
        assertEquals(List.of(), result.unaccounted(), "the repeated heading is reported");
    }

    @Test
    void listNumbersFollowedByARunOfSpacesAreListItemsInEveryTextFormat() throws Exception {
        String expected = "1. Assist the department with accounts payable work.\n2. Prepare journal entries and reconcile accounts.\n";
        String md = "Accountant\nClass Code: 1234\n\nEXAMPLES OF DUTIES\n\n1.    Assist the department with accounts payable work.\n"
                + "2.    Prepare journal entries and reconcile accounts.\n";
        String html = "<h1>Accountant</h1><p>Class Code: 1234</p><h2>EXAMPLES OF DUTIES</h2>"
                + "<p>1.&nbsp;&nbsp;&nbsp; Assist the department with accounts payable work.</p>"
                + "<p>2.\u00a0\u00a0\u00a0 Prepare journal entries and reconcile accounts.</p>";
        for (DocumentResult result : List.of(importText("a.md", md), importText("a.html", html), importText("a.txt", md.replace("\n\n1.", "\n1.")))) {
            assertTrue(result.specs().get(0).source().contains(expected), result.file() + ":\n" + result.specs().get(0).source());
            assertEquals("1234", result.specs().get(0).spec().code(), "a Markdown paragraph holding a Label: value line is read line by line");
            assertEquals(List.of(), result.unaccounted());
        }
    }

    @Test
    void acronymsInUpperCaseTitlesStayUpperCase() throws Exception {
        assertEquals("HVAC Technician II", importText("hvac.txt", HIRING_EXPORT).specs().get(0).spec().title());
        assertEquals("GIS Analyst", importText("gis.txt", "GIS ANALYST\nClass Code: 1530\n").specs().get(0).spec().title());
        assertEquals("HR Assistant", importText("hr.txt", "HR ASSISTANT\nClass Code: 1201\n").specs().get(0).spec().title());
        assertEquals("Sr. Account Clerk", importText("sr.txt", "SR. ACCOUNT CLERK\nClass Code: 2106\n").specs().get(0).spec().title());
        assertEquals("Calpers Analyst", importText("c.txt", "CALPERS ANALYST\nClass Code: 5001\n").specs().get(0).spec().title());
        assertEquals("CalPERS Analyst", importText("c.txt", "CALPERS ANALYST\nClass Code: 5001\n", Set.of("CalPERS")).specs().get(0).spec().title(),
                "a site lists its own acronyms");
    }

    @Test
    void aWrappedExportIsStillJoinedButNeverAcrossAHeading() throws Exception {
        String wrapped = """
                ACCOUNT CLERK
                Class Code: 2105

                DEFINITION
                Under supervision, performs routine accounting and clerical work in the
                finance department, including posting, filing and answering questions
                Examples of Duties
                Posts receipts and disbursements to the general ledger and reconciles the
                subsidiary ledgers every month.
                """;
        String source = importText("wrapped.txt", wrapped).specs().get(0).source();
        assertTrue(source.contains("clerical work in the finance department, including posting, filing and answering questions\n\n## Examples of Duties"), source);
        assertTrue(source.contains("general ledger and reconciles the subsidiary ledgers every month."), source);
    }

    @Test
    void explainSaysWhatEachLineWasTakenForAndWritesNothing() throws Exception {
        Path file = dir.resolve("hvac.txt");
        Files.writeString(file, HIRING_EXPORT);
        ImportOptions options = new ImportOptions(dir.resolve("content"), dir.resolve("data/classes.csv"), dir.resolve("data/units.csv"), false, false);
        List<String> lines = new Importer(options, SectionAliases.builtIn(), "County of Example").explain(file).lines();
        assertFalse(Files.exists(dir.resolve("content")), "nothing written");
        assertTrue(lines.get(0).matches("line 1 +title — .*\"HVAC TECHNICIAN II\""), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("line 11 +heading → Distinguishing Features — names Distinguishing Features: \"Distinguishing Characteristics\"")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("line 17 ") && l.contains("furniture: debris")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("line 27 ") && l.contains("heading → kept under its own name \"Supplemental Information\"")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("line 32 ") && l.contains("page footer")), String.join("\n", lines));
        long pieces = HIRING_EXPORT.lines().filter(l -> !l.isBlank()).count();
        assertEquals(pieces, lines.stream().filter(l -> l.startsWith("line ")).count(), "one line per line of the document:\n" + String.join("\n", lines));
        assertTrue(new Importer(options, SectionAliases.builtIn(), "County of Example").explain(file).lines().stream()
                .noneMatch(l -> l.contains("ERROR")));
    }

    /** Scraped postings carry the hiring system's details above the spec: fields for the report, not the class's definition. */
    @Test
    void shortLabelLinesInTheHeadAreReportedNotWritten() throws Exception {
        DocumentResult result = importText("posting.txt", """
                === JOB DETAILS ===
                Title: DEPUTY REGISTRAR OF VOTERS
                Class Code: 2210
                Employer: County of Lake
                Employment Type: FULL_TIME
                Definition: Under administrative direction, assists with the planning and conduct of elections.

                EXAMPLES OF DUTIES
                1. Plans elections.
                """);
        ImportedSpec spec = result.specs().get(0).spec();
        assertEquals("Deputy Registrar of Voters", spec.title());
        assertTrue(spec.fields().stream().anyMatch(f -> f.key().equals("form") && f.text().equals("Employment Type: FULL_TIME")), spec.fields().toString());
        String source = result.specs().get(0).source();
        assertFalse(source.contains("FULL_TIME"), source);
        assertTrue(source.contains("## Definition\n\nDefinition: Under administrative direction"), "a label naming a section is text: " + source);
        assertEquals(List.of(), result.unaccounted());
    }

    private DocumentResult importGiven(String text, String code, String title) throws Exception {
        Path file = dir.resolve("given.txt");
        Files.writeString(file, text);
        ImportOptions options = new ImportOptions(dir.resolve("content"), dir.resolve("data/classes.csv"), dir.resolve("data/units.csv"),
                false, true, code, title);
        return new Importer(options, SectionAliases.builtIn(), "County of Example").run(List.of(file)).get(0);
    }

    @Test
    void codeAndTitleGivenForADocumentThatHasNone() throws Exception {
        String posting = "POSITION ANNOUNCEMENT\n\nDEFINITION\n\nUnder direction, provides library services to the public.\n";
        DocumentResult both = importGiven(posting, "LIB-2", "Librarian II");
        assertEquals(List.of(), both.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        assertTrue(both.specs().get(0).source().startsWith("title=Librarian II\ncode=LIB-2\n"), both.specs().get(0).source());

        DocumentResult neither = importGiven(posting, null, null);
        assertEquals(List.of("no class code found for the spec titled \"\"", "no title found for class (no code)"),
                neither.problems().stream().map(p -> p.message()).toList(), "every problem at once");

        DocumentResult conflict = importGiven("Librarian\nClass Code: 4410\n\nDEFINITION\n\nUnder direction, provides services.\n", "4411", null);
        assertTrue(conflict.problems().get(0).message().contains("gives class code 4410, but --code says 4411"), conflict.problems().toString());

        DocumentResult unsafe = importGiven(posting, "PAE 3IT", "Librarian");
        assertTrue(unsafe.problems().get(0).fix().contains("--code PAE-3IT"), unsafe.problems().toString());
    }

    @Test
    void aDocumentWithoutACodeIsOneClearError() throws Exception {
        DocumentResult result = importText("nocode.txt", "Librarian\n\nDEFINITION\n\nUnder direction, provides library services.\n");
        assertEquals(1, result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count());
        assertTrue(result.problems().get(0).fix().contains("Class Code"));
    }
}
