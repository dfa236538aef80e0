package org.jobspecs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.jobspecs.problem.Problems;
import org.jobspecs.site.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: the templates parsed ahead by two threads at once (a build's template thread, and its main thread once the plan is made). */
class PageRendererTest {

    @TempDir
    Path tmp;

    /** A page's view, as templates see it. */
    public record View(String title) {
    }

    @Test
    void twoThreadsParsingAheadTakeEachTemplateOnce() throws Exception {
        int count = 60;
        Files.createDirectories(tmp.resolve("parts"));
        for (int i = 0; i < count; i++) {
            Path file = i % 10 == 0 ? tmp.resolve("parts/p" + i + ".ftl") : tmp.resolve("t" + i + ".ftl");
            Files.writeString(file, i == 13 ? "<#if>broken" : "<h1>${page.title} " + i + "</h1>\n", StandardCharsets.UTF_8);
        }
        Files.writeString(tmp.resolve("notes.txt"), "not a template");
        PageRenderer renderer = new PageRenderer(tmp, "templates");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return renderer.parseTemplates(tmp);
            }, r -> new Thread(r).start()));
        }
        int taken = 0;
        for (CompletableFuture<Integer> t : threads) {
            taken += t.get();
        }
        assertEquals(count, taken, "each template taken by one thread, none left out");
        assertEquals(0, renderer.parseTemplates(tmp), "nothing left to parse");

        Problems problems = new Problems();
        List<String> written = new ArrayList<>();
        int rendered = renderer.render(List.of(new Page("a.html", "t7.ftl", new View("Clerk")), new Page("b.html", "parts/p20.ftl", new View("Aide")),
                new Page("c.html", "t13.ftl", new View("Broken"))), problems, p -> written.add(p.output() + ": " + new String(p.bytes(), StandardCharsets.UTF_8)));
        assertEquals(2, rendered);
        assertTrue(written.containsAll(List.of("a.html: <h1>Clerk 7</h1>\n", "b.html: <h1>Aide 20</h1>\n")), written.toString());
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        assertTrue(problems.sorted().get(0).toString().contains("t13.ftl"), problems.sorted().toString());
    }
}
