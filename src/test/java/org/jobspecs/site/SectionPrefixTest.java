package org.jobspecs.site;

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
 * Issue 15: the next step of the level below reads one section of a class, made only as far as that
 * section ({@link ClassPages#section}); it must be the section that all of the class's sections give
 * ({@link ClassPages#sections}, as before), for every id they have and for ids they lack.
 */
class SectionPrefixTest {

    @TempDir
    Path dir;

    @Test
    void issue15OneSectionIsTheOneAllTheSectionsGive() throws IOException {
        List<List<Section>> specs = new ArrayList<>(read(Path.of("content"), "City of Alameda"));
        try (var folders = Files.list(Path.of("content/history"))) {
            for (Path folder : folders.toList()) {
                specs.addAll(read(folder, "City of Alameda")); // the demo's earlier versions, redlines among them
            }
        }
        new DemoCatalogWriter(300, 7).withVersions().write(dir.resolve("c300"));
        specs.addAll(read(dir.resolve("c300/content"), "Demo County"));
        try (var folders = Files.list(dir.resolve("c300/content/history"))) {
            for (Path folder : folders.toList()) {
                specs.addAll(read(folder, "Demo County"));
            }
        }
        assertTrue(specs.size() > 350, "the demo site, the catalog and its earlier versions were read: " + specs.size());
        int compared = 0;
        for (List<Section> spec : specs) {
            List<SectionView> all = ClassPages.sections(spec);
            List<String> ids = new ArrayList<>(all.stream().map(SectionView::id).toList());
            ids.addAll(List.of("distinguishing-features", "definition", "no-such-section"));
            for (String id : ids) {
                assertEquals(Related.section(all, id), ClassPages.section(spec, id), id);
                compared++;
            }
        }
        assertTrue(compared > 2000, "sections compared: " + compared);
    }

    private static List<List<Section>> read(Path content, String agency) throws IOException {
        SpecReader reader = new SpecReader(agency, SectionAliases.builtIn());
        List<List<Section>> out = new ArrayList<>();
        try (var files = Files.list(content)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f) && SpecReader.isSpecSource(f.getFileName().toString())) {
                    out.add(reader.read(Files.readAllBytes(f), Location.file(f.toString()), new Problems()).orElseThrow().sections());
                }
            }
        }
        return out;
    }
}
