package org.jobspecs.spec;

import java.util.Locale;
import java.util.Optional;

/** Whether a class is in use. Not JBake's {@code status} (published/draft). */
public enum ClassStatus {
    CURRENT("current"),
    ABOLISHED("abolished");

    private final String word;

    ClassStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ClassStatus> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ClassStatus s : values()) {
            if (s.word.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
