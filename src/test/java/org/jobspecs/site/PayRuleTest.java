package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.TimeBase;
import org.jobspecs.spec.WorkBasis;
import org.junit.jupiter.api.Test;

/** Issue 13: the conversion rule between time bases, and pay on the one base listings and search share. */
class PayRuleTest {

    private static Pay pay(TimeBase base, String min, String max) {
        return new Pay(base, new BigDecimal(min), new BigDecimal(max), List.of());
    }

    @Test
    void theRuleGoesThroughTheYearWithTheConfiguredHours() {
        PayRule standard = PayRule.STANDARD;
        assertEquals(2080, standard.perYear(TimeBase.HOURLY));
        assertEquals(26, standard.perYear(TimeBase.BIWEEKLY));
        assertEquals(12, standard.perYear(TimeBase.MONTHLY));
        assertEquals(1, standard.perYear(TimeBase.ANNUAL));
        // $25.00 an hour: × 2,080 = $52,000 a year; ÷ 12 = $4,333.33 a month; ÷ 26 = $2,000 every two weeks.
        assertEquals(new BigDecimal("52000.00"), standard.convert(new BigDecimal("25"), TimeBase.HOURLY, TimeBase.ANNUAL));
        assertEquals(new BigDecimal("4333.33"), standard.convert(new BigDecimal("25"), TimeBase.HOURLY, TimeBase.MONTHLY));
        assertEquals(new BigDecimal("2000.00"), standard.convert(new BigDecimal("25"), TimeBase.HOURLY, TimeBase.BIWEEKLY));
        // Biweekly × 26, monthly × 12.
        assertEquals(52_000, standard.annual(new BigDecimal("2000"), TimeBase.BIWEEKLY));
        assertEquals(77_021, standard.annual(new BigDecimal("6418.45"), TimeBase.MONTHLY), "$77,021.40 to the dollar");
        PayRule short40 = new PayRule(1950);
        assertEquals(48_750, short40.annual(new BigDecimal("25"), TimeBase.HOURLY));
        assertEquals(new BigDecimal("39.50"), short40.convert(new BigDecimal("6418.45"), TimeBase.MONTHLY, TimeBase.HOURLY));
        assertEquals("monthly × 12 ÷ 1,950", short40.note(TimeBase.MONTHLY, TimeBase.HOURLY));
        assertEquals("hourly × 1,950", short40.note(TimeBase.HOURLY, TimeBase.ANNUAL));
        assertEquals("annual ÷ 26", short40.note(TimeBase.ANNUAL, TimeBase.BIWEEKLY));
        assertTrue(short40.words().startsWith("1,950 working hours"), short40.words());
        assertThrows(IllegalArgumentException.class, () -> new PayRule(0));
    }

    @Test
    void listingsShowAFullTimeClassPerYearInWholeDollars() {
        ComparablePay monthly = ComparablePay.of(pay(TimeBase.MONTHLY, "6418.45", "7801.67"), WorkBasis.FULL_TIME, PayRule.STANDARD);
        assertEquals("$77,021 – $93,620 per year", monthly.text());
        assertEquals(77_021, monthly.annualMinimum());
        assertEquals(93_620, monthly.annualMaximum());
        assertTrue(monthly.computed());
        ComparablePay annual = ComparablePay.of(pay(TimeBase.ANNUAL, "237642", "237642"), WorkBasis.FULL_TIME, PayRule.STANDARD);
        assertEquals("$237,642 per year", annual.text(), "one amount when minimum equals maximum");
        assertFalse(annual.computed());
        assertEquals("$1,000,000 per year", ComparablePay.of(pay(TimeBase.ANNUAL, "1000000", "1000000"), WorkBasis.FULL_TIME,
                PayRule.STANDARD).text());
    }

