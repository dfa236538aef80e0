package org.jobspecs.problem;

/** How serious a problem is: an error stops publishing, a notice is only reported. */
public enum Severity {
    ERROR("error"),
    NOTICE("notice");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word used in reports: {@code error} or {@code notice}. */
    public String label() {
        return label;
    }
}
