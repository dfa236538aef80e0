package org.jobspecs.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.TimeBase;
import org.jobspecs.spec.WorkBasis;

/** The key facts at the top of a class page: pay in every time base, what the class requires, the page's sections. */
final class Summary {

    /** Paragraphs that state a requirement on their own: "Education: …", "Experience: …", "License: …". */
    private static final Pattern REQUIREMENT = Pattern.compile("(?i)^(education|experience|training|license|licenses|certificates?|certification)( and [a-z]+)?\\s*:\\s*\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    /** Sections whose text says what a class requires, in order of preference. */
    private static final List<String> REQUIREMENT_SECTIONS = List.of("employment-standards", "education-and-experience",
            "knowledge-skills-abilities", "licenses");
    private static final int MAX_REQUIREMENTS = 3;

    private Summary() {
    }

    /**
     * The pay in every time base that means something for the class, hourly first: the adopted one as
     * given, the others computed through the year by {@code rule} and labelled with it. A part-time or
     * hourly-only class gets its hourly pay only (no year's pay it is not paid).
     */
    static List<PayBasis> bases(Pay pay, PayRule rule, WorkBasis basis) {
        List<PayBasis> bases = new ArrayList<>();
        TimeBase from = pay.timeBase();
        for (TimeBase to : TimeBase.values()) {
            if (to == from) {
                bases.add(new PayBasis(range(pay.minimum(), pay.maximum()), to.phrase(), to.word(), true, ""));
            } else if (basis.annual() || to == TimeBase.HOURLY) {
                bases.add(new PayBasis(range(rule.convert(pay.minimum(), from, to), rule.convert(pay.maximum(), from, to)), to.phrase(),
                        to.word(), false, rule.note(from, to)));
            }
        }
        return List.copyOf(bases);
    }

    /** All four time bases of a full-time class with 2,080 hours a year. */
    static List<PayBasis> bases(Pay pay) {
        return bases(pay, PayRule.STANDARD, WorkBasis.FULL_TIME);
    }

    /**
     * The year's pay in whole dollars where the schedule gives another base, with its rule:
     * "$77,021 – $93,620 per year (computed: monthly × 12)"; empty for annual pay and for classes
     * without an annual figure.
     */
    static String annualEquivalent(Pay pay, PayRule rule, WorkBasis basis) {
        if (pay == null || !basis.annual() || pay.timeBase() == TimeBase.ANNUAL) {
            return "";
        }
        ComparablePay c = ComparablePay.of(pay, basis, rule);
        return c.text() + " (computed: " + rule.note(pay.timeBase(), TimeBase.ANNUAL) + ")";
    }

    /** What a part-time or hourly-only class says instead of a year's pay; empty for full time. */
    static String basisNote(WorkBasis basis) {
        return switch (basis) {
            case FULL_TIME -> "";
            case PART_TIME -> "A part-time class: its pay is given per hour, not as a year's pay, since the hours worked vary.";
            case HOURLY_ONLY -> "Paid by the hour only (seasonal, temporary or as needed): its pay is given per hour, not as a year's pay.";
        };
    }

    /** "$37.03 – $45.01", or one amount when the minimum is the maximum. */
    static String range(BigDecimal min, BigDecimal max) {
        return min.compareTo(max) == 0 ? Format.money(min) : Format.money(min) + " – " + Format.money(max);
    }

    /** The section that says what the class requires (employment standards or the like), or null. */
    static SectionView requirementSection(List<SectionView> sections) {
        for (String id : REQUIREMENT_SECTIONS) {
            for (SectionView s : sections) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * What the class requires, in the section's own words: its "Education: …" and "Experience: …"
     * paragraphs (a sub-heading "Education" over a paragraph counts too), each cut to its first
     * sentence; without such paragraphs, the first sentence of the section.
     */
    static List<String> requirements(SectionView section) {
        if (section == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        String first = null;
        String label = null;
        for (BlockView block : section.blocks()) {
            if (block instanceof BlockView.Subheading h) {
                label = ApprovedText.approvedPlain(h.content()).strip().replaceAll(":$", "");
                continue;
            }
            if (block instanceof BlockView.Paragraph p) {
                String text = ApprovedText.approvedPlain(p.content()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (first == null) {
                    first = text;
                }
                if (REQUIREMENT.matcher(text).matches()) {
                    found.add(firstSentence(text));
                } else if (label != null && REQUIREMENT.matcher(label + ": " + text).matches()) {
                    found.add(label + ": " + firstSentence(text));
                }
            }
            label = null;
            if (found.size() == MAX_REQUIREMENTS) {
                break;
            }
        }
        if (found.isEmpty() && first != null) {
            found.add(firstSentence(first));
        }
        return List.copyOf(found);
    }

    static String firstSentence(String text) {
        String[] parts = SENTENCE_END.split(text, 2);
        return parts[0];
    }
}
