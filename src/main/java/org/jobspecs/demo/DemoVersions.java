package org.jobspecs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Earlier versions of a synthetic spec for {@code demo-catalog --versions} (issue 14): a third of the
 * classes get two or three, each the text before a small wording change (a duty, a working condition or
 * a knowledge item added later, a phrase reworded, the years of experience raised), dated by approvals
 * added to the spec's history. Every choice comes from a random stream of the class's own (the seed and
 * the class code), so the catalog's other files stay what they are without {@code --versions}.
 */
final class DemoVersions {

    /** The spec, its history completed, and its earlier versions (file text by approval date, oldest first). */
    record Result(String spec, Map<LocalDate, String> versions) { }

    private static final Pattern HISTORY = Pattern.compile("(?m)^history=(.*)$");
    private static final Pattern APPROVED = Pattern.compile("(?m)^approved=(\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern LIST_LINE = Pattern.compile("(?m)^(?:\\d+\\.|-) .*\\n");
    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\d+\\. ");
    private static final Pattern YEARS = Pattern.compile("\\b(One|Two|Three|Four|Five|Six) years\\b");
    private static final String[] NUMBERS = {"One", "Two", "Three", "Four", "Five", "Six"};
    /** Rewordings: today's phrase and what an earlier version said. */
    private static final String[][] REWORDINGS = {
        {"performs related work as assigned", "performs other related work as required"},
        {"performs related work as required", "performs related duties as assigned"},
        {"Performs related duties as assigned.", "Performs other related duties as required."},
        {"computer", "personal computer"},
        {"e-mail", "electronic mail"},
        {"supervision", "direction"},
        {"policies and procedures", "rules and regulations"},
        {"the public", "the general public"},
        {"effective working relationships", "cooperative working relationships"},
        {"a related field", "a closely related field"},
        {"preferably", "desirably"},
    };

    private DemoVersions() {
    }

    static Result of(String code, String spec, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + code.hashCode());
        if (r.nextInt(3) != 0) {
            return new Result(spec, Map.of());
        }
        int count = 2 + r.nextInt(2);
        Matcher approvedAt = APPROVED.matcher(spec);
        if (!approvedAt.find()) {
            return new Result(spec, Map.of());
        }
        LocalDate approved = LocalDate.parse(approvedAt.group(1));
        List<LocalDate> history = new ArrayList<>();
        Matcher h = HISTORY.matcher(spec);
        if (h.find()) {
            for (String item : h.group(1).split(";")) {
                history.add(LocalDate.parse(item.strip().split("\\s+")[0]));
            }
        }
        LocalDate d = history.isEmpty() ? approved : history.get(history.size() - 1);
        while (history.size() < count) {
            history.add(d = d.minusDays(180 + r.nextInt(2400)));
        }
        String line = "history=" + String.join("; ", history.stream().map(x -> x + " CSB").toList());
        String withHistory = h.find(0) ? h.replaceFirst(Matcher.quoteReplacement(line))
                : spec.replaceFirst("(?m)^approved\\.by=CSB$", "approved.by=CSB\n" + Matcher.quoteReplacement(line));
        String header = withHistory.substring(0, withHistory.indexOf("~~~~~~\n"));
        String body = withHistory.substring(withHistory.indexOf("~~~~~~\n") + 7);
        Map<LocalDate, String> versions = new TreeMap<>();
        int first = 0;
        if (body.contains("](#)")) {
            // A redline holds the newest earlier version itself (the build reconstructs it): the files go before it.
            body = body.replaceAll("~~(.*?)~~", "$1").replaceAll("\\[([^\\]]*)\\]\\(#\\)", "");
            first = 1;
        }
        for (int i = first; i < count; i++) { // newest first: each the one before a change to the text after it
            body = change(change(body, r), r);
            String versionHeader = header.replaceFirst("(?m)^approved=.*$", "approved=" + history.get(i))
                    .replaceAll("(?m)^history=.*\\n", "");
            versions.put(history.get(i), versionHeader + "~~~~~~\n" + body);
        }
        return new Result(withHistory, versions);
    }

    /** The text before one small change: an item the change added, a phrase it reworded, or the years it raised. */
    private static String change(String body, SplittableRandom r) {
        int first = r.nextInt(3);
        int pick = r.nextInt(1 << 16);
        for (int k = 0; k < 3; k++) {
            String before = change(body, (first + k) % 3, pick);
            if (!before.equals(body)) {
                return before;
            }
        }
        return body;
    }

    private static String change(String body, int kind, int pick) {
        if (kind == 0) {
            List<int[]> lines = new ArrayList<>();
            Matcher m = LIST_LINE.matcher(body);
            while (m.find()) {
                lines.add(new int[] {m.start(), m.end()});
            }
            if (lines.size() > 6) {
                int[] line = lines.get(pick % lines.size());
                return renumber(body.substring(0, line[0]) + body.substring(line[1]));
            }
        } else if (kind == 1) {
            for (int i = 0; i < REWORDINGS.length; i++) {
                String[] pair = REWORDINGS[(pick + i) % REWORDINGS.length];
                int at = body.indexOf(pair[0]);
                if (at >= 0 && !body.contains(pair[1])) {
                    return body.substring(0, at) + pair[1] + body.substring(at + pair[0].length());
                }
            }
        } else {
            Matcher m = YEARS.matcher(body);
            if (m.find() && !m.group(1).equals("One")) {
                int n = List.of(NUMBERS).indexOf(m.group(1));
                return body.substring(0, m.start(1)) + NUMBERS[n - 1] + body.substring(m.end(1));
            }
        }
        return body;
    }

    /** Numbers the duties 1, 2, 3 … again (a synthetic spec has one numbered list). */
    private static String renumber(String body) {
        Matcher m = NUMBERED.matcher(body);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(out, ++n + ". ");
        }
        m.appendTail(out);
        return out.toString();
    }
}
