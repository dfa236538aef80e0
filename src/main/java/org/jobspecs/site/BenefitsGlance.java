package org.jobspecs.site;

import java.util.List;
import org.jobspecs.spec.Benefit;

/**
 * The unit's benefits as a class page's "At a glance" shows them beside the pay (issue 13 §6), so
 * that an employee learns the retirement formula without three clicks.
 *
 * @param items     the unit's benefits (name and one-sentence summary), as {@code data/benefits.csv} gives them
 * @param unitHref  the unit's benefits on its page
 * @param agreement the MOU (or, for a group, the resolution) that sets them; null when the data gives no document
 */
public record BenefitsGlance(List<Benefit> items, String unitHref, DocumentLink agreement) { }
