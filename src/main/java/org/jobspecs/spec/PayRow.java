package org.jobspecs.spec;

import org.jobspecs.problem.Location;

/**
 * A row of {@code data/pay.csv}: one class's pay in one schedule.
 *
 * @param pay    the pay; its time base is null when the row gives none (an error of the pay-schedule check)
 * @param inLieu the words written where an amount belongs ("See MOU"), which the law does not accept in
 *               place of a rate; null for a row with amounts (then {@code pay} is not null)
 */
public record PayRow(Location location, String scheduleId, ClassCode code, Pay pay, String inLieu) {

    /** A row with its amounts. */
    public PayRow(Location location, String scheduleId, ClassCode code, Pay pay) {
        this(location, scheduleId, code, pay, null);
    }

    /** Whether the row can be shown: amounts and a time base. */
    public boolean complete() {
        return pay != null && pay.timeBase() != null && inLieu == null;
    }
}
