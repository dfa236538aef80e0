package org.jobspecs.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCatalogWriterTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalTrees() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        int filesA = new DemoCatalogWriter(120, 42).write(a);
        int filesB = new DemoCatalogWriter(120, 42).write(b);
        assertEquals(filesA, filesB);
        Map<String, byte[]> treeA = tree(a), treeB = tree(b);
        assertEquals(treeA.keySet(), treeB.keySet());
        assertEquals(filesA, treeA.size());
        for (String file : treeA.keySet()) assertArrayEquals(treeA.get(file), treeB.get(file), file);
    }

    @Test
    void differentSeedGivesDifferentContent() throws IOException {
        Map<String, byte[]> one = tree(write(120, 1)), two = tree(write(120, 2));
        boolean differs = !one.keySet().equals(two.keySet())
                || one.keySet().stream().anyMatch(f -> !Arrays.equals(one.get(f), two.get(f)));
        assertTrue(differs, "seeds 1 and 2 wrote the same catalog");
        assertNotEquals(new String(one.get("data/classes.csv"), StandardCharsets.UTF_8),
                new String(two.get("data/classes.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void oneClassIsACompleteCatalog() throws IOException {
        Path dir = tmp.resolve("one");
        int files = new DemoCatalogWriter(1, 7).write(dir);
        assertEquals(9, files); // jbake.properties, seven CSV files (openings.csv: issue 13), one spec
        assertEquals(1, csv(dir.resolve("data/classes.csv")).size());
        try (Stream<Path> content = Files.list(dir.resolve("content"))) { assertEquals(1, content.count()); }
        assertTrue(Files.readString(dir.resolve("jbake.properties")).contains("site.title=Demo County Class Specifications\n"));
    }

    @Test
    void codesAreUniqueAndMatchTheContentFiles() throws IOException {
        Path dir = write(600, 3);
        List<Map<String, String>> rows = csv(dir.resolve("data/classes.csv"));
        assertEquals(600, rows.size());
        List<String> codes = rows.stream().map(r -> r.get("code")).collect(Collectors.toList());
        Set<String> unique = new TreeSet<>(codes);
        assertEquals(codes.size(), unique.size(), "duplicate codes");
        assertEquals(codes, codes.stream().sorted((x, y) -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y))).collect(Collectors.toList()));
        Set<String> specs;
        try (Stream<Path> content = Files.list(dir.resolve("content"))) {
            specs = content.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(unique, specs);
        for (Map<String, String> row : rows) {
            assertTrue(row.get("code").matches("[0-9]{4,5}"), row.get("code"));
            for (String former : row.get("former_codes").split(";")) assertFalse(!former.isEmpty() && unique.contains(former), former);
            String spec = Files.readString(dir.resolve("content/" + row.get("code") + ".md"));
            assertTrue(spec.startsWith("title=" + row.get("title") + "\ncode=" + row.get("code") + "\n"), row.get("code"));
            String body = spec.substring(spec.indexOf("\n~~~~~~\n") + 8);
            assertTrue(body.startsWith("\n## Definition\n"), row.get("code"));
            assertEquals(0, (body.split("~~", -1).length - 1) % 2, "unbalanced ~~ in " + row.get("code"));
            assertFalse(body.contains("<") || body.contains("\r"), row.get("code"));
        }
    }

    @Test
    void everyReferencedUnitSeriesAndScheduleExists() throws IOException {
        Path dir = write(400, 11);
        Set<String> units = column(csv(dir.resolve("data/units.csv")), "id");
        Set<String> series = column(csv(dir.resolve("data/series.csv")), "id");
        Set<String> schedules = column(csv(dir.resolve("data/schedules.csv")), "id");
        assertEquals(Set.of("fy2023", "fy2024", "fy2025"), schedules);
        List<Map<String, String>> classes = csv(dir.resolve("data/classes.csv"));
        Set<String> usedSeries = new HashSet<>();
        for (Map<String, String> c : classes) {
            assertTrue(units.contains(c.get("unit")), c.get("unit"));
            if (!c.get("series").isEmpty()) {
                assertTrue(series.contains(c.get("series")), c.get("series"));
                assertTrue(Integer.parseInt(c.get("level")) >= 1);
                usedSeries.add(c.get("series"));
            }
            assertTrue(Set.of("Exempt", "Non-exempt").contains(c.get("flsa")));
            assertEquals(c.get("status").equals("abolished"), !c.get("status_date").isEmpty());
        }
        assertEquals(series, usedSeries, "series.csv lists only series in use");
        for (Map<String, String> b : csv(dir.resolve("data/benefits.csv"))) assertTrue(units.contains(b.get("unit")));
        Set<String> current = classes.stream().filter(c -> c.get("status").equals("current")).map(c -> c.get("code")).collect(Collectors.toSet());
        Set<String> priced = new HashSet<>();
        for (Map<String, String> p : csv(dir.resolve("data/pay.csv"))) {
            assertTrue(schedules.contains(p.get("schedule")), p.get("schedule"));
            assertTrue(current.contains(p.get("code")), p.get("code"));
            priced.add(p.get("schedule") + "/" + p.get("code"));
        }
        assertEquals(current.size() * schedules.size(), priced.size(), "one pay row per current class and schedule");
    }

    @Test
    void payStepsAscendAndRangesAreOrdered() throws IOException {
        Path dir = write(400, 5);
        for (Map<String, String> p : csv(dir.resolve("data/pay.csv"))) {
            if (!p.get("steps").isEmpty()) {
                String[] steps = p.get("steps").split(";");
                assertEquals(5, steps.length);
                for (int i = 1; i < steps.length; i++) assertTrue(Double.parseDouble(steps[i]) > Double.parseDouble(steps[i - 1]), p.toString());
            } else {
                assertTrue(Double.parseDouble(p.get("minimum")) < Double.parseDouble(p.get("maximum")), p.toString());
            }
        }
    }

    @Test
    void copiesTemplatesAndAssets() throws IOException {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("templates/partials"));
        Files.createDirectories(project.resolve("assets/css"));
        Files.writeString(project.resolve("templates/class.ftl"), "<h1>${title}</h1>");
        Files.writeString(project.resolve("templates/partials/head.ftl"), "<head/>");
        Files.writeString(project.resolve("assets/css/site.css"), "body{}");
        Path dir = tmp.resolve("copied");
        assertEquals(9 + 3, new DemoCatalogWriter(1, 1).write(dir, project));
        assertEquals("<head/>", Files.readString(dir.resolve("templates/partials/head.ftl")));
        assertEquals("body{}", Files.readString(dir.resolve("assets/css/site.css")));
    }

    /** Issue 13: postings of current classes, dated around the given day so that every state shows on a build that day. */
    @Test
    void issue13_openingsAreDatedAroundTheBuildDayInEveryState() throws IOException {
        java.time.LocalDate day = java.time.LocalDate.of(2031, 3, 10);
        Path dir = tmp.resolve("openings");
        new DemoCatalogWriter(600, 5, day).write(dir);
        Map<String, String> status = new TreeMap<>();
        csv(dir.resolve("data/classes.csv")).forEach(r -> status.put(r.get("code"), r.get("status")));
        List<Map<String, String>> openings = csv(dir.resolve("data/openings.csv"));
        int open = 0, continuous = 0, closed = 0, notYet = 0;
        for (Map<String, String> o : openings) {
            assertEquals("current", status.get(o.get("code")), o.toString());
            assertTrue(o.get("link").startsWith("https://"), o.toString());
            java.time.LocalDate opens = java.time.LocalDate.parse(o.get("opens"));
            if (o.get("closes").equals("continuous")) {
                continuous += opens.isAfter(day) ? 0 : 1;
                continue;
            }
            java.time.LocalDate closes = java.time.LocalDate.parse(o.get("closes"));
            assertFalse(closes.isBefore(opens), o.toString());
            if (opens.isAfter(day)) notYet++;
            else if (closes.isBefore(day)) closed++;
            else open++;
        }
        assertTrue(openings.size() > 40 && openings.size() < 120, "about one class in eight: " + openings.size());
        assertTrue(open > 0 && continuous > 0 && closed > 0 && notYet > 0, open + " open, " + continuous + " continuous, " + closed + " closed, " + notYet + " not yet");
        assertEquals(csv(tmp.resolve("openings").resolve("data/classes.csv")).size(), 600);
        Path same = tmp.resolve("same");
        new DemoCatalogWriter(600, 5, java.time.LocalDate.of(2020, 1, 1)).write(same);
        assertArrayEquals(Files.readAllBytes(dir.resolve("data/classes.csv")), Files.readAllBytes(same.resolve("data/classes.csv")),
                "the postings' day changes data/openings.csv only");
        assertArrayEquals(Files.readAllBytes(dir.resolve("data/pay.csv")), Files.readAllBytes(same.resolve("data/pay.csv")));
    }

    @Test
    void rejectsNoClassesAndANonEmptyFolder() throws IOException {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> new DemoCatalogWriter(0, 1));
        assertTrue(zero.getMessage().contains("0"), zero.getMessage());
        Path full = tmp.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("keep.txt"), "x");
        assertThrows(IllegalArgumentException.class, () -> new DemoCatalogWriter(3, 1).write(full));
        try (Stream<Path> left = Files.list(full)) { assertEquals(List.of(full.resolve("keep.txt")), left.collect(Collectors.toList())); }
    }

    private Path write(int classes, long seed) throws IOException {
        Path dir = tmp.resolve("catalog-" + classes + "-" + seed);
        new DemoCatalogWriter(classes, seed).write(dir);
        return dir;
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).collect(Collectors.toList()))
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return files;
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Rows of an RFC 4180 file (no embedded line breaks), keyed by the header's column names. */
    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = fields(line);
            assertEquals(header.size(), values.size(), file + ": " + line);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), values.get(i));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}
