package org.jobspecs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SectionKind;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the importer writes reads back as exactly what it meant: text with Markdown's special characters, redline, lists. */
class NativeWriterTest {

    private static final SpecReader READER = new SpecReader("City of Alameda", SectionAliases.builtIn());

    static Stream<Path> demoSources() throws Exception {
        return Files.list(FixtureSite.PROJECT.resolve("content")).filter(Files::isRegularFile).sorted(); // not content/history/
    }

    /** Every demo source, read and written again, reads back the same; writing it once more changes nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("demoSources")
    void demoSourcesRoundTrip(Path file) throws Exception {
        SpecSource first = read(Files.readAllBytes(file), file.getFileName().toString());
        String written = NativeWriter.write(FromSource.spec(first, new String[0]));
        SpecSource second = read(written.getBytes(StandardCharsets.UTF_8), "again.md");
        assertEquals(shape(first.sections()), shape(second.sections()), written);
        assertEquals(first.approval(), second.approval());
        assertEquals(first.history(), second.history());
        assertEquals(written, NativeWriter.write(FromSource.spec(second, new String[0])));
    }

    @Test
    void specialCharactersReadBackAsText() {
        String tricky = "Uses *stars*, _underscores_, [brackets], <b>tags</b>, &amp; entities, ~50 pounds, a | bar, `ticks` and a\\backslash";
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", "Tricky Text");
        header.put("code", "9999");
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text(tricky)), 0),
                new Block.Paragraph(List.of(new Inline.Text("1. Not a list, but a paragraph that starts with a number")), 0),
                new Block.Paragraph(List.of(new Inline.Text("# not a heading")), 0),
                new Block.Paragraph(List.of(new Inline.Text("- not a bullet")), 0),
                new Block.Paragraph(List.of(new Inline.Text("Before"), new Inline.Deleted(List.of(new Inline.Text(" old words"))),
                        new Inline.Inserted(List.of(new Inline.Text(" new words "))), new Inline.Text("after.")), 0));
        ImportedSpec spec = new ImportedSpec(header, Map.of(), List.of(new Section(SectionKind.DEFINITION,
                List.of(new Inline.Text("Definition")), blocks, 0)), List.of(), List.of());
        String written = NativeWriter.write(spec);
        Problems problems = new Problems();
        SpecSource back = READER.read(written.getBytes(StandardCharsets.UTF_8), Location.file("t.md"), problems).orElseThrow();
        assertFalse(problems.hasErrors(), problems.sorted() + "\n" + written);
        List<Block> read = back.sections().get(0).blocks();
        assertEquals(5, read.size(), written);
        assertEquals(tricky, Words.all(((Block.Paragraph) read.get(0)).content()));
        assertTrue(read.get(1) instanceof Block.Paragraph, "a paragraph starting with \"1.\" stays a paragraph");
        assertEquals("# not a heading", Words.all(((Block.Paragraph) read.get(2)).content()));
        assertEquals("- not a bullet", Words.all(((Block.Paragraph) read.get(3)).content()));
        List<Inline> redline = ((Block.Paragraph) read.get(4)).content();
        assertTrue(redline.stream().anyMatch(i -> i instanceof Inline.Deleted), written);
        assertTrue(redline.stream().anyMatch(i -> i instanceof Inline.Inserted), written);
        assertEquals("Before new words after.", Words.after(redline));
    }

    private static SpecSource read(byte[] bytes, String name) {
        Problems problems = new Problems();
        SpecSource source = READER.read(bytes, Location.file(name), problems).orElseThrow();
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        return source;
    }

    /** Sections without their line numbers. */
    private static String shape(List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        for (Section s : sections) {
            sb.append(s.kind()).append(' ').append(s.heading()).append('\n');
            for (Block b : s.blocks()) {
                sb.append(b.toString().replaceAll("line=\\d+", "")).append('\n');
            }
        }
        return sb.toString();
    }
}
