package org.jobspecs.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Issue 15: the header parser as it was before it split only the header's lines and read JBake lines
 * without regular expressions, kept to compare against (HeaderParserSameAnswersTest). A change to what
 * the parser answers (not only to how fast) changes this copy in the same commit, or retires the
 * comparison: HeaderParserTest stays the measure of its answers.
 * Reads the metadata header of a native source: JBake's ({@code key=value} lines closed by a line
 * of {@code ~~~~~~}) or YAML front matter (between {@code ---} lines). YAML is composed, not
 * constructed, so values stay the text the author wrote ("2025-10-08", never a {@code Date}) and
 * keep their lines.
 */
final class HeaderParserBefore {

    private static final Pattern JBAKE_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)\\s*=(.*)");
    private static final Pattern JBAKE_END = Pattern.compile("~{6,}\\s*");

    private HeaderParserBefore() {
    }

    /** Header keys compare without case, and {@code -}, {@code _} and {@code .} are the same. */
    static String normaliseKey(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('-', '.').replace('_', '.');
    }

    static Optional<Header> parse(String text, Location file, Problems problems) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].strip().equals("---")) {
            return yaml(lines, first, file, problems);
        }
        for (int i = first; i < lines.length; i++) {
            if (JBAKE_END.matcher(lines[i]).matches()) {
                return jbake(lines, first, i, file, problems);
            }
        }
        problems.error(file.atLine(first + 1), "no metadata header",
                "start the file with 'title=…' and 'code=…' lines closed by a line '~~~~~~', or with YAML front matter between '---' lines");
        return Optional.empty();
    }

    private static Optional<Header> jbake(String[] lines, int first, int end, Location file, Problems problems) {
        Map<String, Field> values = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = first; i < end; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = JBAKE_LINE.matcher(line);
            if (!m.matches()) {
                problems.error(file.atLine(i + 1), "malformed header line \"" + line.strip() + "\"",
                        "write it as key=value, or end the header with a line '~~~~~~' before the text");
                ok = false;
                continue;
            }
            ok &= put(values, m.group(1), new Field(m.group(2).strip(), i + 1), file, problems);
        }
        return ok ? Optional.of(new Header(values, Map.of(), join(lines, end + 1), end + 2)) : Optional.empty();
    }

    private static Optional<Header> yaml(String[] lines, int first, Location file, Problems problems) {
        int end = -1;
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
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
            yamlText.append(i > first ? lines[i] : "").append('\n');
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
            return Optional.of(new Header(values, lists, join(lines, end + 1), end + 2));
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
        return ok ? Optional.of(new Header(values, lists, join(lines, end + 1), end + 2)) : Optional.empty();
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

    private static String join(String[] lines, int from) {
        StringBuilder body = new StringBuilder();
        for (int i = from; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return body.toString();
    }
}
