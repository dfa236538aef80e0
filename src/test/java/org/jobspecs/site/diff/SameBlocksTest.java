package org.jobspecs.site.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: sections whose blocks are equal but for their lines are known to read the same before
 * their blocks' signatures are made ({@link Same}); the comparisons must be those made from the
 * signatures alone (as before), on every pair of versions of the demo site and of a demo catalog with
 * versions, both ways round, and on each version against the current spec of another class.
 */
class SameBlocksTest {

    @TempDir
    Path dir;

    @Test
    void issue15ComparisonsAreThoseOfTheSignatures() throws IOException {
        List<List<List<Section>>> classes = new ArrayList<>(versions(Path.of("content"), "City of Alameda"));
        new DemoCatalogWriter(300, 7).withVersions().write(dir.resolve("c300"));
        classes.addAll(versions(dir.resolve("c300/content"), "Demo County"));
        assertTrue(classes.size() > 90, "classes with versions: " + classes.size());
        int compared = 0;
        int unchanged = 0;
        int changed = 0;
        for (int c = 0; c < classes.size(); c++) {
            List<List<Section>> versions = classes.get(c);
            List<Section> other = classes.get((c + 1) % classes.size()).get(0);
            for (int i = 0; i < versions.size(); i++) {
                List<List<Section>> against = new ArrayList<>(List.of(other));
                if (i + 1 < versions.size()) {
                    against.add(versions.get(i + 1));
                }
                for (List<Section> newer : against) {
                    for (List<List<Section>> pair : List.of(List.of(versions.get(i), newer), List.of(newer, versions.get(i)))) {
                        Comparison quick = SpecDiff.compare(pair.get(0), pair.get(1));
                        assertEquals(SpecDiff.compare(pair.get(0), pair.get(1), false), quick);
                        compared++;
                        unchanged += quick.named(SectionChange.Status.UNCHANGED).size();
                        changed += quick.named(SectionChange.Status.CHANGED).size();
                    }
                }
            }
        }
        assertTrue(compared > 400 && unchanged > 500 && changed > 100, compared + " comparisons, " + unchanged + " unchanged, " + changed + " changed");
    }

    /** Issue 15: a list's bag of words is the sum of its items' bags: the bag of the list's words. */
    @Test
    void issue15AListsBagIsItsWordsBag() throws IOException {
        new DemoCatalogWriter(300, 7).withVersions().write(dir.resolve("c300"));
        int lists = 0;
        for (List<List<Section>> versions : versions(dir.resolve("c300/content"), "Demo County")) {
            for (List<Section> version : versions) {
                Texts texts = new Texts(true);
                for (Section s : version) {
                    for (org.jobspecs.spec.Block b : s.blocks()) {
                        assertEquals(Words.Bag.of(Text.plain(b)), texts.bag(b));
                        lists += b instanceof org.jobspecs.spec.Block.ItemList ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(lists > 200, "lists: " + lists);
    }

    /** Each class with earlier versions: its versions oldest first, the current spec last. */
    private static List<List<List<Section>>> versions(Path content, String agency) throws IOException {
        SpecReader reader = new SpecReader(agency, SectionAliases.builtIn());
        List<List<List<Section>>> out = new ArrayList<>();
        List<Path> specs;
        try (var files = Files.list(content)) {
            specs = files.filter(f -> Files.isRegularFile(f) && SpecReader.isSpecSource(f.getFileName().toString())).sorted().toList();
        }
        try (var folders = Files.list(content.resolve("history"))) {
            for (Path folder : folders.sorted().toList()) {
                String code = folder.getFileName().toString();
                List<Path> files;
                try (var dated = Files.list(folder)) {
                    files = new ArrayList<>(dated.sorted().toList());
                }
                specs.stream().filter(f -> f.getFileName().toString().matches(code + "([-.].*)|.*-" + code + "\\.txt")).findFirst().ifPresent(files::add);
                List<List<Section>> versions = new ArrayList<>();
                for (Path f : files) {
                    versions.add(reader.read(Files.readAllBytes(f), Location.file(f.toString()), new Problems()).orElseThrow().sections());
                }
                out.add(versions);
            }
        }
        return out;
    }
}
