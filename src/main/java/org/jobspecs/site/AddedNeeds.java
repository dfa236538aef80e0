package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jobspecs.requirement.Needs;

/**
 * What a class's next level asks for beyond the class itself (issue 13, "Next step"), from what the
 * two specs say plainly: more education, more experience, licences or certificates the class does not
 * need. Where either spec is silent on a point, nothing is said about it rather than a guess.
 */
final class AddedNeeds {

    private AddedNeeds() {
    }

    /** "Bachelor's degree (this class: High school diploma)", "4 years of … (this class: 2 years)", "Licence or certificate: …". */
    static List<String> of(Needs from, Needs to) {
        List<String> added = new ArrayList<>();
        Needs.Education e = to.education();
        if (e != null && from.education() != null && e.level().compareTo(from.education().level()) > 0) {
            added.add("Education: " + e.level().label() + (e.orEquivalent() ? ", or equivalent" : "")
                    + " (this class: " + from.education().level().label().toLowerCase(Locale.ROOT) + ")");
        }
        Needs.Experience x = to.experience();
        if (x != null && from.experience() != null && x.months() > from.experience().months()) {
            added.add("Experience: " + NeedsView.duration(x.months()) + (x.kind().isEmpty() ? "" : " of " + x.kind())
                    + " (this class: " + (from.experience().months() == 0 ? "none" : NeedsView.duration(from.experience().months())) + ")");
        }
        for (Needs.Licence l : to.licences()) {
            if (from.licences().stream().noneMatch(f -> same(f, l))) {
                added.add(l.driver() ? "Driver's licence" + (l.driverClass().isEmpty() ? "" : ", class " + l.driverClass())
                        : "Licence or certificate: " + l.name());
            }
        }
        return List.copyOf(added);
    }

    private static boolean same(Needs.Licence a, Needs.Licence b) {
        if (a.driver() || b.driver()) {
            return a.driver() && b.driver() && (b.driverClass().isEmpty() || b.driverClass().equals(a.driverClass()));
        }
        return a.name().equalsIgnoreCase(b.name());
    }
}
