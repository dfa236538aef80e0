package org.jobspecs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jobspecs.cli.Main;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of notice: the build succeeds (exit 0), the notice is reported at its
 * {@code path:line}, and the site is published with the content as expected.
 */
class NoticeCasesTest {

    private static final String CLERK = "content/1001-clerk.md";
    private static final String KNOWLEDGE = "Knowledge of office practices.";

    @TempDir
    Path tmp;

    private Path site;
    private Path out;

    private Path site() {
        if (site == null) {
            site = FixtureSite.copy("minimal", tmp);
            out = tmp.resolve("out");
        }
        return site;
    }

    @Test
    void rawHtmlInAParagraphIsShownAsTextWithANotice() {
        replace(CLERK, KNOWLEDGE, "Knowledge of <script>alert(1)</script> practices.");
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, CLERK + ":24: notice: ", "raw HTML \"<script>\" is shown as text");
        String page = page("classes/1001/index.html");
        assertTrue(page.contains("Knowledge of &lt;script&gt;alert(1)&lt;/script&gt; practices."), page);
        assertFalse(page.contains("<script>alert"), page);
    }

    @Test
    void rawHtmlBlockIsShownAsTextWithANotice() {
        replace(CLERK, KNOWLEDGE, KNOWLEDGE + "\n\n<script>alert(1)</script>");
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, CLERK + ":26: notice: ", "raw HTML \"<script>alert(1)</script>\" is shown as text");
        String page = page("classes/1001/index.html");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert"), page);
    }

    @Test
    void mouPastItsTermIsShownAsExpiredWithANotice() {
        replace("data/units.csv", "2023-07-01,2026-06-30", "2023-07-01,2025-06-30");
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, "data/units.csv:2: notice: ", "the MOU of General Employees Association expired on 2025-06-30");
        String unit = page("units/general/index.html");
        assertTrue(unit.contains("Expired"), unit);
        assertFalse(page("units/managers/index.html").contains("Expired"), "a group has no MOU to expire");
    }

    /**
     * Issue 12: a title such as =HYPERLINK(…) went into the open-data classes.csv as it is, so a
     * spreadsheet opening the file ran it. The CSV now writes it with a leading ' (OWASP), the JSON keeps
     * it, the class page shows it as text, and the build reports it at its register line.
     */
    @Test
    void issue12AFormulaInTheRegisterIsNeutralisedInClassesCsvWithANotice() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/\",\"x\")";
        replace("data/classes.csv", "1002,Senior Clerk,City Clerk,", "1002,\"" + formula.replace("\"", "\"\"") + "\",@City Clerk,");
        replace("content/1002-senior-clerk.md", "title: Senior Clerk", "title: '" + formula + "'");
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, "data/classes.csv:4: notice: ", "the title of class 1002 \"=HYPERLINK(");
        assertHasLine(run.err, "data/classes.csv:4: notice: ", "the department of class 1002 \"@City Clerk\" begins with '@'");
        String csv = page("classes.csv");
        String row = csv.lines().filter(l -> l.startsWith("1002,")).findFirst().orElseThrow();
        assertTrue(row.startsWith("1002,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",'@City Clerk,"), row);
        assertTrue(csv.lines().noneMatch(l -> l.contains(",=") || l.contains(",@")), csv);
        String json = page("classes.json");
        assertTrue(json.contains("\"title\" : \"=HYPERLINK(\\\"http://evil.example/\\\",\\\"x\\\")\""), json);
        assertTrue(json.contains("\"department\" : \"@City Clerk\""), json);
    }

    @Test
    void mouInItsTermIsNotExpired() {
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertEquals(List.of(), noticeLines(run.err));
        assertFalse(page("units/general/index.html").contains("Expired"));
    }

    @Test
    void utf8WithByteOrderMarkAndCrlfIsReadWithoutNotice() throws IOException {
        String text = FixtureSite.read(site().resolve(CLERK)).replace(KNOWLEDGE, "Knowledge of the clerk’s office practices.");
        writeBytes(CLERK, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertEquals(List.of(), noticeLines(run.err), run.err);
        String page = page("classes/1001/index.html");
        assertTrue(page.contains("Knowledge of the clerk’s office practices."), page);
        assertFalse(page.contains("\r"), "no carriage return reaches the page");
        assertFalse(page.contains("\uFEFF"), "the byte-order mark is not part of the text");
    }

    @Test
    void crlfLineEndsKeepLineNumbersOfNotices() throws IOException {
        String text = FixtureSite.read(site().resolve(CLERK)).replace(KNOWLEDGE, "Knowledge of <b>office</b> practices.");
        writeBytes(CLERK, text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, CLERK + ":24: notice: ", "raw HTML \"<b>\"");
    }

    @Test
    void windows1252FileIsReadWithANotice() throws IOException {
        String text = FixtureSite.read(site().resolve(CLERK)).replace(KNOWLEDGE, "Knowledge of the clerk’s office practices.");
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertTrue(indexOf(bytes, (byte) 0x92) >= 0, "the apostrophe is byte 0x92 in Windows-1252");
        writeBytes(CLERK, bytes);
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, CLERK + ": notice: ", "read as Windows-1252");
        assertTrue(page("classes/1001/index.html").contains("Knowledge of the clerk’s office practices."));
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsReadWithANotice() throws IOException {
        utf16IsReadWithANotice(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsReadWithANotice() throws IOException {
        utf16IsReadWithANotice(StandardCharsets.UTF_16BE);
    }

    private void utf16IsReadWithANotice(Charset charset) throws IOException {
        String text = FixtureSite.read(site().resolve(CLERK)).replace(KNOWLEDGE, "Knowledge of the clerk’s office practices.");
        writeBytes(CLERK, ("\uFEFF" + text).getBytes(charset));
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, CLERK + ": notice: ", "read as UTF-16");
        String page = page("classes/1001/index.html");
        assertTrue(page.contains("Knowledge of the clerk’s office practices."), page);
        assertTrue(page.contains("Clerk"), page);
    }

    @Test
    void draftClassIsLeftOutWithANotice() {
        insertLine(CLERK, 3, "status=draft");
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, CLERK + ":3: notice: ", "status=draft: the class is left out of the site");
        assertFalse(Files.exists(out.resolve("classes/1001")), "the draft class has no page");
        assertTrue(Files.exists(out.resolve("classes/1002/index.html")), "the other classes are published");
        assertFalse(page("classes/index.html").contains("classes/1001/"), "the A–Z list does not link the draft");
    }

    @Test
    void draftInYamlFrontMatterIsLeftOutWithANotice() {
        insertLine("content/1002-senior-clerk.md", 4, "status: draft");
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, "content/1002-senior-clerk.md:4: notice: ", "status=draft");
        assertFalse(Files.exists(out.resolve("classes/1002")));
        assertTrue(Files.exists(out.resolve("classes/1001/index.html")));
    }

    @Test
    void nonSpecFileInContentIsReportedAndNotPublished() throws IOException {
        writeBytes("content/notes.docx", new byte[] {'P', 'K', 3, 4, 0, 0});
        Run run = build();

        assertEquals(0, run.code, run.err);
        assertHasLine(run.err, "content/notes.docx: notice: ", "not a spec source");
        assertTrue(FixtureSite.snapshot(out).keySet().stream().noneMatch(p -> p.contains("notes")));
        assertTrue(Files.exists(out.resolve("classes/1001/index.html")));
    }

    // ---- helpers ----

    private record Run(int code, String out, String err) { }

    private Run build() {
        site();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--source", site.toString(),
                "--out", out.toString(), "--date", FixtureSite.DATE.toString());
        Run run = new Run(code, o.toString(), e.toString());
        if (code == 0) {
            assertTrue(Files.exists(out.resolve("index.html")), "the site was published");
            assertTrue(Files.exists(out.resolve(".jobspecs-output")), "the site was published");
            assertTrue(run.out.startsWith("built " + out + ": "), run.out);
        }
        return run;
    }

    private String page(String path) {
        return FixtureSite.read(out.resolve(path));
    }

    private static List<String> noticeLines(String err) {
        return err.lines().filter(l -> l.contains(": notice: ")).toList();
    }

    private static void assertHasLine(String err, String prefix, String message) {
        List<String> atPlace = err.lines().filter(l -> l.startsWith(prefix)).toList();
        if (atPlace.isEmpty()) {
            fail("no line starts with \"" + prefix + "\"; stderr was:\n" + err);
        }
        if (atPlace.stream().noneMatch(l -> l.contains(message))) {
            fail("no line starting with \"" + prefix + "\" contains \"" + message + "\"; stderr was:\n" + err);
        }
    }

    private void replace(String file, String from, String to) {
        Path p = site().resolve(file);
        String text = FixtureSite.read(p);
        assertTrue(text.contains(from), () -> file + " does not contain \"" + from + "\"");
        FixtureSite.write(p, text.replace(from, to));
    }

    private void insertLine(String file, int lineNumber, String line) {
        Path p = site().resolve(file);
        List<String> lines = new java.util.ArrayList<>(List.of(FixtureSite.read(p).split("\n", -1)));
        lines.add(lineNumber - 1, line);
        FixtureSite.write(p, String.join("\n", lines));
    }

    private void writeBytes(String file, byte[] bytes) throws IOException {
        Path p = site().resolve(file);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
