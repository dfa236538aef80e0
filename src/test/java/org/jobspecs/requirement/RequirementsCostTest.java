package org.jobspecs.requirement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SpecSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: what the extractor costs on the 2,000-class demo catalog (seed 42), in CPU time of this
 * thread, beside what reading the same specs costs; the first run (a cold JVM, as in one build) and
 * the median of seven runs after a warm-up, written
 * to target/requirements-cost.md. Fails if it costs more than reading them (the build's parse step
 * does that and more), which would mean a regular expression gone quadratic.
 */
class RequirementsCostTest {

    @TempDir
    Path dir;

    @Test
    void extractingTwoThousandClassesCostsLessThanReadingThem() throws IOException {
        new DemoCatalogWriter(2000, 42).write(dir.resolve("catalog"));
        SpecReader reader = new SpecReader("Demo County", SectionAliases.builtIn());
        List<Path> files;
        try (var list = Files.list(dir.resolve("catalog/content"))) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path f : files) {
            bytes.add(Files.readAllBytes(f));
        }
        List<List<Section>> specs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] read = new long[7];
        long[] extract = new long[7];
        long coldRead = 0;
        long coldExtract = 0;
        for (int run = -2; run < 7; run++) {
            specs.clear();
            titles.clear();
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < bytes.size(); i++) {
                SpecSource s = reader.read(bytes.get(i), Location.file("content/" + files.get(i).getFileName()), new Problems()).orElseThrow();
                specs.add(s.sections());
                titles.add(files.get(i).getFileName().toString());
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            int found = 0;
            for (int i = 0; i < specs.size(); i++) {
                found += Requirements.of(titles.get(i), null, specs.get(i)).isEmpty() ? 0 : 1;
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            assertTrue(found > specs.size() / 2, "most demo-catalog specs give something");
            if (run == -2) {
                coldRead = t1 - t0;
                coldExtract = t2 - t1;
            }
            if (run >= 0) {
                read[run] = t1 - t0;
                extract[run] = t2 - t1;
            }
        }
        Arrays.sort(read);
        Arrays.sort(extract);
        String report = String.format(Locale.ROOT, "| %d specs | read (parse) | extract |%n|---|---:|---:|%n| CPU ms, first run (cold JVM, as in one build) | %.0f | %.0f |%n"
                + "| CPU ms, median of 7 after two warm-up runs | %.0f | %.0f |%n", specs.size(), coldRead / 1e6, coldExtract / 1e6, read[3] / 1e6, extract[3] / 1e6);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/requirements-cost.md"), report);
        System.out.println(report);
        assertTrue(extract[3] < read[3], report);
    }
}
