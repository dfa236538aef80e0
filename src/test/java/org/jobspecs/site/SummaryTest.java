package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.TimeBase;
import org.junit.jupiter.api.Test;

/** Issue 11: the key facts at the top of a class page. */
class SummaryTest {

    private static BlockView paragraph(String text) {
        return new BlockView.Paragraph(List.of(new Inline.Text(text)));
    }

    private static SectionView section(String id, BlockView... blocks) {
        return new SectionView(id, List.of(new Inline.Text(id)), id, List.of(blocks));
    }

    @Test
    void payInEveryTimeBaseComputesTheOthersThroughTheYearAndLabelsThem() {
        Pay monthly = new Pay(TimeBase.MONTHLY, new BigDecimal("6418.45"), new BigDecimal("7801.67"), List.of());
        List<PayBasis> bases = Summary.bases(monthly);
        assertEquals(List.of("hourly", "biweekly", "monthly", "annual"), bases.stream().map(PayBasis::timeBase).toList());
        assertEquals(new PayBasis("$37.03 – $45.01", "per hour", "hourly", false, "monthly × 12 ÷ 2,080"), bases.get(0));
        assertEquals(new PayBasis("$2,962.36 – $3,600.77", "every two weeks", "biweekly", false, "monthly × 12 ÷ 26"), bases.get(1));
        assertEquals(new PayBasis("$6,418.45 – $7,801.67", "per month", "monthly", true, ""), bases.get(2));
        assertEquals(new PayBasis("$77,021.40 – $93,620.04", "per year", "annual", false, "monthly × 12"), bases.get(3));
    }

    @Test
    void hourlyPayGivesTheAnnualAmountTimes2080AndOneAmountStaysOne() {
        Pay hourly = new Pay(TimeBase.HOURLY, new BigDecimal("17.85"), new BigDecimal("17.85"), List.of());
        List<PayBasis> bases = Summary.bases(hourly);
        assertEquals(new PayBasis("$37,128.00", "per year", "annual", false, "hourly × 2,080"), bases.get(3));
        assertEquals(new PayBasis("$1,428.00", "every two weeks", "biweekly", false, "hourly × 2,080 ÷ 26"), bases.get(1));
        assertEquals("$17.85", bases.get(0).range());
    }

    @Test
    void whatItTakesIsTheEducationAndExperienceLinesCutToTheirFirstSentence() {
        SectionView standards = section("employment-standards",
                paragraph("Any combination of education and experience is qualifying. A typical way would be:"),
                paragraph("Education: Graduation from high school. Course work in accounting is desirable."),
                paragraph("Experience: Two years of clerical work."));
        assertEquals(List.of("Education: Graduation from high school.", "Experience: Two years of clerical work."),
                Summary.requirements(standards));
    }

    @Test
    void subHeadingsNamingEducationOrExperienceCountAsTheirLabel() {
        SectionView standards = section("employment-standards",
                new BlockView.Subheading(List.of(new Inline.Text("Education"))), paragraph("A bachelor's degree in engineering."),
                new BlockView.Subheading(List.of(new Inline.Text("Experience:"))), paragraph("Three years as an engineer."));
        assertEquals(List.of("Education: A bachelor's degree in engineering.", "Experience: Three years as an engineer."),
                Summary.requirements(standards));
    }

    @Test
    void withoutSuchLinesItIsTheFirstSentence() {
        SectionView standards = section("employment-standards",
                paragraph("Possession of a valid lifeguard certificate. Must be 16 years of age."));
        assertEquals(List.of("Possession of a valid lifeguard certificate."), Summary.requirements(standards));
        assertTrue(Summary.requirements(null).isEmpty());
    }

    @Test
    void theRequirementSectionIsTheEmploymentStandardsFirstThenEducationAndExperience() {
        SectionView education = section("education-and-experience", paragraph("Education: A degree."));
        SectionView standards = section("employment-standards", paragraph("Education: High school."));
        SectionView duties = section("duties", paragraph("Education: not a requirement here."));
        assertEquals(standards, Summary.requirementSection(List.of(duties, education, standards)));
        assertEquals(education, Summary.requirementSection(List.of(duties, education)));
        assertEquals(null, Summary.requirementSection(List.of(duties)));
    }
}