    @Test
    void partTimeAndHourlyOnlyClassesShowHourlyPayAndHaveNoAnnualFigure() {
        ComparablePay partTime = ComparablePay.of(pay(TimeBase.HOURLY, "19.63", "22.54"), WorkBasis.PART_TIME, PayRule.STANDARD);
        assertEquals("$19.63 – $22.54 per hour (part-time)", partTime.text());
        assertEquals(-1, partTime.annualMinimum(), "no year's pay to filter or sort by");
        ComparablePay hourlyOnly = ComparablePay.of(pay(TimeBase.MONTHLY, "3466.67", "3466.67"), WorkBasis.HOURLY_ONLY, PayRule.STANDARD);
        assertEquals("$20.00 per hour (hourly only)", hourlyOnly.text(), "a monthly rate made hourly: × 12 ÷ 2,080");
        assertEquals(ComparablePay.NONE, ComparablePay.of(null, WorkBasis.FULL_TIME, PayRule.STANDARD));
        assertEquals("No pay on a current schedule", ComparablePay.NONE.text());
        assertFalse(ComparablePay.NONE.present());
        assertTrue(partTime.present());
    }

    @Test
    void theClassPageOmitsAYearsPayForAPartTimeClassAndSaysWhy() {
        Pay hourly = pay(TimeBase.HOURLY, "19.63", "22.54");
        assertEquals(List.of("hourly"), Summary.bases(hourly, PayRule.STANDARD, WorkBasis.PART_TIME).stream().map(PayBasis::timeBase).toList());
        assertEquals(4, Summary.bases(hourly, PayRule.STANDARD, WorkBasis.FULL_TIME).size());
        assertEquals("", Summary.annualEquivalent(hourly, PayRule.STANDARD, WorkBasis.PART_TIME));
        assertEquals("$40,830 – $46,883 per year (computed: hourly × 2,080)", Summary.annualEquivalent(hourly, PayRule.STANDARD, WorkBasis.FULL_TIME));
        assertEquals("", Summary.annualEquivalent(pay(TimeBase.ANNUAL, "1", "2"), PayRule.STANDARD, WorkBasis.FULL_TIME), "annual pay needs none");
        assertTrue(Summary.basisNote(WorkBasis.PART_TIME).startsWith("A part-time class"));
        assertEquals("", Summary.basisNote(WorkBasis.FULL_TIME));
    }

    @Test
    void theMinimumPayChoicesStepThroughTheRangeOfStartingPay() {
        assertEquals(List.of(30_000L, 40_000L, 50_000L, 60_000L, 70_000L), ListingPay.thresholds(37_128, 77_021));
        assertEquals(List.of(), ListingPay.thresholds(Long.MAX_VALUE, 0), "no class with an annual figure: no choices");
        List<Long> wide = ListingPay.thresholds(20_000, 900_000);
        assertTrue(wide.size() <= 41 && wide.get(1) - wide.get(0) > 10_000, "a wide range takes larger steps: " + wide);
    }

    @Test
    void workBasisWordsAreReadForgivingly() {
        assertEquals(WorkBasis.FULL_TIME, WorkBasis.parse(" ").orElseThrow());
        assertEquals(WorkBasis.PART_TIME, WorkBasis.parse("Part time").orElseThrow());
        assertEquals(WorkBasis.HOURLY_ONLY, WorkBasis.parse("HOURLY_ONLY").orElseThrow());
        assertTrue(WorkBasis.parse("seasonal").isEmpty());
    }

    @Test
    void issue15CountsAreGroupedAsTheFormatterGroupsThem() {
        java.util.Random random = new java.util.Random(15);
        List<Integer> counts = new java.util.ArrayList<>(List.of(0, 1, 12, 26, 999, 1000, 2080, 99_999, 100_000, 999_999, 1_000_000,
                -1, -999, -1000, -2080, Integer.MAX_VALUE, Integer.MIN_VALUE));
        for (int i = 0; i < 10_000; i++) {
            counts.add(random.nextInt() >> random.nextInt(31));
        }
        for (int n : counts) {
            assertEquals(String.format(java.util.Locale.US, "%,d", n), PayRule.grouped(n));
        }
        assertEquals("monthly × 12 ÷ 2,080", new PayRule(2080).note(org.jobspecs.spec.TimeBase.MONTHLY, org.jobspecs.spec.TimeBase.HOURLY));
    }
}
