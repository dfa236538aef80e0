package org.jobspecs.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the colour pairs a stylesheet declares against WCAG 2.1 AA: 4.5:1 for text, 3:1 for large
 * text. The stylesheet is the source of truth: its {@code :root} block defines the colours as
 * custom properties, and comment lines {@code @contrast --fg on --bg} (with {@code (large)} for
 * large text) name the pairs it uses. An agency's {@code theme.*} settings replace properties
 * before the check, so a theme colour that fails against its partner is caught at build time.
 */
public final class ContrastCheck {

    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern PROPERTY = Pattern.compile("--([a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern PAIR = Pattern.compile("@contrast\\s+--([a-z0-9-]+)\\s+on\\s+--([a-z0-9-]+)(\\s+\\(large\\))?");

    /** A declared pair and its line in the stylesheet. */
    public record Pair(String foreground, String background, boolean large, int line) {
        public double required() {
            return large ? 3.0 : 4.5;
        }
    }

    /** A pair that fails, with the colours used and the ratio reached. */
    public record Failure(Pair pair, String foregroundValue, String backgroundValue, double ratio) {
        public String describe() {
            return String.format(Locale.ROOT, "--%s (%s) on --%s (%s) has contrast %.2f:1, below %.1f:1",
                    pair.foreground(), foregroundValue, pair.background(), backgroundValue, ratio, pair.required());
        }
    }

    private final Map<String, String> properties;
    private final List<Pair> pairs;

    private ContrastCheck(Map<String, String> properties, List<Pair> pairs) {
        this.properties = properties;
        this.pairs = pairs;
    }

    /** Reads the custom properties of {@code :root} and the declared pairs of a stylesheet. */
    public static ContrastCheck of(String css) {
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher root = ROOT.matcher(css);
        if (root.find()) {
            Matcher p = PROPERTY.matcher(root.group(1));
            while (p.find()) {
                properties.put(p.group(1), p.group(2).strip());
            }
        }
        List<Pair> pairs = new ArrayList<>();
        String[] lines = css.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PAIR.matcher(lines[i]);
            while (m.find()) {
                pairs.add(new Pair(m.group(1), m.group(2), m.group(3) != null, i + 1));
            }
        }
        return new ContrastCheck(properties, List.copyOf(pairs));
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The pairs that fail with {@code overrides} (custom property name without "--" → value) applied.
     * A colour that cannot be read counts as a failure with ratio 0.
     */
    public List<Failure> failures(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(properties);
        values.putAll(overrides);
        List<Failure> failures = new ArrayList<>();
        for (Pair pair : pairs) {
            String fg = values.getOrDefault(pair.foreground(), "");
            String bg = values.getOrDefault(pair.background(), "");
            Optional<Colour> f = Colour.parse(fg);
            Optional<Colour> b = Colour.parse(bg);
            double ratio = f.isPresent() && b.isPresent() ? Colour.contrast(f.get(), b.get()) : 0;
            if (ratio < pair.required()) {
                failures.add(new Failure(pair, fg, bg, ratio));
            }
        }
        return failures;
    }
}
