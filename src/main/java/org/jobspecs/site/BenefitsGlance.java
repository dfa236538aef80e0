package org.jobspecs.site;

import java.util.List;
import java.util.stream.Collectors;
import org.jobspecs.spec.Benefit;

/**
 * The unit's benefits as a class page's "At a glance" shows them beside the pay (issue 13 §6), so
 * that an employee learns the retirement formula without three clicks. The same for every class of
 * a unit: made once per unit (issue 13's build-time budget).
 *
 * @param items     the unit's benefits (name and one-sentence summary), as {@code data/benefits.csv} gives them
 * @param names     the benefits' names, comma-separated (what a phone shows before the summaries open)
 * @param unitHref  the unit's benefits on its page
 * @param agreement the MOU (or, for a group, the resolution) that sets them; null when the data gives no document
 */
public record BenefitsGlance(List<Benefit> items, String names, String unitHref, DocumentLink agreement) {

    public BenefitsGlance(List<Benefit> items, String unitHref, DocumentLink agreement) {
        this(items, items.stream().map(Benefit::name).collect(Collectors.joining(", ")), unitHref, agreement);
    }
}
