package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the header parser, which now splits only the header's lines and reads JBake lines by
 * hand, answers as it did ({@link HeaderParserBefore}): the same header, body, body line and problems,
 * on the bundled demo, a generated catalog and many random headers.
 */
class HeaderParserSameAnswersTest {

    private static final Location FILE = Location.file("content/x.md");

    @TempDir
    Path dir;

    private record Answer(Optional<Header> header, List<Problem> problems) { }

    private static void assertSameAnswer(String text) {
        Problems now = new Problems();
        Problems before = new Problems();
        Answer expected = new Answer(HeaderParserBefore.parse(text, FILE, before), before.sorted());
        Answer actual = new Answer(HeaderParser.parse(text, FILE, now), now.sorted());
        assertEquals(expected, actual, () -> "text: " + text.replace("\n", "\\n"));
    }

    private static int sources(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".md")).toList();
        }
        for (Path p : files) {
            assertSameAnswer(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        return files.size();
    }

    @Test
    void theDemoAndAGeneratedCatalogReadTheSame() throws IOException {
        assertTrue(sources(Path.of("content")) > 10);
        new DemoCatalogWriter(100, 3).withVersions().write(dir);
        assertTrue(sources(dir.resolve("content")) > 100);
    }

    private static final String[] LINES = {
        "", " ", "\t", "---", " --- ", "...", "~~~~~~", "~~~~~", "~~~~~~~~ \t", "~~~~~~x", " ~~~~~~", "~~~~~~\u000B\f\r",
        "title=Park Ranger", "code = 1234", "code=5678", "Title=Again", "approved.by=CSB", "a_b-c.d =  spaced value  ", "x=",
        "=no key", "1x=digit first", "key value", "key\t=\ttabbed", "k=v\r", "k=v\u0085w", "k=v\u2028", "k=v\u2029", "é=v", "k\u00a0=v",
        "# a comment", "#title=commented", "title: Yaml Ranger", "code: 42", "history:", "  - 2020-01-01 CSB", "  - date: 2021-02-03",
        "    by: Board", "list: [a, b]", "map:", "  inner: x", "bad: [unclosed", "Body text.", "## Definition", "Performs duties.",
    };

    @Test
    void randomHeadersReadTheSame() {
        SplittableRandom r = new SplittableRandom(15);
        int headers = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int lines = r.nextInt(12);
            for (int i = 0; i < lines; i++) {
                if (i > 0) {
                    text.append('\n');
                }
                text.append(LINES[r.nextInt(LINES.length)]);
            }
            if (r.nextBoolean()) {
                text.append('\n');
            }
            Problems problems = new Problems();
            headers += HeaderParserBefore.parse(text.toString(), FILE, problems).isPresent() ? 1 : 0;
            assertSameAnswer(text.toString());
        }
        assertTrue(headers > 1_000 && headers < 19_000, headers + " headers read of 20000");
    }
}
