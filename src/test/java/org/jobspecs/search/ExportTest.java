package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static export under {@code search/} is a pure function of the site: the same site gives the
 * same bytes, one class's edit touches only the files that hold what changed, documents are
 * numbered in class-code order, and no file is over 50 KB gzipped (on the demo site and on a
 * catalog of 2,000 classes).
 */
class ExportTest {

    static final int MAX_GZIPPED = 50 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    /** The demo site's search/ files by path, as built once for the class. */
    static Map<String, byte[]> demo;

    @BeforeAll
    static void buildTheDemo() {
        demo = searchFiles(build(FixtureSite.PROJECT, tmp.resolve("demo-a")));
    }

    static Path build(Path source, Path out) {
        BuildReport report = SiteBuild.run(new BuildOptions(source, out, RankingParityTest.DATE));
        assertTrue(report.published(), () -> source + " did not build: " + report.problems());
        return out;
    }

    static Map<String, byte[]> searchFiles(Path out) {
        Map<String, byte[]> files = FixtureSite.snapshot(out.resolve("search"));
        assertTrue(files.containsKey("manifest.json"), "the build wrote search/manifest.json");
        return files;
    }

    @Test
    void theSameSiteGivesTheSameBytes() {
        Map<String, byte[]> again = searchFiles(build(FixtureSite.PROJECT, tmp.resolve("demo-b")));
        assertEquals(demo.keySet(), again.keySet(), "the same files");
        for (String file : demo.keySet()) {
            assertArrayEquals(demo.get(file), again.get(file), "search/" + file + " is byte-identical");
        }
        assertTrue(demo.size() > 50, "the demo's export has many files: " + demo.size());
    }

    @Test
    void editingOneDefinitionChangesOnlyTheFilesOfWhatChanged() throws IOException {
        String removed = "variety";
        String added = "quorblesome"; // made up
        SearchAnalyzer stems = new SearchAnalyzer();
        SearchAnalyzer words = new SearchAnalyzer(false);

        Path site = FixtureSite.demo(tmp.resolve("edited"));
        Path spec = site.resolve("content/7563-customer-service-representative.md");
        String text = FixtureSite.read(spec);
        int definition = text.indexOf("## Definition");
        int at = text.indexOf(removed);
        assertTrue(definition >= 0 && at > definition && at < text.indexOf("\n## ", definition + 1),
                "\"" + removed + "\" is in 7563's Definition");
        assertEquals(at, text.lastIndexOf(removed), "\"" + removed + "\" is in 7563's text once");
        FixtureSite.write(spec, text.replace(removed, added));

        // What the index held before: the word once in 7563, the new word nowhere.
        List<String> codes = codes(demo);
        int doc = codes.indexOf("7563");
        String before = new String(demo.get("d/" + doc / SearchExport.SLICE + ".json"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(before.contains(removed), "7563's snippet shows \"" + removed + "\", so its document slice changes");
        JsonNode m0 = JSON.readTree(demo.get("manifest.json"));
        String newStem = single(stems.terms(added));
        String newShard = shardFor(keys(m0, "terms"), newStem);
        assertTrue(newShard == null || !JSON.readTree(demo.get("t/" + SearchExport.fileKey(newShard) + ".json")).has(newStem),
                "\"" + added + "\" is a new word");

        Map<String, byte[]> edited = searchFiles(build(site, tmp.resolve("edited-out")));
        JsonNode m1 = JSON.readTree(edited.get("manifest.json"));

        Set<String> expected = new TreeSet<>();
        expected.add("t/" + SearchExport.fileKey(shardFor(keys(m0, "terms"), single(stems.terms(removed)))) + ".json");
        expected.add("t/" + SearchExport.fileKey(shardFor(keys(m1, "terms"), newStem)) + ".json");
        for (String w : List.of(single(words.terms(removed)), single(words.terms(added)))) {
            for (String v : variants(w)) {
                expected.add("s/" + SearchExport.fileKey(v.substring(0, 2)) + ".json");
            }
        }
        expected.add("d/" + doc / SearchExport.SLICE + ".json");
        boolean keysChanged = !keys(m0, "terms").equals(keys(m1, "terms")) || !keys(m0, "typos").equals(keys(m1, "typos"));
        if (keysChanged) {
            expected.add("manifest.json");
        }

        Set<String> changed = new TreeSet<>();
        Set<String> all = new TreeSet<>(demo.keySet());
        all.addAll(edited.keySet());
        for (String file : all) {
            if (!demo.containsKey(file) || !edited.containsKey(file) || !java.util.Arrays.equals(demo.get(file), edited.get(file))) {
                changed.add(file);
            }
        }
        assertEquals(expected, changed, "replacing \"" + removed + "\" by \"" + added + "\" in 7563's Definition changes the manifest"
                + " (only if its shard keys change), the term shards of both stems, the typo shards of both words and 7563's slice");

        // The manifest changed in its key lists at most: the statistics are the same (one word for another).
        Iterator<String> fields = m0.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!f.equals("terms") && !f.equals("typos")) {
                assertEquals(m0.get(f), m1.get(f), "manifest " + f);
            }
        }
        Set<String> keyDifference = symmetricDifference(keys(m0, "terms"), keys(m1, "terms"));
        keyDifference.addAll(symmetricDifference(keys(m0, "typos"), keys(m1, "typos")));
        for (String key : keyDifference) {
            assertTrue(changed.contains("t/" + SearchExport.fileKey(key) + ".json") || changed.contains("s/" + SearchExport.fileKey(key) + ".json"),
                    "manifest key " + key + " came or went with its file");
        }
        System.out.println("ExportTest: the edit changed " + changed.size() + " of " + all.size() + " search files: " + changed);
    }

