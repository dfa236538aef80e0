package org.jobspecs.spec;

/** A bargaining unit (covered by an MOU) or an unrepresented employee group (terms set by resolution). */
public enum UnitKind {
    UNIT,
    GROUP
}
