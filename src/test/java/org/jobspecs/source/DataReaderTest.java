package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.ClassStatus;
import org.jobspecs.spec.PayRow;
import org.jobspecs.spec.RegisterEntry;
import org.jobspecs.spec.TimeBase;
import org.jobspecs.spec.UnitKind;
import org.jobspecs.spec.UnitRow;
import org.jobspecs.spec.WorkBasis;
import org.junit.jupiter.api.Test;

class DataReaderTest {

    private static final Location PAY = Location.file("data/pay.csv");
    private static final Location CLASSES = Location.file("data/classes.csv");
    private static final String PAY_HEADER = "schedule,code,time_base,minimum,maximum,steps\n";
    private static final String REGISTER_HEADER =
            "code,title,department,unit,flsa,series,level,status,status_date,former_titles,former_codes,openings\n";

    private final Problems problems = new Problems();
    private final DataReader reader = new DataReader(problems);

    private List<CsvTable.Row> payTable(String text) {
        return CsvTable.read(text, PAY, DataReader.PAY_COLUMNS, Set.of("schedule", "code", "time_base"), problems);
    }

    private static List<Integer> lines(List<CsvTable.Row> rows) {
        return rows.stream().map(r -> r.location().line()).toList();
    }

    private Problem onlyError() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(Severity.ERROR, all.get(0).severity());
        return all.get(0);
    }

    private void noProblems() {
        assertEquals(List.of(), problems.sorted());
    }

    // ---- CsvTable: lines, columns, malformed rows ----

    @Test
    void rowsCarryTheirLineNumbers() {
        List<CsvTable.Row> rows = payTable(PAY_HEADER + "a,1,monthly,1,2,\nb,2,monthly,1,2,\nc,3,monthly,1,2,\n");
        noProblems();
        assertEquals(List.of(2, 3, 4), lines(rows));
        assertEquals("data/pay.csv", rows.get(0).location().path());
        assertEquals("b", rows.get(1).get("schedule"));
    }

    /** Bug: a row after blank lines was reported at the first blank line (CSVRecord.getCharacterPosition points there). */
    @Test
    void rowAfterBlankLinesKeepsItsOwnLine() {
        List<CsvTable.Row> rows = payTable(PAY_HEADER + "a,1,monthly,1,2,\n\n\nb,2,monthly,1,2,\nc,3,monthly,1,2,\n");
        noProblems();
        assertEquals(List.of(2, 5, 6), lines(rows));
    }

    @Test
    void rowAfterAQuotedCellSpanningLinesKeepsItsOwnLine() {
        List<CsvTable.Row> rows = CsvTable.read(REGISTER_HEADER
                        + "1001,Clerk,Finance,general,Non-exempt,,,current,,\"Office\nAssistant\",,\n"
                        + "1002,Senior Clerk,Finance,general,Exempt,,,current,,,,\n",
                CLASSES, DataReader.REGISTER_COLUMNS, Set.of("code"), problems);
        noProblems();
        assertEquals(List.of(2, 4), lines(rows));
        assertEquals("Office\nAssistant", rows.get(0).get("former_titles"));
    }

    @Test
    void cellsAreTrimmedAndMissingColumnsReadEmpty() {
        List<CsvTable.Row> rows = CsvTable.read("code , title\n  7  ,  Clerk \n", CLASSES, DataReader.REGISTER_COLUMNS,
                Set.of("code"), problems);
        noProblems();
        assertEquals("7", rows.get(0).get("code"));
        assertEquals("Clerk", rows.get(0).get("title"));
        assertEquals("", rows.get(0).get("department"));
    }

    @Test
    void headerNamesIgnoreCase() {
        List<CsvTable.Row> rows = payTable("Schedule,CODE,Time_Base\ns1,7,hourly\n");
        noProblems();
        assertEquals("7", rows.get(0).get("code"));
    }

    @Test
    void unknownColumnIsAnErrorOnTheHeaderLine() {
        List<CsvTable.Row> rows = payTable("schedule,code,time_base,amount\ns1,7,hourly,5\n");
        assertEquals(List.of(), rows);
        Problem p = onlyError();
        assertEquals(1, p.location().line());
        assertTrue(p.message().contains("unknown column \"amount\""), p.message());
    }

    @Test
    void missingRequiredColumnIsAnError() {
        List<CsvTable.Row> rows = payTable("schedule,code,minimum,maximum\ns1,7,1,2\n");
        assertEquals(List.of(), rows);
        Problem p = onlyError();
        assertEquals(1, p.location().line());
        assertTrue(p.message().contains("required column \"time_base\" is missing"), p.message());
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsAnErrorAtItsLineAndTheRestIsRead() {
        List<CsvTable.Row> rows = payTable(PAY_HEADER + "a,1,monthly,1,2,\nb,2,monthly,1,2\nc,3,monthly,1,2,\n");
        Problem p = onlyError();
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("row has 5 cells but the header has 6"), p.message());
        assertEquals(List.of(2, 4), lines(rows));
    }

    @Test
    void unterminatedQuoteIsAnErrorAtItsLine() {
        List<CsvTable.Row> rows = payTable(PAY_HEADER + "a,1,monthly,1,2,\nb,\"2,monthly,1,2,\nc,3,monthly,1,2,\n");
        Problem p = onlyError();
        assertEquals(3, p.location().line());
        assertTrue(p.message().startsWith("malformed CSV"), p.message());
        assertEquals(List.of(2), lines(rows));
    }

    /** Bug: an unclosed quote was reported at "last good row + 1", i.e. the header line for the first row. */
    @Test
    void unterminatedQuoteInTheFirstRowIsAnErrorAtThatRow() {
        payTable(PAY_HEADER + "a,\"1,monthly,1,2,\n");
        assertEquals(2, onlyError().location().line());
    }

    @Test
    void blankLinesAreSkipped() {
        List<CsvTable.Row> rows = payTable(PAY_HEADER + "\n\na,1,monthly,1,2,\n\n");
        noProblems();
        assertEquals(1, rows.size());
    }

    @Test
    void fileWithoutHeaderIsAnError() {
        assertEquals(List.of(), payTable(""));
        assertTrue(onlyError().message().contains("no header row"));
    }

    // ---- pay ----

    @Test
    void amountsMayCarryDollarSignsAndThousandsSeparators() {
        List<PayRow> rows = reader.pay(PAY_HEADER + "s1,7565,annual,\"$61,000.50\",\"$75,000\",\n", PAY);
        noProblems();
        assertEquals(1, rows.size());
        assertEquals(0, new BigDecimal("61000.50").compareTo(rows.get(0).pay().minimum()));
        assertEquals(0, new BigDecimal("75000").compareTo(rows.get(0).pay().maximum()));
        assertEquals(TimeBase.ANNUAL, rows.get(0).pay().timeBase());
        assertEquals(new ClassCode("7565"), rows.get(0).code());
        assertEquals("s1", rows.get(0).scheduleId());
    }

    @Test
    void stepsGiveMinimumAndMaximum() {
        List<PayRow> rows = reader.pay(PAY_HEADER + "s1,7,hourly,,,\"$30.00; $31.50;$33,000.00\"\n", PAY);
        noProblems();
        var pay = rows.get(0).pay();
        assertEquals(3, pay.steps().size());
        assertEquals(0, new BigDecimal("30.00").compareTo(pay.minimum()));
        assertEquals(0, new BigDecimal("33000.00").compareTo(pay.maximum()));
    }

    @Test
    void minimumAboveMaximumIsAnErrorAtItsLine() {
        List<PayRow> rows = reader.pay(PAY_HEADER + "s1,7,monthly,1,2,\ns1,8,monthly,\"6,100.00\",\"5,900.00\",\n", PAY);
        Problem p = onlyError();
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("is above maximum"), p.message());
        assertTrue(p.message().contains("for class 8"), p.message());
        assertEquals(1, rows.size());
    }

    @Test
    void stepsNotAscendingIsAnError() {
        reader.pay(PAY_HEADER + "s1,7,monthly,,,100;100\n", PAY);
        assertTrue(onlyError().message().contains("steps for class 7 are not ascending"));
    }

    @Test
    void minimumDisagreeingWithFirstStepIsAnError() {
        reader.pay(PAY_HEADER + "s1,7,monthly,90,,100;110\n", PAY);
        assertTrue(onlyError().message().contains("differ from the first and last step"));
    }

    @Test
    void payWithoutStepsOrRangeIsAnError() {
        reader.pay(PAY_HEADER + "s1,7,monthly,100,,\n", PAY);
        assertTrue(onlyError().message().contains("neither steps nor both a minimum and a maximum"));
    }

    @Test
    void unknownTimeBaseIsAnError() {
        assertEquals(List.of(), reader.pay(PAY_HEADER + "s1,7,weekly,1,2,\n", PAY));
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("time base \"weekly\""), p.message());
    }

    private void assertSomeError(int line, String message) {
        List<Problem> all = problems.sorted();
        assertTrue(all.stream().anyMatch(p -> p.severity() == Severity.ERROR && p.location().line() == line
                && p.message().contains(message)), all::toString);
    }

    @Test
    void amountThatIsNotANumberIsAnError() {
        assertEquals(List.of(), reader.pay(PAY_HEADER + "s1,7,monthly,about 5000,6000,\n", PAY));
        assertSomeError(2, "minimum \"about 5000\" is not an amount");
    }

    /** Issue 12: words where a rate belongs are left to the pay-schedule check, which names 2 CCR 570.5(a)(8). */
    @Test
    void issue12WordsInPlaceOfARateReachThePayScheduleCheck() {
        List<PayRow> rows = reader.pay(PAY_HEADER + "s1,7,monthly,See MOU,See MOU,\ns1,8,annual,,,per Resolution 123\n", PAY);
        noProblems();
        assertEquals(List.of("See MOU", "per Resolution 123"), rows.stream().map(PayRow::inLieu).toList());
        assertTrue(rows.stream().noneMatch(PayRow::complete));
    }

    /** Issue 12: an empty time base is left to the pay-schedule check (2 CCR 570.5(a)(4)); a wrong one stays the reader's error. */
    @Test
    void issue12AnEmptyTimeBaseReachesThePayScheduleCheck() {
        List<PayRow> rows = reader.pay(PAY_HEADER + "s1,7,,100,200,\n", PAY);
        noProblems();
        assertEquals(1, rows.size());
        assertEquals(null, rows.get(0).pay().timeBase());
        assertFalse(rows.get(0).complete());
    }

    /** Issue 12: schedules.csv gives revision dates (2 CCR 570.5(a)(6)) and the schedule a row replaced (570.5(a)(7)). */
    @Test
    void issue12RevisionDatesAndReplacesAreRead() {
        Location schedules = Location.file("data/schedules.csv");
        String header = "id,title,effective,adopted_by,document,revised,replaces\n";
        List<org.jobspecs.spec.ScheduleRow> rows = reader.schedules(header
                + "s2,S2,2025-07-01,Res 2,https://x.test/s2.pdf,2025-09-09; 2025-10-14,s1\n"
                + "s3,S3,2026-07-01,Res 3,https://x.test/s3.pdf,2026-13-01,\n", schedules);
        assertEquals(1, rows.size());
        assertEquals(List.of(java.time.LocalDate.of(2025, 9, 9), java.time.LocalDate.of(2025, 10, 14)), rows.get(0).revised());
        assertEquals("s1", rows.get(0).replaces());
        assertSomeError(3, "revised \"2026-13-01\" is not a possible date");
    }

    @Test
    void negativeAmountIsAnError() {
        assertEquals(List.of(), reader.pay(PAY_HEADER + "s1,7,monthly,-5,6000,\n", PAY));
        assertSomeError(2, "minimum -5 is negative");
    }

    /** Bug: a bad minimum also produced a false "neither steps nor both a minimum and a maximum" error. */
    @Test
    void badAmountIsReportedOnce() {
        reader.pay(PAY_HEADER + "s1,7,monthly,about 5000,6000,\n", PAY);
        assertTrue(onlyError().message().contains("minimum \"about 5000\" is not an amount"));
    }

    // ---- register ----

    @Test
    void registerRowIsTyped() {
        List<RegisterEntry> rows = reader.register(REGISTER_HEADER
                + "1001,Clerk,Finance,general,non-exempt,clerical,1,Current,,Office Assistant; Typist,0990;0991,https://x.test/\n",
                CLASSES);
        noProblems();
        RegisterEntry e = rows.get(0);
        assertEquals(new ClassCode("1001"), e.code());
        assertEquals("Non-exempt", e.flsa());
        assertEquals(1, e.level());
        assertEquals(ClassStatus.CURRENT, e.status());
        assertEquals(List.of("Office Assistant", "Typist"), e.formerTitles());
        assertEquals(List.of(new ClassCode("0990"), new ClassCode("0991")), e.formerCodes());
        assertEquals(2, e.location().line());
    }

    @Test
    void codeUnsafeInAUrlIsAnErrorAndTheRowIsSkipped() {
        List<RegisterEntry> rows = reader.register(REGISTER_HEADER + "../x,Clerk,Finance,general,Exempt,,,current,,,,\n", CLASSES);
        assertEquals(List.of(), rows);
        assertTrue(onlyError().message().contains("code \"../x\" cannot be part of a web address"));
    }

    @Test
    void impossibleStatusDateIsAnError() {
        reader.register(REGISTER_HEADER + "0900,Typist,Finance,general,Exempt,,,abolished,2025-02-30,,,\n", CLASSES);
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("status_date \"2025-02-30\" is not a possible date"), p.message());
    }

    @Test
    void abolishedClassNeedsAStatusDate() {
        reader.register(REGISTER_HEADER + "0900,Typist,Finance,general,Exempt,,,abolished,,,,\n", CLASSES);
        assertTrue(onlyError().message().contains("abolished class 0900 has no status_date"));
    }

    @Test
    void levelWithoutSeriesIsAnError() {
        reader.register(REGISTER_HEADER + "7,Clerk,Finance,general,Exempt,,2,current,,,,\n", CLASSES);
        assertTrue(onlyError().message().contains("has a level but no series"));
    }

    // ---- units and schedules ----

    @Test
    void unitRowsAreTyped() {
        List<UnitRow> rows = reader.units("id,name,kind,mou_title,mou_start,mou_end,mou_document\n"
                + "general,General,unit,MOU,2023-07-01,2026-06-30,https://x.test/mou.pdf\n", Location.file("data/units.csv"));
        noProblems();
        assertEquals(UnitKind.UNIT, rows.get(0).kind());
        assertEquals(LocalDate.of(2026, 6, 30), rows.get(0).mouEnd());
        assertNull(rows.get(0).resolutionTitle());
    }

    /** Issue 13: a unit's pay_basis says whether its classes' pay has a year's equivalent; empty is full time. */
    @Test
    void unitPayBasisIsReadAndCheckedWithTheClosestWord() {
        List<UnitRow> rows = reader.units("id,name,kind,resolution_title,resolution_document,pay_basis\n"
                + "a,A,group,R,https://x.test/r.pdf,\n"
                + "b,B,group,R,https://x.test/r.pdf,Part-Time\n"
                + "c,C,group,R,https://x.test/r.pdf,hourly\n"
                + "d,D,group,R,https://x.test/r.pdf,hourly_only\n"
                + "e,E,group,R,https://x.test/r.pdf,full-time\n", Location.file("data/units.csv"));
        noProblems();
        assertEquals(List.of(WorkBasis.FULL_TIME, WorkBasis.PART_TIME, WorkBasis.HOURLY_ONLY, WorkBasis.HOURLY_ONLY, WorkBasis.FULL_TIME),
                rows.stream().map(UnitRow::workBasis).toList());
        reader.units("id,name,kind,resolution_title,resolution_document,pay_basis\n"
                + "a,A,group,R,https://x.test/r.pdf,seasonal\n", Location.file("data/units.csv"));
        Problem p = onlyError();
        assertEquals("pay_basis \"seasonal\" of a is not full-time, part-time, hourly-only", p.message());
        assertTrue(p.fix().contains("write part-time or hourly-only for classes paid by the hour"), p.fix());
    }

    @Test
    void mouEndingBeforeItStartsIsAnError() {
        reader.units("id,name,kind,mou_title,mou_start,mou_end,mou_document\n"
                + "general,General,unit,MOU,2023-07-01,2022-06-30,https://x.test/mou.pdf\n", Location.file("data/units.csv"));
        assertTrue(onlyError().message().contains("ends (2022-06-30) before it starts (2023-07-01)"));
    }

    @Test
    void impossibleEffectiveDateDropsTheSchedule() {
        var rows = reader.schedules("id,title,effective,adopted_by,document\n"
                + "s1,One,2025-02-30,Res 1,https://x.test/1.pdf\ns2,Two,2025-07-01,Res 2,https://x.test/2.pdf\n",
                Location.file("data/schedules.csv"));
        assertEquals(List.of("s2"), rows.stream().map(r -> r.id()).toList());
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("effective \"2025-02-30\" is not a possible date"), p.message());
    }

    @Test
    void unsafeDocumentLinkIsAnError() {
        reader.schedules("id,title,effective,adopted_by,document\ns1,One,2025-07-01,Res 1, JavaScript:alert(1)\n",
                Location.file("data/schedules.csv"));
        assertTrue(onlyError().message().contains("uses an unsafe scheme"));
    }
}