    @Test
    void documentsAreNumberedInClassCodeOrder() throws IOException {
        checkOrder("demo", demo, 27);
        checkOrder("catalog of 2,000 classes", catalog(), 2000);
    }

    private static void checkOrder(String site, Map<String, byte[]> files, int classes) throws IOException {
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        List<String> codes = codes(files);
        assertEquals(classes, codes.size(), site + ": a document per class");
        assertEquals(classes, manifest.get("docs").asInt(), site + ": manifest docs");
        assertEquals(codes.stream().sorted(Comparator.comparing(ClassCode::new)).toList(), codes, site + ": documents in class-code order");
        assertEquals(codes.size(), new HashSet<>(codes).size(), site + ": no class twice");
        JsonNode facets = JSON.readTree(files.get("facets.json"));
        for (String facet : List.of("department", "unit", "flsa")) {
            assertEquals(classes, facets.get(facet).get("docs").size(), site + ": a " + facet + " per document");
        }
        // The code lookup gives each class's own number.
        Map<String, Integer> lookup = new TreeMap<>();
        for (JsonNode key : manifest.get("codes")) {
            JsonNode shard = JSON.readTree(files.get("c/" + SearchExport.fileKey(key.asText()) + ".json"));
            shard.fields().forEachRemaining(e -> lookup.put(e.getKey(), e.getValue().asInt()));
        }
        for (int doc = 0; doc < codes.size(); doc++) {
            assertEquals(doc, lookup.get(new ClassCode(codes.get(doc)).key()), site + ": the code lookup of " + codes.get(doc));
        }
    }

    @Test
    void everyFileIsAtMost50KbGzipped() throws IOException {
        checkSizes("demo", demo);
        checkSizes("catalog of 2,000 classes", catalog());
    }

    private static void checkSizes(String site, Map<String, byte[]> files) throws IOException {
        List<String> over = new ArrayList<>();
        String largest = null;
        int largestSize = -1;
        long raw = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            int size = gzipped(e.getValue());
            raw += e.getValue().length;
            if (size > MAX_GZIPPED) {
                over.add("search/" + e.getKey() + " " + size + " bytes gzipped");
            }
            if (size > largestSize) {
                largestSize = size;
                largest = e.getKey();
            }
        }
        assertTrue(over.isEmpty(), site + ": over " + MAX_GZIPPED + " bytes gzipped: " + over);
        System.out.printf("ExportTest: %s: %d search files, %d bytes in all; the largest gzipped is search/%s, %d bytes%n",
                site, files.size(), raw, largest, largestSize);
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    // ---------------------------------------------------------------------------------------

    private static Map<String, byte[]> catalogFiles;

    /** The search files of a 2,000-class catalog, built once for the class. */
    static synchronized Map<String, byte[]> catalog() throws IOException {
        if (catalogFiles == null) {
            Path source = tmp.resolve("catalog");
            new DemoCatalogWriter(2000, 42).write(source, FixtureSite.PROJECT);
            catalogFiles = searchFiles(build(source, tmp.resolve("catalog-out")));
        }
        return catalogFiles;
    }

    /** The class codes of the document slices, in document order. */
    static List<String> codes(Map<String, byte[]> files) {
        try {
            JsonNode manifest = JSON.readTree(files.get("manifest.json"));
            List<String> codes = new ArrayList<>();
            for (int s = 0; s < manifest.get("slices").asInt(); s++) {
                byte[] slice = files.get("d/" + s + ".json");
                assertNotNull(slice, "search/d/" + s + ".json");
                JsonNode rows = JSON.readTree(slice);
                assertTrue(rows.size() == manifest.get("slice").asInt() || s == manifest.get("slices").asInt() - 1,
                        "every slice but the last is full");
                rows.forEach(row -> {
                    assertEquals("classes/" + row.get(0).asText() + "/", row.get(2).asText(), "the row's path is its class page");
                    codes.add(row.get(0).asText());
                });
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(JsonNode manifest, String list) {
        List<String> keys = new ArrayList<>();
        manifest.get(list).forEach(k -> keys.add(k.asText()));
        return keys;
    }

    /** The term shard the client reads for a term: the longest key (of up to 8 characters) that begins it, or null. */
    static String shardFor(List<String> keys, String term) {
        Set<String> set = new HashSet<>(keys);
        for (int k = Math.min(term.length(), 8); k >= 1; k--) {
            if (set.contains(term.substring(0, k))) {
                return term.substring(0, k);
            }
        }
        return null;
    }

    /** A word and each of its one-letter deletions: the typo list's entries for it. */
    static Set<String> variants(String word) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(word);
        for (int i = 0; i < word.length(); i++) {
            variants.add(word.substring(0, i) + word.substring(i + 1));
        }
        return variants;
    }

    private static String single(List<String> terms) {
        assertEquals(1, terms.size(), "one term: " + terms);
        return terms.get(0);
    }

    private static Set<String> symmetricDifference(List<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        out.removeAll(both);
        return out;
    }
}
