package org.jobspecs.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Field;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the metadata header of a native source: JBake's ({@code key=value} lines closed by a line
 * of {@code ~~~~~~}) or YAML front matter (between {@code ---} lines). YAML is composed, not
 * constructed, so values stay the text the author wrote ("2025-10-08", never a {@code Date}) and
 * keep their lines.
 */
final class HeaderParser {

    // A JBake header line is what "([A-Za-z][A-Za-z0-9_.-]*)\\s*=(.*)" matches, its end what "~{6,}\\s*"
    // matches: both read by hand, without a Matcher per line (issue 15; HeaderParserSameAnswersTest).

    private HeaderParser() {
    }

    /** Header keys compare without case, and {@code -}, {@code _} and {@code .} are the same. */
    static String normaliseKey(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('-', '.').replace('_', '.');
    }

    static Optional<Header> parse(String text, Location file, Problems problems) {
        Lines lines = new Lines(text);
        int first = 0;
        while (lines.has(first) && lines.get(first).isBlank()) {
            first++;
        }
        if (lines.has(first) && lines.get(first).strip().equals("---")) {
            return yaml(lines, first, file, problems);
        }
        for (int i = first; lines.has(i); i++) {
            if (isJbakeEnd(lines.get(i))) {
                return jbake(lines, first, i, file, problems);
            }
        }
        problems.error(file.atLine(first + 1), "no metadata header",
                "start the file with 'title=…' and 'code=…' lines closed by a line '~~~~~~', or with YAML front matter between '---' lines");
        return Optional.empty();
    }

    /**
     * The text's lines (as {@code text.split("\n", -1)} gives them), split only as far as they are
     * asked for: the header's, not the body's, which is cut off whole (issue 15).
     */
    private static final class Lines {
        private final String text;
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        /** Where the next line not yet split starts, or -1 after the last. */
        private int next;

        Lines(String text) {
            this.text = text;
        }

        boolean has(int line) {
            while (lines.size() <= line && next >= 0) {
                int end = text.indexOf('\n', next);
                starts.add(next);
                lines.add(end < 0 ? text.substring(next) : text.substring(next, end));
                next = end < 0 ? -1 : end + 1;
            }
            return line < lines.size();
        }

        String get(int line) {
            return lines.get(line);
        }

        /** The lines from {@code line} on, joined by line feeds: the text from where that line starts. */
        String from(int line) {
            return has(line) ? text.substring(starts.get(line)) : "";
        }
    }

    /** Whether a line is six or more {@code ~} and then only regex whitespace ({@code \s}). */
    static boolean isJbakeEnd(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && line.charAt(i) == '~') {
            i++;
        }
        if (i < 6) {
            return false;
        }
        for (; i < n; i++) {
            if (!isRegexSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the key of a header line {@code key=value} ends: after a letter and then letters, digits, {@code _ . -}. */
    private static int jbakeKeyEnd(String line) {
        int i = 1;
        while (i < line.length() && isKeyChar(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The index of the {@code =} of a header line {@code key=value}, or -1 if the line is not one: a
     * key, regex whitespace, {@code =}, and a value without a line terminator ({@code .} of a regex
     * matches none of them).
     */
    static int jbakeEquals(String line) {
        int n = line.length();
        if (n == 0 || !isAsciiLetter(line.charAt(0))) {
            return -1;
        }
        int i = jbakeKeyEnd(line);
        while (i < n && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i == n || line.charAt(i) != '=') {
            return -1;
        }
        for (int j = i + 1; j < n; j++) {
            char c = line.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isKeyChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    /** {@code \s} of a regex: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Optional<Header> jbake(Lines lines, int first, int end, Location file, Problems problems) {
        Map<String, Field> values = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = first; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = jbakeEquals(line);
            if (equals < 0) {
                problems.error(file.atLine(i + 1), "malformed header line \"" + line.strip() + "\"",
                        "write it as key=value, or end the header with a line '~~~~~~' before the text");
                ok = false;
                continue;
            }
            ok &= put(values, line.substring(0, jbakeKeyEnd(line)), new Field(line.substring(equals + 1).strip(), i + 1), file, problems);
        }
        return ok ? Optional.of(new Header(values, Map.of(), lines.from(end + 1), end + 2)) : Optional.empty();
    }

    private static Optional<Header> yaml(Lines lines, int first, Location file, Problems problems) {
        int end = -1;
        for (int i = first + 1; lines.has(i); i++) {
            if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.error(file.atLine(first + 1), "YAML front matter is not closed",
                    "end the front matter with a line '---' before the text");
            return Optional.empty();
        }
        StringBuilder yamlText = new StringBuilder();
        for (int i = 0; i < end; i++) {
            // Keep line numbers: lines before and including the opening '---' become empty.
            yamlText.append(i > first ? lines.get(i) : "").append('\n');
        }
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText.toString()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : first + 1;
            problems.error(file.atLine(line), "malformed YAML front matter: " + e.getProblem(),
                    "write each line as 'key: value'; quote values that contain ': '");
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(file.atLine(first + 1), "malformed YAML front matter: " + e.getMessage(),
                    "write each line as 'key: value'");
            return Optional.empty();
        }
        Map<String, Field> values = new LinkedHashMap<>();
        Map<String, List<Map<String, Field>>> lists = new LinkedHashMap<>();
        if (root == null) {
            return Optional.of(new Header(values, lists, lines.from(end + 1), end + 2));
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(file.atLine(first + 2), "YAML front matter must be a list of 'key: value' lines",
                    "write each line as 'key: value'");
            return Optional.empty();
        }
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine() + 1;
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode scalar) {
                ok &= put(values, key, new Field(scalar.getValue().strip(), line), file, problems);
            } else if (value instanceof SequenceNode sequence) {
                List<Map<String, Field>> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(listItem(item));
                }
                lists.put(normaliseKey(key), items);
            } else {
                problems.error(file.atLine(line), "the value of \"" + key + "\" is a nested map",
                        "write it as one line 'key: value'");
                ok = false;
            }
        }
        return ok ? Optional.of(new Header(values, lists, lines.from(end + 1), end + 2)) : Optional.empty();
    }

    /** A sequence item: a scalar becomes {"value": …}, a mapping its scalar entries. */
    private static Map<String, Field> listItem(Node item) {
        Map<String, Field> fields = new LinkedHashMap<>();
        int line = item.getStartMark().getLine() + 1;
        if (item instanceof ScalarNode scalar) {
            fields.put("value", new Field(scalar.getValue().strip(), line));
        } else if (item instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    fields.put(normaliseKey(k.getValue()), new Field(v.getValue().strip(), t.getKeyNode().getStartMark().getLine() + 1));
                }
            }
        }
        return fields;
    }

    private static boolean put(Map<String, Field> values, String key, Field field, Location file, Problems problems) {
        String k = normaliseKey(key);
        Field previous = values.putIfAbsent(k, field);
        if (previous != null) {
            problems.error(file.atLine(field.line()), "the header sets \"" + key + "\" twice (first on line " + previous.line() + ")",
                    "keep one of the two lines");
            return false;
        }
        return true;
    }
}
