package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jobspecs.cli.Main;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per kind of content error: each mutates a copy of the minimal fixture site (built once
 * beforehand), runs {@code build} and checks the exit code, the reported {@code path:line}, the
 * message, and that the previous output is left exactly as it was.
 */
class ErrorCasesTest {

    private static final String CLERK = "content/1001-clerk.md";
    private static final String SENIOR = "content/1002-senior-clerk.md";
    /** Line 24 of content/1001-clerk.md: the paragraph under "## Knowledge". */
    private static final String KNOWLEDGE = "Knowledge of office practices.";
    private static final String CLASSES = "data/classes.csv";
    private static final String PAY = "data/pay.csv";
    private static final String SCHEDULES = "data/schedules.csv";

    /** A minimal Word text export of class 1001; line 10 is the "Under … supervision" paragraph. */
    private static final String CLERK_TXT = String.join("\n",
            "City of Example",
            "Code No. 1001",
            "Approved by CSB:",
            "March 14, 2024",
            "",
            "CLERK",
            "",
            "DEFINITION",
            "",
            "Under %s supervision, performs clerical work.",
            "",
            "EXAMPLES OF DUTIES",
            "",
            "1. Answers the telephone.",
            "");

    @TempDir
    Path tmp;

    /** A change to the copied fixture site. */
    @FunctionalInterface
    interface Mutation {
        void apply(Path site) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Templates: parsed on another thread while the sources are read (issue 13's budget);
                // an error still names the template and its line, and nothing is published.
                error("template syntax error in a page's template",
                        s -> insertLine(s, "templates/class.ftl", 2, "<#if>"),
                        "templates/class.ftl:2", "template syntax error"),
                error("template syntax error in an included template",
                        s -> insertLine(s, "templates/class-related.ftl", 2, "<#if>"),
                        "templates/class-related.ftl:2", "template syntax error"),
                // Metadata headers
                error("malformed JBake header line (no '=' before ~~~~~~)",
                        s -> insertLine(s, CLERK, 3, "this line has no equals sign"),
                        CLERK + ":3", "malformed header line \"this line has no equals sign\""),
                error("malformed YAML front matter",
                        s -> replace(s, SENIOR, "title: Senior Clerk", "title: Senior: Clerk"),
                        SENIOR + ":2", "malformed YAML front matter"),
                error("unknown metadata key titel",
                        s -> insertLine(s, CLERK, 3, "titel=Clerk"),
                        CLERK + ":3", "unknown metadata key \"titel\""),
                error("issue 11: unknown key far from every key gets the list of keys",
                        s -> insertLine(s, CLERK, 3, "salary=12"),
                        CLERK + ":3", "unknown metadata key \"salary\" — use one of: title, code, department"),
                error("issue 11: mistyped data column gets the closest column",
                        s -> replace(s, "data/classes.csv", "code,title,department,", "code,title,departmnet,"),
                        "data/classes.csv:1", "unknown column \"departmnet\" — did you mean \"department\"?"),
                error("missing title",
                        s -> replace(s, CLERK, "title=Clerk\n", ""),
                        CLERK + ":1", "the spec has no title"),
                error("missing code",
                        s -> replace(s, CLERK, "code=1001\n", ""),
                        CLERK + ":1", "the spec has no class code"),

                // Site configuration
                error("issue 13: pay.hours.per.year that is not a number of hours",
                        s -> append(s, "jbake.properties", "pay.hours.per.year=forty\n"),
                        "jbake.properties:12", "pay.hours.per.year=forty is not a number of working hours in a year — write the hours"),
                error("issue 13: pay.hours.per.year above the hours of a year",
                        s -> append(s, "jbake.properties", "pay.hours.per.year=9000\n"),
                        "jbake.properties:12", "pay.hours.per.year=9000 is not a number of working hours in a year"),
                error("issue 13: a mistyped pay setting gets the closest",
                        s -> append(s, "jbake.properties", "pay.hour.per.year=1950\n"),
                        "jbake.properties:12", "unknown setting pay.hour.per.year — did you mean pay.hours.per.year?"),
                error("issue 13: pay_basis that is no basis gets the closest and what each means",
                        s -> {
                            replace(s, "data/units.csv", "resolution_document\n", "resolution_document,pay_basis\n");
                            replace(s, "data/units.csv", "documents/mou-general.pdf,,", "documents/mou-general.pdf,,,part-tme");
                        },
                        "data/units.csv:2", "pay_basis \"part-tme\" of general is not full-time, part-time, hourly-only — did you mean part-time?"),
                error("section alias key naming no section",
                        s -> append(s, "jbake.properties", "section.aliases.dutie=Job Duties\n"),
                        "jbake.properties:12", "\"dutie\" in section.aliases.dutie is not a section — did you mean section.aliases.duties? Otherwise end the key"),
                error("section alias that already names another section",
                        s -> append(s, "jbake.properties", "section.aliases.duties=Job Duties|Nature of Work\n"),
                        "jbake.properties:12", "\"Nature of Work\" in section.aliases.duties already names the section Definition"),

                // issue 11: one name spelled two ways
                error("issue 11: department spelled with & beside and",
                        s -> {
                            replace(s, "data/classes.csv", "1001,Clerk,Finance,", "1001,Clerk,Recreation and Parks,");
                            replace(s, "data/classes.csv", "1002,Senior Clerk,City Clerk,", "1002,Senior Clerk,Recreation and Parks,");
                            replace(s, "data/classes.csv", "0900,Typist,Finance,", "0900,Typist,Recreation & Parks,");
                        },
                        "data/classes.csv:2", "department \"Recreation & Parks\" (line 2, 1 row) and \"Recreation and Parks\" (line 3, 2 rows)"
                                + " differ only in case, \"&\" or punctuation"),
                error("issue 11: department one letter away from another",
                        s -> replace(s, "data/classes.csv", "1002,Senior Clerk,City Clerk,", "1002,Senior Clerk,Finanse,"),
                        "data/classes.csv:4", "department \"Finanse\" (line 4, 1 row) is one letter away from \"Finance\" (line 2, 2 rows)"),
                error("issue 11: unit names differing only in case and punctuation",
                        s -> replace(s, "data/units.csv", "managers,Unrepresented Managers,", "managers,General Employees' association,"),
                        "data/units.csv:3", "unit name \"General Employees' association\" (line 3, 1 row) and \"General Employees Association\""),

                // Duplicate codes
                error("duplicate class code across two sources",
                        s -> write(s, "content/1001-copy.md", spec("Clerk Copy", "1001")),
                        "content/1001-copy.md:2", "class code 1001 is also used by content/1001-clerk.md"),
                error("duplicate code differing only by leading zeros, across two sources",
                        s -> write(s, "content/1001-zz.md", spec("Clerk Copy", "01001")),
                        "content/1001-zz.md:2", "class code 01001 is also used by content/1001-clerk.md"),
                error("duplicate code differing only by case, across two sources",
                        s -> {
                            write(s, "content/a7-one.md", spec("Alpha", "A7"));
                            write(s, "content/a7-two.md", spec("Alpha Two", "a7"));
                        },
                        "content/a7-two.md:2", "class code a7 is also used by content/a7-one.md"),
                error("duplicate code differing only by leading zeros in the register",
                        s -> append(s, CLASSES, "01001,Clerk Two,Finance,general,Non-exempt,,,current,,,,\n"),
                        CLASSES + ":5", "class code 01001 is already used on line 3 (as 1001)"),
                error("duplicate code differing only by case in the register",
                        s -> append(s, CLASSES, "A7,Alpha,Finance,general,Non-exempt,,,current,,,,\n"
                                + "a7,Alpha Two,Finance,general,Non-exempt,,,current,,,,\n"),
                        CLASSES + ":6", "class code a7 is already used on line 5 (as A7)"),

                // Codes unsafe in a URL
                error("code ../x in a source header",
                        s -> replace(s, CLERK, "code=1001", "code=../x"),
                        CLERK + ":2", "class code \"../x\" cannot be part of a web address"),
                error("code 'a b' in a source header",
                        s -> replace(s, CLERK, "code=1001", "code=a b"),
                        CLERK + ":2", "class code \"a b\" cannot be part of a web address"),
                error("code a/b in a source header",
                        s -> replace(s, CLERK, "code=1001", "code=a/b"),
                        CLERK + ":2", "class code \"a/b\" cannot be part of a web address"),
                error("code ../x in the register",
                        s -> replace(s, CLASSES, "\n1002,", "\n../x,"),
                        CLASSES + ":4", "code \"../x\" cannot be part of a web address"),
                error("code 'a b' in the register",
                        s -> replace(s, CLASSES, "\n1002,", "\na b,"),
                        CLASSES + ":4", "code \"a b\" cannot be part of a web address"),
                error("code a/b in the register",
                        s -> replace(s, CLASSES, "\n1002,", "\na/b,"),
                        CLASSES + ":4", "code \"a/b\" cannot be part of a web address"),

                // Source against register, and references between data files
                error("source header conflicts with the register",
                        s -> insertLine(s, CLERK, 3, "department=Parks"),
                        CLERK + ":3", "department \"Parks\" conflicts with the class register (\"Finance\", data/classes.csv:3)"),
                error("unknown unit in the register",
                        s -> replace(s, CLASSES, "City Clerk,managers,", "City Clerk,nosuch,"),
                        CLASSES + ":4", "class 1002 names unit \"nosuch\", which is not in data/units.csv"),
                error("unknown schedule in pay.csv",
                        s -> replace(s, PAY, "s2025,1002,", "s2099,1002,"),
                        PAY + ":5", "pay row names schedule \"s2099\", which is not in data/schedules.csv"),
                error("spec source with no register row",
                        s -> write(s, "content/2000-orphan.md", spec("Orphan", "2000")),
                        "content/2000-orphan.md:2", "class 2000 is not in the class register"),
                error("register row with no spec source",
                        s -> append(s, CLASSES, "2000,Orphan,Finance,general,Non-exempt,,,abolished,2010-01-01,,,\n"),
                        CLASSES + ":5", "class 2000 (Orphan) has no spec source"),

                // Malformed CSV
                error("CSV row with too few cells",
                        s -> replace(s, PAY, "s2025,1002,annual,62000,82000,\n", "s2025,1002,annual,62000,82000\n"),
                        PAY + ":5", "row has 5 cells but the header has 6"),
                error("CSV row with too many cells",
                        s -> replace(s, PAY, "s2025,1002,annual,62000,82000,\n", "s2025,1002,annual,62000,82000,,extra\n"),
                        PAY + ":5", "row has 7 cells but the header has 6"),
                error("CSV row with an unterminated quote",
                        s -> replace(s, CLASSES, "\n1002,Senior Clerk,", "\n1002,\"Senior Clerk,"),
                        CLASSES + ":4", "malformed CSV"),

                // Impossible dates
                error("impossible status_date in the register",
                        s -> replace(s, CLASSES, "2010-06-30", "2025-02-30"),
                        CLASSES + ":2", "status_date \"2025-02-30\" is not a possible date"),
                error("impossible effective date in schedules.csv",
                        s -> replace(s, SCHEDULES, "2025-07-01", "2025-02-30"),
                        SCHEDULES + ":3", "effective \"2025-02-30\" is not a possible date"),
                error("impossible date in a revisions entry",
                        s -> insertLine(s, CLERK, 3, "revisions=Sam Roe; Pat Lee (2025-13-01)"),
                        CLERK + ":3", "revisions entry \"Pat Lee (2025-13-01)\" has the date \"2025-13-01\", which is not a date"),
                error("revisions date written as M/D/YYYY",
                        s -> insertLine(s, SENIOR, 4, "revisions: Pat Lee (9/12/2025)"),
                        SENIOR + ":4", "revisions entry \"Pat Lee (9/12/2025)\" has the date \"9/12/2025\""),
                error("impossible approved date in a header",
                        s -> replace(s, CLERK, "approved=2024-03-14", "approved=2025-13-01"),
                        CLERK + ":3", "approved \"2025-13-01\" is not a date"),

                // Pay
                error("pay minimum above maximum",
                        s -> replace(s, PAY, "s2025,1002,annual,62000,82000,", "s2025,1002,annual,92000,82000,"),
                        PAY + ":5", "minimum 92000 is above maximum 82000 for class 1002"),
                error("pay steps not ascending",
                        s -> replace(s, PAY, "3100.00;3255.00;3417.75", "3100.00;3000.00;3417.75"),
                        PAY + ":4", "steps for class 1001 are not ascending"),
                error("time base weekly",
                        s -> replace(s, PAY, "s2025,1002,annual", "s2025,1002,weekly"),
                        PAY + ":5", "time base \"weekly\" for class 1002 is not hourly, biweekly, monthly or annual"),

                // Unbalanced redline
                error("unclosed ~~ in a Markdown paragraph",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of ~~office practices."),
                        CLERK + ":24", "unbalanced deletion mark \"~~\""),
                error("](#) without [ in a Markdown paragraph",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of office](#) practices."),
                        CLERK + ":24", "unbalanced insertion mark \"](#)\""),
                error("unclosed ~~ in a Word text export",
                        s -> clerkAsWordExport(s, "~~close"),
                        "content/1001-clerk.txt:10", "unbalanced redline marks"),
                error("](#) without [ in a Word text export",
                        s -> clerkAsWordExport(s, "close](#)"),
                        "content/1001-clerk.txt:10", "unbalanced redline marks"),

                // Imported text not placed yet
                error("a section \"Unplaced\" left by the importer",
                        s -> append(s, CLERK, "\n## Unplaced\n\nWords the importer could not place.\n"),
                        CLERK + ":26", "imported text under \"Unplaced\" has not been placed yet"),
                error("an \"UNPLACED:\" heading in capitals with a colon",
                        s -> insertLine(s, SENIOR, 8, "## UNPLACED:\n\nLeads the clerks.\n"),
                        SENIOR + ":8", "imported text under \"Unplaced\" has not been placed yet"),

                // Files that are not readable text
                error("empty file of zero bytes",
                        s -> writeBytes(s, "content/empty.md", new byte[0]),
                        "content/empty.md", "the file is empty"),
                error("file of only whitespace",
                        s -> write(s, "content/empty.md", "  \n\t\n   \n"),
                        "content/empty.md", "the file is empty"),
                error("file with a NUL byte",
                        s -> replaceWithBytes(s, CLERK, "office practices", bytes("office", 0, " practices")),
                        CLERK + ":24", "the file contains a NUL byte"),
                error("bytes invalid in both UTF-8 and Windows-1252",
                        s -> replaceWithBytes(s, CLERK, "office practices", bytes("office ", 0x81, 0x8D, " practices")),
                        CLERK, "the text is neither UTF-8 nor Windows-1252"),

                // Unsafe link schemes
                error("javascript: link",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office](javascript:alert(1)) practices."),
                        CLERK + ":24", "link to \"javascript:alert(1)\" uses an unsafe scheme"),
                error("data: link",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office](data:text/html;base64,PHNjcmlwdD4=) practices."),
                        CLERK + ":24", "link to \"data:text/html;base64,PHNjcmlwdD4=\" uses an unsafe scheme"),
                error("mixed-case JaVaScRiPt: link",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office](JaVaScRiPt:alert(1)) practices."),
                        CLERK + ":24", "link to \"JaVaScRiPt:alert(1)\" uses an unsafe scheme"),
                error("javascript: link with a tab inside the scheme",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office](<java\tscript:alert(1)>) practices."),
                        CLERK + ":24", "uses an unsafe scheme"),
                error("javascript: link with leading blanks",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office](   javascript:alert(1)) practices."),
                        CLERK + ":24", "uses an unsafe scheme"),
                error("javascript: link spelled with a character reference",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office](&#x6A;avascript:alert(1)) practices."),
                        CLERK + ":24", "link to \"javascript:alert(1)\" uses an unsafe scheme"),
                error("javascript: autolink",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of <javascript:alert(1)> practices."),
                        CLERK + ":24", "link to \"javascript:alert(1)\" uses an unsafe scheme"),
                error("javascript: link through a reference definition",
                        s -> replace(s, CLERK, KNOWLEDGE, "Knowledge of [office][r] practices.\n\n[r]: javascript:alert(1)"),
                        CLERK + ":24", "link to \"javascript:alert(1)\" uses an unsafe scheme"),
                error("javascript: openings link in the register",
                        s -> replace(s, CLASSES, "https://careers.example.test/openings/1001", "javascript:alert(1)"),
                        CLASSES + ":3", "openings \"javascript:alert(1)\" uses an unsafe scheme"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorIsReportedAtItsLineAndPreviousOutputStays(String name, Mutation mutation, String where, String message)
            throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        Path out = tmp.resolve("out");
        Run first = build(site, out);
        assertEquals(0, first.code, () -> "the unmutated fixture must build cleanly:\n" + first.err);
        Map<String, byte[]> before = snapshotWithSentinel(out);
        assertTrue(before.containsKey("classes/1001/index.html"), "the first build published the site");

        mutation.apply(site);
        Run run = build(site, out);

        assertEquals(1, run.code, () -> "exit code for " + name + "; stderr:\n" + run.err);
        assertHasLine(run.err, where + ": error: ", message);
        assertSameTree(before, FixtureSite.snapshot(out));
    }

    @Test
    void aSuccessfulBuildReplacesTheOutputSoTheSentinelProvesNothingWasPublished() {
        Path site = FixtureSite.copy("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code);
        snapshotWithSentinel(out);

        assertEquals(0, build(site, out).code);
        assertTrue(!Files.exists(out.resolve("sentinel.txt")), "publishing replaced the whole folder");
    }

    @Test
    void severalErrorsInDifferentFilesAreAllListedSortedByPath() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code);
        Map<String, byte[]> before = snapshotWithSentinel(out);

        replace(site, PAY, "s2025,1002,annual", "s2025,1002,weekly");
        insertLine(site, CLERK, 3, "titel=Clerk");
        replace(site, CLASSES, "City Clerk,managers,", "City Clerk,nosuch,");
        Run run = build(site, out);

        assertEquals(1, run.code, run.err);
        List<String> errors = errorLines(run.err);
        assertEquals(3, errors.size(), run.err);
        assertTrue(errors.get(0).startsWith(CLERK + ":3: error: unknown metadata key \"titel\""), run.err);
        assertTrue(errors.get(1).startsWith(CLASSES + ":4: error: class 1002 names unit \"nosuch\""), run.err);
        assertTrue(errors.get(2).startsWith(PAY + ":5: error: time base \"weekly\""), run.err);
        assertTrue(run.out.contains("3 errors"), run.out);
        assertSameTree(before, FixtureSite.snapshot(out));
    }

    @Test
    void unreadableFilesDoNotStopCatalogWideChecksOnTheRest() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code);
        Map<String, byte[]> before = snapshotWithSentinel(out);

        writeBytes(site, "content/empty.md", new byte[0]);
        replaceWithBytes(site, SENIOR, "Ability to", bytes("Ability", 0, " to"));
        append(site, CLASSES, "01001,Clerk Two,Finance,general,Non-exempt,,,current,,,,\n");
        write(site, "content/2000-orphan.md", spec("Orphan", "2000"));
        Run run = build(site, out);

        assertEquals(1, run.code, run.err);
        assertHasLine(run.err, "content/2000-orphan.md:2: error: ", "class 2000 is not in the class register");
        assertHasLine(run.err, "content/empty.md: error: ", "the file is empty");
        assertHasLine(run.err, SENIOR + ":18: error: ", "NUL byte");
        assertHasLine(run.err, CLASSES + ":4: error: ", "class 1002 (Senior Clerk) has no spec source");
        assertHasLine(run.err, CLASSES + ":5: error: ", "class code 01001 is already used on line 3");
        assertEquals(5, errorLines(run.err).size(), run.err);
        assertSameTree(before, FixtureSite.snapshot(out));
    }

    @Test
    void buildReportListsTheSameProblemsAsTheCommandLine() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        insertLine(site, CLERK, 3, "titel=Clerk");
        BuildReport report = SiteBuild.run(new BuildOptions(site, null, FixtureSite.DATE));
        assertEquals(1, report.errors());
        Problem p = report.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals(CLERK, p.location().path());
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("titel"), p.message());
        assertEquals("did you mean \"title\"?", p.fix(), "issue 11: the closest key, not the list of all 18");
        assertEquals(CLERK + ":3: error: unknown metadata key \"titel\" — did you mean \"title\"?", p.format());
        assertTrue(!report.published());
    }

    /** Bug: an unclosed quote was reported at "last good row + 1", i.e. the header line for the first row. */
    @Test
    void unterminatedQuoteInTheFirstDataRowIsReportedOnThatRow() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code);
        Map<String, byte[]> before = snapshotWithSentinel(out);

        replace(site, CLASSES, "\n0900,Typist,", "\n0900,\"Typist,");
        Run run = build(site, out);

        assertEquals(1, run.code, run.err);
        assertHasLine(run.err, CLASSES + ":2: error: ", "malformed CSV");
        assertSameTree(before, FixtureSite.snapshot(out));
    }

    /** Bug: a row after blank lines was reported at the first blank line (CSVRecord.getCharacterPosition points there). */
    @Test
    void errorInARowAfterABlankLineIsReportedOnThatRow() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code);

        // Line 5 becomes blank; the s2025 rows move to lines 6 and 7.
        replace(site, PAY, "s2024,1002,annual,60000,80000,\n", "s2024,1002,annual,60000,80000,\n\n");
        replace(site, PAY, "s2025,1001,monthly,,,3100.00;3255.00;3417.75", "s2025,1001,weekly,,,3100.00;3255.00;3417.75");
        Run run = build(site, out);

        assertEquals(1, run.code, run.err);
        assertHasLine(run.err, PAY + ":5: error: ", "time base \"weekly\" for class 1001");
    }

    // ---- running the command line ----

    private record Run(int code, String out, String err) { }

    private static Run build(Path site, Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--source", site.toString(),
                "--out", out.toString(), "--date", FixtureSite.DATE.toString());
        return new Run(code, o.toString(), e.toString());
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static List<String> errorLines(String err) {
        return lines(err).stream().filter(l -> l.contains(": error: ")).toList();
    }

    private static void assertHasLine(String err, String prefix, String message) {
        List<String> atPlace = lines(err).stream().filter(l -> l.startsWith(prefix)).toList();
        if (atPlace.isEmpty()) {
            fail("no line starts with \"" + prefix + "\"; stderr was:\n" + err);
        }
        if (atPlace.stream().noneMatch(l -> l.contains(message))) {
            fail("no line starting with \"" + prefix + "\" contains \"" + message + "\"; stderr was:\n" + err);
        }
    }

    /**
     * Snapshots the output after adding a file no build writes: a build that replaced the folder, even
     * with identical pages, would lose it.
     */
    private static Map<String, byte[]> snapshotWithSentinel(Path out) {
        FixtureSite.write(out.resolve("sentinel.txt"), "left by the test; a new publish would remove it\n");
        return FixtureSite.snapshot(out);
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the output folder's files changed");
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        assertEquals(List.of(), changed, "files of the previous output changed");
    }

    // ---- mutations ----

    private static Arguments error(String name, Mutation mutation, String where, String message) {
        return Arguments.of(name, mutation, where, message);
    }

    /** A small native spec with a JBake header: the code is on line 2. */
    static String spec(String title, String code) {
        return "title=" + title + "\ncode=" + code + "\napproved=2020-01-01\napproved.by=CSB\n~~~~~~\n\n## Definition\n\nDoes things.\n";
    }

    static void replace(Path site, String file, String from, String to) {
        Path p = site.resolve(file);
        String text = FixtureSite.read(p);
        assertTrue(text.contains(from), () -> file + " does not contain \"" + from + "\"");
        FixtureSite.write(p, text.replace(from, to));
    }

    /** Inserts a line so that it becomes line {@code lineNumber} (1-based). */
    static void insertLine(Path site, String file, int lineNumber, String line) {
        Path p = site.resolve(file);
        List<String> lines = new ArrayList<>(Arrays.asList(FixtureSite.read(p).split("\n", -1)));
        lines.add(lineNumber - 1, line);
        FixtureSite.write(p, String.join("\n", lines));
    }

    static void append(Path site, String file, String text) {
        Path p = site.resolve(file);
        String current = FixtureSite.read(p);
        assertTrue(current.endsWith("\n"), file + " ends with a line end");
        FixtureSite.write(p, current + text);
    }

    static void write(Path site, String file, String text) {
        FixtureSite.write(site.resolve(file), text);
    }

    static void writeBytes(Path site, String file, byte[] bytes) throws IOException {
        Path p = site.resolve(file);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    /** Replaces the first occurrence of {@code from} in a UTF-8 file with raw bytes. */
    static void replaceWithBytes(Path site, String file, String from, byte[] to) throws IOException {
        Path p = site.resolve(file);
        String text = FixtureSite.read(p);
        int at = text.indexOf(from);
        assertTrue(at >= 0, () -> file + " does not contain \"" + from + "\"");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + from.length()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + to.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(to, 0, all, head.length, to.length);
        System.arraycopy(tail, 0, all, head.length + to.length, tail.length);
        Files.write(p, all);
    }

    /** Concatenates strings (as UTF-8) and single bytes given as ints. */
    static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                b.write((Integer) part);
            }
        }
        return b.toByteArray();
    }

    /** Replaces the Markdown source of class 1001 by a Word text export whose line 10 holds {@code words}. */
    static void clerkAsWordExport(Path site, String words) throws IOException {
        Files.delete(site.resolve(CLERK));
        write(site, "content/1001-clerk.txt", String.format(CLERK_TXT, words));
    }
}
