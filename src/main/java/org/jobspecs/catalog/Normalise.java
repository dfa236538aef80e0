package org.jobspecs.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.RegisterField;

/**
 * How a register value compares with the same field in a spec source: case, spacing and list
 * order do not matter ("LEAD CUSTOMER SERVICE REPRESENTATIVE" agrees with "Lead Customer Service
 * Representative"); class codes compare by {@link ClassCode#key()}.
 */
final class Normalise {

    /** Compiled once: every field of every spec is normalised on every build. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private Normalise() {
    }

    static String value(RegisterField field, String raw) {
        String v = SPACES.matcher(raw.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return switch (field) {
            case CODE -> new ClassCode(v).key();
            case FORMER_TITLES -> list(v);
            case FORMER_CODES -> Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> new ClassCode(s).key()).sorted().collect(Collectors.joining(";"));
            case LEVEL -> LEADING_ZEROS.matcher(v).replaceFirst("");
            default -> v;
        };
    }

    private static String list(String v) {
        return Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).sorted().collect(Collectors.joining(";"));
    }
}
