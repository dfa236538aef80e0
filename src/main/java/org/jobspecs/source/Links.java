package org.jobspecs.source;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which link addresses a spec may carry: web, mail and phone links, and relative links. */
final class Links {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final java.util.Set<String> SAFE_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel");

    private Links() {
    }

    /** Whether the address is safe to publish; {@code javascript:}, {@code data:}, {@code file:} are not. */
    static boolean isSafe(String href) {
        // Browsers ignore control characters and blanks inside a scheme ("java\tscript:").
        String squeezed = href.replaceAll("[\\x00-\\x20]", "");
        var m = SCHEME.matcher(squeezed);
        return !m.find() || SAFE_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
