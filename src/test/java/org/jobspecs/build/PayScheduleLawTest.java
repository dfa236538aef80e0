package org.jobspecs.build;

import static org.jobspecs.build.ErrorCasesTest.replace;
import static org.jobspecs.build.ErrorCasesTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jobspecs.cli.Main;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, part 3: the salary-schedule pages meet 2 CCR § 570.5(a), and a schedule that would fail a
 * point is a build error naming it. One fixture mutation per point (in the style of
 * {@link ErrorCasesTest}); the minimal fixture, built on 2025-11-01, has s2024 (past: replaced on
 * 2025-07-01), s2025 (in force) and s2026 (adopted for the future).
 */
class PayScheduleLawTest {

    private static final String CLASSES = "data/classes.csv";
    private static final String PAY = "data/pay.csv";
    private static final String SCHEDULES = "data/schedules.csv";
    private static final String SENIOR_2025 = "s2025,1002,annual,62000,82000,";

    @TempDir
    Path tmp;

    static Stream<Arguments> points() {
        return Stream.of(
                point("(a)(1) approved and adopted by the governing body",
                        s -> replace(s, SCHEDULES, "2025-07-01,Resolution 200,", "2025-07-01,,"),
                        SCHEDULES + ":3", "2 CCR 570.5(a)(1): schedule s2025 does not say which governing body approved and adopted it"),
                point("(a)(2) the position title of every position",
                        s -> replace(s, PAY, SENIOR_2025 + "\n", ""),
                        CLASSES + ":4", "2 CCR 570.5(a)(2): class 1002 (Senior Clerk) is not on schedule s2025 (effective 2025-07-01)"),
                point("(a)(3) the pay rate or range",
                        s -> replace(s, PAY, SENIOR_2025, "s2025,1002,annual,0,82000,"),
                        PAY + ":5", "2 CCR 570.5(a)(3): class 1002 has a pay rate of 0 in schedule s2025"),
                point("(a)(4) the time base",
                        s -> replace(s, PAY, SENIOR_2025, "s2025,1002,,62000,82000,"),
                        PAY + ":5", "2 CCR 570.5(a)(4): class 1002 has pay but no time base in schedule s2025"),
                point("(a)(5) posted on the website",
                        s -> replace(s, SCHEDULES, "https://docs.example.test/salary-2025.pdf", "\\\\payroll\\schedules\\salary-2025.pdf"),
                        SCHEDULES + ":3", "2 CCR 570.5(a)(5): the adopted document of schedule s2025 is \"\\\\payroll"),
                point("(a)(6) effective date and revision dates",
                        s -> write(s, SCHEDULES, """
                                id,title,effective,adopted_by,document,revised
                                s2024,Salary Schedule 2024,2024-07-01,Resolution 100,https://docs.example.test/salary-2024.pdf,
                                s2025,Salary Schedule 2025,2025-07-01,Resolution 200,https://docs.example.test/salary-2025.pdf,2025-06-01
                                s2026,Salary Schedule 2026,2026-07-01,Resolution 300,https://docs.example.test/salary-2026.pdf,
                                """),
                        SCHEDULES + ":3", "2 CCR 570.5(a)(6): schedule s2025 lists revision 2025-06-01, which is not after its effective date 2025-07-01"),
                point("(a)(7) kept five years: a replaced schedule's pay rows deleted",
                        s -> replace(s, PAY, "s2024,1001,monthly,,,3000.00;3150.00;3307.50\ns2024,1002,annual,60000,80000,\n", ""),
                        SCHEDULES + ":2", "2 CCR 570.5(a)(7): schedule s2024 was replaced on 2025-07-01 and has no pay rows in data/pay.csv;"
                                + " it must stay published with its rates until 2030-07-01"),
                point("(a)(7) kept five years: a replaced schedule removed",
                        s -> {
                            write(s, SCHEDULES, """
                                    id,title,effective,adopted_by,document,replaces
                                    s2025,Salary Schedule 2025,2025-07-01,Resolution 200,https://docs.example.test/salary-2025.pdf,s2024
                                    s2026,Salary Schedule 2026,2026-07-01,Resolution 300,https://docs.example.test/salary-2026.pdf,s2025
                                    """);
                            replace(s, PAY, "s2024,1001,monthly,,,3000.00;3150.00;3307.50\ns2024,1002,annual,60000,80000,\n", "");
                        },
                        SCHEDULES + ":2", "2 CCR 570.5(a)(7): schedule s2025 replaces schedule \"s2024\", which is not in data/schedules.csv;"
                                + " a replaced schedule stays published for five years, until 2030-07-01"),
                point("(a)(8) no reference to another document in place of a rate",
                        s -> replace(s, PAY, SENIOR_2025, "s2025,1002,annual,See MOU,See MOU,"),
                        PAY + ":5", "2 CCR 570.5(a)(8): class 1002 in schedule s2025 has \"See MOU\" in place of a pay rate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void aScheduleThatFailsAPointIsAnErrorNamingIt(String name, ErrorCasesTest.Mutation mutation, String where, String message)
            throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        mutation.apply(site);
        Run run = build(site, "2025-11-01");
        assertEquals(1, run.code, () -> name + ": exit code; stderr:\n" + run.err);
        List<String> atPlace = run.err.lines().filter(l -> l.startsWith(where + ": error: ")).toList();
        if (atPlace.stream().noneMatch(l -> l.contains(message))) {
            fail("no error at " + where + " contains \"" + message + "\"; stderr was:\n" + run.err);
        }
        assertEquals(1, run.err.lines().filter(l -> l.contains("570.5")).count(), () -> "one point failed for " + name + ":\n" + run.err);
    }

    @Test
    void theUnchangedFixtureMeetsEveryPoint() {
        Run run = build(FixtureSite.copy("minimal", tmp), "2025-11-01");
        assertEquals(0, run.code, run.err);
        assertFalse(run.err.contains("570.5"), run.err);
    }

    /** (a)(7) asks for five years: a schedule replaced longer ago may leave the sources. */
    @Test
    void aScheduleReplacedMoreThanFiveYearsAgoMayGo() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        replace(site, PAY, "s2024,1001,monthly,,,3000.00;3150.00;3307.50\ns2024,1002,annual,60000,80000,\n", "");
        Run early = build(site, "2030-06-30");
        assertTrue(early.err.contains("2 CCR 570.5(a)(7): schedule s2024"), early.err);
        Run late = build(site, "2030-07-01");
        assertFalse(late.err.contains("570.5"), late.err);
        assertEquals(0, late.code, late.err);
    }

    /** The page shows every point: adopted by, effective and revision dates, time base per row, how long a past one stays. */
    @Test
    void theSchedulePagesShowWhatTheLawAsks() throws IOException {
        Path site = FixtureSite.copy("minimal", tmp);
        write(site, SCHEDULES, """
                id,title,effective,adopted_by,document,revised
                s2024,Salary Schedule 2024,2024-07-01,Resolution 100,https://docs.example.test/salary-2024.pdf,
                s2025,Salary Schedule 2025,2025-07-01,Resolution 200,https://docs.example.test/salary-2025.pdf,2025-09-09;2025-10-14
                s2026,Salary Schedule 2026,2026-07-01,Resolution 300,https://docs.example.test/salary-2026.pdf,
                """);
        Path out = tmp.resolve("out");
        Run run = build(site, out, "2025-11-01");
        assertEquals(0, run.code, run.err);
        String current = FixtureSite.read(out.resolve("salary/s2025/index.html"));
        assertTrue(current.contains("Effective July 1, 2025; adopted by Resolution 200. Revised September 9, 2025; October 14, 2025."), current);
        assertTrue(current.contains("<td>1002</td><td>annual</td>"), current);
        String past = FixtureSite.read(out.resolve("salary/s2024/index.html"));
        assertTrue(past.contains("Kept on this site until at least July 1, 2030."), past);
        assertFalse(current.contains("Kept on this site"), current);
    }

    private record Run(int code, String out, String err) { }

    private Run build(Path site, String date) {
        return build(site, tmp.resolve("out"), date);
    }

    private static Run build(Path site, Path out, String date) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--source", site.toString(), "--out", out.toString(), "--date", date);
        return new Run(code, o.toString(), e.toString());
    }

    private static Arguments point(String name, ErrorCasesTest.Mutation mutation, String where, String message) {
        return Arguments.of(name, mutation, where, message);
    }
}
