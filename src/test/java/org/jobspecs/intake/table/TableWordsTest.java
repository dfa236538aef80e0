package org.jobspecs.intake.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobspecs.spec.TimeBase;
import org.junit.jupiter.api.Test;

/** Issue 12: how the table import reads headers, dates, time bases, FLSA values and near-miss codes. */
class TableWordsTest {

    @Test
    void headersAreComparedLoosely() {
        Map<String, Integer> found = Columns.of(List.of("JOB_CODE", "Class Title", "Dept.", "Rep. Unit", "FLSA Status", "Class Series"),
                Map.of(), ClassListImport.FIELDS);
        assertEquals(Map.of("code", 0, "title", 1, "department", 2, "unit", 3, "flsa", 4, "series", 5), found);
        assertEquals(Optional.of("title"), Columns.field("Descr", Map.of("title", "DESCR"), Set.of("title")));
        assertEquals(Map.of("code", "JobCode", "title", "Job Title, Full"), Columns.parseMap(List.of("code=JobCode,title=\"Job Title, Full\"")));
    }

    @Test
    void amountColumns() {
        List<PayImport.Amount> a = PayImport.amounts(List.of("Code", "Hourly Min", "Monthly Max", "Step 3", "B", "A", "Control Point", "Annual Rate"),
                Map.of("code", 0), Map.of());
        assertEquals(List.of(new PayImport.Amount(TimeBase.HOURLY, -1, 1), new PayImport.Amount(TimeBase.MONTHLY, -2, 2),
                new PayImport.Amount(null, 3, 3), new PayImport.Amount(null, 2, 4), new PayImport.Amount(null, 1, 5),
                new PayImport.Amount(TimeBase.ANNUAL, -3, 7)), a);
    }

    @Test
    void peopleSoftRateColumns() {
        assertEquals(List.of(new PayImport.Amount(TimeBase.ANNUAL, -1, 1), new PayImport.Amount(TimeBase.ANNUAL, -2, 3)),
                PayImport.amounts(List.of("JOBCODE", "MIN_RT_ANNUAL", "MID_RT_ANNUAL", "MAX_RT_ANNUAL"), Map.of("code", 0), Map.of()));
    }

    @Test
    void datesTimeBasesAndFlsa() {
        assertEquals("2027-07-01", PayImport.date("July 1, 2027"));
        assertEquals("2027-07-01", PayImport.date("7/1/2027"));
        assertEquals("2027-07-01", PayImport.date("Jul. 1, 2027"));
        assertEquals(null, PayImport.date("13/45/2027"));
        assertEquals(Optional.of(TimeBase.BIWEEKLY), PayImport.timeBase("Bi-Weekly"));
        assertEquals(Optional.of(TimeBase.MONTHLY), PayImport.timeBase("MO"));
        assertEquals(Optional.of(TimeBase.ANNUAL), PayImport.timeBase("AN"));
        assertEquals(Optional.of(TimeBase.HOURLY), PayImport.timeBase("Hrs."));
        assertEquals(Optional.empty(), PayImport.timeBase("Weekly"));
        assertEquals(Optional.of("Exempt"), ClassListImport.flsa("EXEMPT"));
        assertEquals(Optional.of("Non-exempt"), ClassListImport.flsa("Non-Exempt"));
        assertEquals(Optional.of("Non-exempt"), ClassListImport.flsa("N"));
        assertEquals(Optional.empty(), ClassListImport.flsa("maybe"));
        assertEquals("7", PayImport.rangeKey("R-07"));
        assertEquals("AB", ClassListImport.letter(27));
    }

    @Test
    void nearMissCodes() {
        assertEquals(" (did you mean 1001?)", PayImport.nearMiss("1001A", List.of("1001", "2001")));
        assertEquals(" (did you mean 4410-01?)", PayImport.nearMiss("4410", List.of("4410-01", "9999")));
        assertEquals("", PayImport.nearMiss("7777", List.of("1001", "2345")));
    }
}
