package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.TimeBase;

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

    /** Units of each time base in a year: 2,080 working hours, 26 pay periods, 12 months. */
    static int perYear(TimeBase base) {
        return switch (base) {
            case HOURLY -> 2080;
            case BIWEEKLY -> 26;
            case MONTHLY -> 12;
            case ANNUAL -> 1;
        };
    }

    /** The pay in all four time bases, hourly first: the adopted one as given, the others computed through the year. */
    static List<PayBasis> bases(Pay pay) {
        List<PayBasis> bases = new ArrayList<>();
        TimeBase from = pay.timeBase();
        for (TimeBase to : TimeBase.values()) {
            if (to == from) {
                bases.add(new PayBasis(range(pay.minimum(), pay.maximum()), to.phrase(), to.word(), true, ""));
            } else {
                bases.add(new PayBasis(range(convert(pay.minimum(), from, to), convert(pay.maximum(), from, to)), to.phrase(),
                        to.word(), false, note(from, to)));
            }
        }
        return List.copyOf(bases);
    }

    static BigDecimal convert(BigDecimal amount, TimeBase from, TimeBase to) {
        return amount.multiply(BigDecimal.valueOf(perYear(from))).divide(BigDecimal.valueOf(perYear(to)), 2, RoundingMode.HALF_UP);
    }

    /** "monthly × 12 ÷ 2,080", "hourly × 2,080": through the year (2,080 hours, 26 pay periods, 12 months). */
    static String note(TimeBase from, TimeBase to) {
        StringBuilder b = new StringBuilder(from.word());
        if (perYear(from) != 1) {
            b.append(" × ").append(count(from));
        }
        if (perYear(to) != 1) {
            b.append(" ÷ ").append(count(to));
        }
        return b.toString();
    }

    private static String count(TimeBase base) {
        return String.format(java.util.Locale.US, "%,d", perYear(base));
    }

    private static String range(BigDecimal min, BigDecimal max) {
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
                label = ApprovedText.plain(h.content()).strip().replaceAll(":$", "");
                continue;
            }
            if (block instanceof BlockView.Paragraph p) {
                String text = ApprovedText.plain(p.content()).strip();
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
