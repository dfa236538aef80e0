package org.jobspecs.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.requirement.Needs;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.TimeBase;

/** Issue 13: makes each class page's {@link RelatedView} (next step and similar classes). */
final class Related {

    /** The longest excerpt of the next class's distinguishing features, in characters. */
    static final int EXCERPT = 320;

    private final Catalog catalog;
    private final PayRule rule;
    private final java.util.function.Supplier<Map<String, List<String>>> similar;
    private final java.util.function.BiFunction<List<Section>, String, SectionView> section;
    private final Function<JobClass, Needs> needs;

    /**
     * @param similar  each class's similar classes by code (the search package computes them), most similar first
     * @param section  the first of a class's sections as its page shows them with an id, or null
     * @param needs    what a class needs, as its page reads it
     */
    Related(Catalog catalog, PayRule rule, java.util.function.Supplier<Map<String, List<String>>> similar,
            java.util.function.BiFunction<List<Section>, String, SectionView> section, Function<JobClass, Needs> needs) {
        this.catalog = catalog;
        this.rule = rule;
        this.similar = similar;
        this.section = section;
        this.needs = needs;
    }

    /**
     * @param members the classes of its series, lowest level first (empty when it is in none)
     * @param pay     its pay in force, or null
     */
    RelatedView of(JobClass c, List<JobClass> members, Pay pay) {
        List<ClassLink> links = new ArrayList<>();
        for (String code : similar.get().getOrDefault(c.code().value(), List.of())) {
            JobClass other = catalog.classes().get(new ClassCode(code));
            if (other != null) {
                links.add(new ClassLink(code, other.title(), Paths.classPage(code), other.department(), other.abolished(), other.department()));
            }
        }
        RelatedView.NextStep next = c.abolished() || c.level() == null ? null : next(c, members, pay);
        return next == null && links.isEmpty() ? RelatedView.NONE : new RelatedView(next, List.copyOf(links));
    }

    /** The nearest higher current level of the series, or null. */
    private RelatedView.NextStep next(JobClass c, List<JobClass> members, Pay pay) {
        JobClass next = members.stream()
                .filter(m -> !m.abolished() && m.level() != null && m.level() > c.level())
                .findFirst().orElse(null);
        if (next == null) {
            return null;
        }
        Pay nextPay = catalog.scheduleInForce(next.code()).map(s -> s.pay().get(next.code())).orElse(null);
        // Compared per year, unless either class is worked part time or by the hour: then per hour.
        TimeBase base = yearly(c) && yearly(next) ? TimeBase.ANNUAL : TimeBase.HOURLY;
        String amount = "";
        String note = "";
        String difference = "";
        if (nextPay != null) {
            amount = Summary.range(in(nextPay.minimum(), nextPay.timeBase(), base), in(nextPay.maximum(), nextPay.timeBase(), base));
            note = nextPay.timeBase() == base ? "" : rule.note(nextPay.timeBase(), base);
            if (pay != null) {
                difference = change(in(pay.minimum(), pay.timeBase(), base), in(nextPay.minimum(), nextPay.timeBase(), base)) + " at the bottom of the range and "
                        + change(in(pay.maximum(), pay.timeBase(), base), in(nextPay.maximum(), nextPay.timeBase(), base)) + " at the top";
            }
        }
        SectionView features = section.apply(next.sections(), "distinguishing-features");
        if (features == null || excerpt(features).isEmpty()) {
            features = section.apply(next.sections(), "definition");
        }
        String href = Paths.classPage(next.code().value());
        List<String> added = AddedNeeds.of(needs.apply(c), needs.apply(next));
        return new RelatedView.NextStep(ClassPages.link(next), amount, base == TimeBase.ANNUAL ? "a year" : "an hour",
                base == TimeBase.ANNUAL ? "per year" : "per hour", note, difference,
                features == null ? "" : features.name(), features == null ? "" : excerpt(features),
                features == null ? href : href + "#" + features.id(), added);
    }

    private boolean yearly(JobClass c) {
        org.jobspecs.spec.BargainingUnit unit = catalog.unitOf(c);
        return unit == null || unit.workBasis().annual();
    }

    private BigDecimal in(BigDecimal amount, TimeBase from, TimeBase to) {
        return rule.convert(amount, from, to);
    }

    /** "$4,211.00 (9.5 %) more", "$300.00 (1.2 %) less", "the same". */
    static String change(BigDecimal from, BigDecimal to) {
        int sign = to.compareTo(from);
        if (sign == 0) {
            return "the same";
        }
        BigDecimal diff = to.subtract(from).abs();
        String percent = from.signum() == 0 ? ""
                : " (" + diff.multiply(BigDecimal.valueOf(100)).divide(from, 1, RoundingMode.HALF_UP).toPlainString() + " %)";
        return Format.money(diff) + percent + (sign > 0 ? " more" : " less");
    }

    /** The first of the sections with this id, or null. */
    static SectionView section(List<SectionView> sections, String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The section's first paragraph (or first list item), cut after a sentence or a word to at most {@link #EXCERPT} characters. */
    static String excerpt(SectionView section) {
        String text = first(section.blocks());
        if (text.length() <= EXCERPT) {
            return text;
        }
        String head = text.substring(0, EXCERPT);
        int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        if (sentence > EXCERPT / 3) {
            return head.substring(0, sentence + 1);
        }
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space) : head).replaceAll("[,;:]$", "") + " …";
    }

    private static String first(List<BlockView> blocks) {
        for (BlockView b : blocks) {
            if (b instanceof BlockView.Paragraph p) {
                String text = ApprovedText.approvedPlain(p.content());
                if (!text.isEmpty()) {
                    return text;
                }
            } else if (b instanceof BlockView.ItemList l) {
                for (BlockView.Item item : l.items()) {
                    String text = first(item.blocks());
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }
}
