package org.jobspecs.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An sRGB colour as CSS writes it (#rgb, #rrggbb, rgb(r, g, b), white, black), and WCAG contrast. */
record Colour(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

    static Optional<Colour> parse(String css) {
        String v = css.strip().toLowerCase(Locale.ROOT);
        if (v.equals("white")) {
            return Optional.of(new Colour(255, 255, 255));
        }
        if (v.equals("black")) {
            return Optional.of(new Colour(0, 0, 0));
        }
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            String h = hex.group(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return Optional.of(new Colour(Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)));
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            if (r <= 255 && g <= 255 && b <= 255) {
                return Optional.of(new Colour(r, g, b));
            }
        }
        return Optional.empty();
    }

    /** WCAG 2.1 relative luminance. */
    double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2.1 contrast ratio, from 1 to 21. */
    static double contrast(Colour a, Colour b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
