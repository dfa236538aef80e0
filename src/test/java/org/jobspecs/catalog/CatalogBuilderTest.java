package org.jobspecs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Approval;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.Document;
import org.jobspecs.spec.ClassStatus;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.PayRow;
import org.jobspecs.spec.RegisterEntry;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SalarySchedule;
import org.jobspecs.spec.ScheduleRow;
import org.jobspecs.spec.SourceSet;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.TimeBase;
import org.jobspecs.spec.UnitKind;
import org.jobspecs.spec.UnitRow;
import org.junit.jupiter.api.Test;

/** The catalog's checks, on source sets built from records (no files). */
class CatalogBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 1);

    private final Problems problems = new Problems();

    // The source set being assembled; each test adds what it needs.
    private final List<SpecSource> specs = new ArrayList<>();
    private final List<RegisterEntry> register = new ArrayList<>();
    private final List<ScheduleRow> schedules = new ArrayList<>();
    private final List<PayRow> pay = new ArrayList<>();
    private final List<UnitRow> units = new ArrayList<>(List.of(new UnitRow(new Location("data/units.csv", 2), "general",
            "General Employees", UnitKind.UNIT, "MOU", LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30),
            new Document("https://x.test/mou.pdf", null), null, null)));

    // ---- building records ----

    private int registerLine = 1;
    private int payLine = 1;

    /** A register row on the next line of data/classes.csv, unit "general", department Finance. */
    private RegisterEntry row(String code, String title, ClassStatus status, String... formerCodes) {
        Location at = new Location("data/classes.csv", ++registerLine);
        Map<RegisterField, String> raw = new EnumMap<>(RegisterField.class);
        for (RegisterField f : RegisterField.values()) {
            raw.put(f, "");
        }
        raw.put(RegisterField.CODE, code);
        raw.put(RegisterField.TITLE, title);
        raw.put(RegisterField.DEPARTMENT, "Finance");
        raw.put(RegisterField.UNIT, "general");
        raw.put(RegisterField.FLSA, "Non-exempt");
        raw.put(RegisterField.STATUS, status.word());
        LocalDate statusDate = status == ClassStatus.ABOLISHED ? LocalDate.of(2010, 6, 30) : null;
        raw.put(RegisterField.STATUS_DATE, statusDate == null ? "" : statusDate.toString());
        raw.put(RegisterField.FORMER_CODES, String.join(";", formerCodes));
        RegisterEntry entry = new RegisterEntry(at, new ClassCode(code), title, "Finance", "general", "Non-exempt",
                null, null, status, statusDate, List.of(), List.of(formerCodes).stream().map(ClassCode::new).toList(),
                null, raw);
        register.add(entry);
        return entry;
    }

    private RegisterEntry current(String code, String title, String... formerCodes) {
        return row(code, title, ClassStatus.CURRENT, formerCodes);
    }

    /** A spec source content/{file} whose header states title (line 1) and code (line 2), plus more fields from line 3. */
    private SpecSource spec(String file, String title, String code, Object... more) {
        Map<RegisterField, Field> fields = new EnumMap<>(RegisterField.class);
        if (title != null) {
            fields.put(RegisterField.TITLE, new Field(title, 1));
        }
        if (code != null) {
            fields.put(RegisterField.CODE, new Field(code, 2));
        }
        for (int i = 0; i < more.length; i += 2) {
            fields.put((RegisterField) more[i], new Field((String) more[i + 1], 3 + i / 2));
        }
        SpecSource spec = new SpecSource(Location.file("content/" + file), fields,
                new Approval("CSB", LocalDate.of(2024, 3, 14)), List.of(), List.of(), List.of(), false);
        specs.add(spec);
        return spec;
    }

    private void schedule(String id, LocalDate effective) {
        schedules.add(new ScheduleRow(new Location("data/schedules.csv", schedules.size() + 2), id, "Schedule " + id,
                effective, "Resolution", new Document("https://x.test/" + id + ".pdf", null)));
    }

    private void pay(String schedule, String code, String min, String max) {
        pay.add(new PayRow(new Location("data/pay.csv", ++payLine), schedule, new ClassCode(code),
                new Pay(TimeBase.MONTHLY, new BigDecimal(min), new BigDecimal(max), List.of())));
    }

    /** A current class 1001 with its spec, on schedule s2025 (in force on AS_OF). */
    private void clerk() {
        current("1001", "Clerk");
        spec("1001-clerk.md", "Clerk", "1001");
        schedule("s2025", LocalDate.of(2025, 7, 1));
        pay("s2025", "1001", "3000", "3500");
    }

    private Catalog build() {
        return build(AS_OF);
    }

    private Catalog build(LocalDate asOf) {
        return new CatalogBuilder(asOf, problems).build(new SourceSet(specs, register, schedules, pay, units, List.of(), List.of()));
    }

    // ---- assertions ----

    private List<Problem> errors() {
        return problems.sorted().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    private void assertNoProblems() {
        assertEquals(List.of(), problems.sorted());
    }

    private void assertOnlyError(String where, String message) {
        List<Problem> errors = errors();
        assertEquals(1, errors.size(), errors::toString);
        assertError(where, message);
    }

    private void assertError(String where, String message) {
        List<Problem> errors = errors();
        if (errors.stream().noneMatch(p -> p.location().toString().equals(where) && p.message().contains(message))) {
            fail("no error at " + where + " containing \"" + message + "\"; errors: " + errors);
        }
    }

    // ---- tests ----

    @Test
    void consistentSourcesGiveACatalogWithoutProblems() {
        clerk();
        Catalog catalog = build();
        assertNoProblems();
        assertEquals(List.of(new ClassCode("1001")), List.copyOf(catalog.classes().keySet()));
        assertEquals("Clerk", catalog.classes().get(new ClassCode("1001")).title());
        assertEquals("content/1001-clerk.md", catalog.classes().get(new ClassCode("1001")).source());
    }

    @Test
    void duplicateRegisterCodeDifferingOnlyByLeadingZerosIsAnError() {
        clerk();
        current("01001", "Clerk Two");
        build();
        assertOnlyError("data/classes.csv:3", "class code 01001 is already used on line 2 (as 1001)");
    }

    @Test
    void duplicateRegisterCodeDifferingOnlyByCaseIsAnError() {
        clerk();
        current("A7", "Alpha");
        current("a7", "Alpha Two");
        spec("a7.md", "Alpha", "A7");
        pay("s2025", "A7", "1", "2");
        build();
        assertOnlyError("data/classes.csv:4", "class code a7 is already used on line 3 (as A7)");
    }

    @Test
    void sameCodeInTwoSpecSourcesIsAnError() {
        clerk();
        spec("1001-copy.md", "Clerk", "01001");
        build();
        assertOnlyError("content/1001-copy.md:2", "class code 01001 is also used by content/1001-clerk.md");
    }

    @Test
    void titleDifferingOnlyByCaseAndSpacingIsNoConflict() {
        current("7565", "Lead Customer Service Representative");
        spec("lead.txt", "LEAD  CUSTOMER SERVICE REPRESENTATIVE", "7565");
        schedule("s2025", LocalDate.of(2025, 7, 1));
        pay("s2025", "7565", "5000", "6000");
        build();
        assertNoProblems();
    }

    @Test
    void codeDifferingOnlyByLeadingZerosIsNoConflict() {
        current("1001", "Clerk");
        spec("1001-clerk.md", "Clerk", "01001");
        schedule("s2025", LocalDate.of(2025, 7, 1));
        pay("s2025", "1001", "3000", "3500");
        build();
        assertNoProblems();
    }

    @Test
    void formerCodesInAnotherOrderAreNoConflict() {
        current("1001", "Clerk", "0990", "0991");
        spec("1001-clerk.md", "Clerk", "1001", RegisterField.FORMER_CODES, " 991 ; 0990");
        schedule("s2025", LocalDate.of(2025, 7, 1));
        pay("s2025", "1001", "3000", "3500");
        build();
        assertNoProblems();
    }

    @Test
    void fieldThatDiffersFromTheRegisterIsAConflictAtTheSourceLine() {
        clerk();
        specs.clear();
        spec("1001-clerk.md", "Clerk", "1001", RegisterField.DEPARTMENT, "Parks");
        Catalog catalog = build();
        assertOnlyError("content/1001-clerk.md:3",
                "department \"Parks\" conflicts with the class register (\"Finance\", data/classes.csv:2)");
        assertFalse(catalog.classes().containsKey(new ClassCode("1001")), "a class with an error is left out");
    }

    @Test
    void fieldTheRegisterLeavesEmptyConflictsWhenTheSourceSetsIt() {
        clerk();
        specs.clear();
        spec("1001-clerk.md", "Clerk", "1001", RegisterField.SERIES, "clerical");
        build();
        assertOnlyError("content/1001-clerk.md:3", "series \"clerical\" conflicts with the class register (\"\"");
    }

    @Test
    void formerCodeEqualToACurrentCodeIsAnError() {
        clerk();
        current("1002", "Senior Clerk", "01001");
        spec("1002.md", "Senior Clerk", "1002");
        pay("s2025", "1002", "4000", "4500");
        build();
        assertOnlyError("data/classes.csv:3", "former code 01001 of class 1002 is the code of a current class");
    }

    @Test
    void formerCodeClaimedByTwoClassesIsAnError() {
        current("1001", "Clerk", "0990");
        current("1002", "Senior Clerk", "990");
        spec("1001.md", "Clerk", "1001");
        spec("1002.md", "Senior Clerk", "1002");
        schedule("s2025", LocalDate.of(2025, 7, 1));
        pay("s2025", "1001", "3000", "3500");
        pay("s2025", "1002", "4000", "4500");
        build();
        assertOnlyError("data/classes.csv:3", "former code 990 is also claimed by class 1001");
    }

    @Test
    void specSourceWithoutRegisterRowIsAnError() {
        clerk();
        spec("2000-orphan.md", "Orphan", "2000");
        build();
        assertOnlyError("content/2000-orphan.md:2", "class 2000 is not in the class register");
    }

    @Test
    void registerRowWithoutSpecSourceIsAnError() {
        clerk();
        row("0900", "Typist", ClassStatus.ABOLISHED);
        Catalog catalog = build();
        assertOnlyError("data/classes.csv:3", "class 0900 (Typist) has no spec source");
        assertFalse(catalog.classes().containsKey(new ClassCode("0900")));
    }

    @Test
    void specWithoutTitleOrCodeIsAnError() {
        clerk();
        spec("no-title.md", null, "2000");
        spec("no-code.md", "Nameless", null);
        build();
        assertError("content/no-title.md:1", "the spec has no title");
        assertError("content/no-code.md:1", "the spec has no class code");
    }

    @Test
    void unknownUnitIsAnError() {
        clerk();
        units.clear();
        build();
        assertOnlyError("data/classes.csv:2", "class 1001 names unit \"general\", which is not in data/units.csv");
    }

    @Test
    void currentClassWithNoPayInForceIsAnError() {
        clerk();
        pay.clear();
        Catalog catalog = build();
        assertError("data/classes.csv:2", "current class 1001 is on no salary schedule in force on 2025-11-01");
        // and the schedule in force, left with no rates, would only refer to its document (issue 12)
        assertError("data/schedules.csv:2", "2 CCR 570.5(a)(8): schedule s2025 has no pay rows");
        assertEquals(2, errors().size(), errors()::toString);
        assertTrue(catalog.scheduleInForce(new ClassCode("1001")).isEmpty());
    }

    @Test
    void currentClassWithOnlyFuturePayIsAnError() {
        clerk();
        schedule("s2026", LocalDate.of(2026, 7, 1));
        pay.clear();
        pay("s2026", "1001", "3100", "3600");
        build();
        assertError("data/classes.csv:2", "current class 1001 is on no salary schedule in force on 2025-11-01");
        assertError("data/schedules.csv:2", "2 CCR 570.5(a)(8): schedule s2025 has no pay rows");
        assertEquals(2, errors().size(), errors()::toString);
    }

    @Test
    void abolishedClassWithoutPayIsFine() {
        clerk();
        row("0900", "Typist", ClassStatus.ABOLISHED);
        spec("0900-typist.md", "Typist", "0900");
        Catalog catalog = build();
        assertNoProblems();
        assertTrue(catalog.classes().get(new ClassCode("0900")).abolished());
        assertTrue(catalog.scheduleInForce(new ClassCode("0900")).isEmpty());
    }

    @Test
    void draftSpecIsLeftOutWithoutErrors() {
        clerk();
        current("1002", "Senior Clerk");
        specs.add(new SpecSource(Location.file("content/1002.md"), Map.of(RegisterField.TITLE, new Field("Senior Clerk", 1),
                RegisterField.CODE, new Field("1002", 2)), null, List.of(), List.of(), List.of(), true));
        Catalog catalog = build();
        assertNoProblems();
        assertFalse(catalog.classes().containsKey(new ClassCode("1002")));
    }

    @Test
    void scheduleInForceIsTheNewestThatHasBegunAndFutureTheFirstNotYetBegun() {
        current("1001", "Clerk");
        spec("1001-clerk.md", "Clerk", "1001");
        // Deliberately out of date order.
        schedule("s2027", LocalDate.of(2027, 7, 1));
        schedule("s2024", LocalDate.of(2024, 7, 1));
        schedule("s2026", LocalDate.of(2026, 7, 1));
        schedule("s2025", LocalDate.of(2025, 7, 1));
        for (String s : List.of("s2024", "s2025", "s2026", "s2027")) {
            pay(s, "1001", "3000", "3500");
        }
        ClassCode clerk = new ClassCode("1001");

        Catalog now = build(AS_OF);
        assertNoProblems();
        assertEquals(List.of("s2024", "s2025", "s2026", "s2027"), now.schedules().stream().map(SalarySchedule::id).toList());
        assertEquals(Optional.of("s2025"), now.scheduleInForce(clerk).map(SalarySchedule::id));
        assertEquals(Optional.of("s2026"), now.futureSchedule(clerk).map(SalarySchedule::id));
        assertEquals(Optional.of("s2025"), now.currentSchedule().map(SalarySchedule::id));

        Catalog dayBefore = build(LocalDate.of(2025, 6, 30));
        assertEquals(Optional.of("s2024"), dayBefore.scheduleInForce(clerk).map(SalarySchedule::id));
        assertEquals(Optional.of("s2025"), dayBefore.futureSchedule(clerk).map(SalarySchedule::id));

        Catalog effectiveDay = build(LocalDate.of(2027, 7, 1));
        assertEquals(Optional.of("s2027"), effectiveDay.scheduleInForce(clerk).map(SalarySchedule::id));
        assertEquals(Optional.empty(), effectiveDay.futureSchedule(clerk));
    }

    @Test
    void scheduleInForceIsTheNewestThatListsTheClass() {
        clerk();
        schedule("s2024", LocalDate.of(2024, 7, 1));
        schedule("s2026", LocalDate.of(2026, 7, 1));
        schedule("s2027", LocalDate.of(2027, 7, 1));
        current("1002", "Senior Clerk");
        spec("1002.md", "Senior Clerk", "1002");
        pay("s2024", "1002", "4000", "4500");  // not on s2025, the newest in force
        pay("s2027", "1002", "4200", "4700");  // nor on s2026, the next to begin
        Catalog catalog = build();
        // the law asks every schedule in force or adopted to list every class (issue 12): these gaps are errors
        assertError("data/classes.csv:2", "2 CCR 570.5(a)(2): class 1001 (Clerk) is not on schedule s2026");
        assertError("data/classes.csv:3", "2 CCR 570.5(a)(2): class 1002 (Senior Clerk) is not on schedule s2025");
        assertError("data/classes.csv:3", "2 CCR 570.5(a)(2): class 1002 (Senior Clerk) is not on schedule s2026");
        assertError("data/schedules.csv:4", "2 CCR 570.5(a)(8): schedule s2026 has no pay rows");
        assertTrue(errors().stream().allMatch(p -> p.message().startsWith("2 CCR 570.5(a)(")), errors()::toString);
        ClassCode senior = new ClassCode("1002");
        assertEquals(Optional.of("s2024"), catalog.scheduleInForce(senior).map(SalarySchedule::id));
        assertEquals(Optional.of("s2027"), catalog.futureSchedule(senior).map(SalarySchedule::id));
        assertEquals(Optional.of("s2025"), catalog.currentSchedule().map(SalarySchedule::id));
    }

    @Test
    void payRowForAnUnknownClassOrScheduleIsAnError() {
        clerk();
        pay("s2025", "9999", "1", "2");
        pay("s2099", "1001", "1", "2");
        build();
        assertError("data/pay.csv:3", "pay row for class 9999, which is not in the class register");
        assertError("data/pay.csv:4", "pay row names schedule \"s2099\", which is not in data/schedules.csv");
        assertEquals(2, errors().size(), errors()::toString);
    }

    @Test
    void secondPayRowForTheSameClassAndScheduleIsAnError() {
        clerk();
        pay("s2025", "01001", "3000", "3500");
        build();
        assertOnlyError("data/pay.csv:3", "class 01001 already has pay in schedule s2025 (line 2)");
    }

    @Test
    void expiredMouIsANotice() {
        clerk();
        Catalog catalog = build(LocalDate.of(2026, 7, 1));
        assertEquals(List.of(), errors());
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(Severity.NOTICE, all.get(0).severity());
        assertEquals("data/units.csv:2", all.get(0).location().toString());
        assertTrue(all.get(0).message().contains("expired on 2026-06-30"), all.get(0).message());
        assertTrue(catalog.units().get("general").expiredOn(LocalDate.of(2026, 7, 1)));
    }
}
