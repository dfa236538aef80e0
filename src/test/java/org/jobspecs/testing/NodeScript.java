package org.jobspecs.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script under Node.js beside the site's search modules (assets/js/search-*.js, copied into
 * a folder marked as ES modules): the script reads its input from the JSON file named by argv[2]
 * and writes its answer as JSON to argv[3]. One process per call, so tests batch their work.
 */
public final class NodeScript {

    /** Non-ASCII escaped, so that what Node reads is exactly what Java wrote. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> MODULES = List.of("search-core.js", "search-analyzer.js");

    private NodeScript() {
    }

    public static JsonNode run(Path dir, String script, Object input) throws IOException, InterruptedException {
        String node = onPath("node");
        if (node == null) {
            fail("Node.js (node) is not on the PATH; the search client's tests run assets/js/search-*.js with it");
        }
        Files.createDirectories(dir);
        for (String module : MODULES) {
            Files.copy(FixtureSite.PROJECT.resolve("assets/js").resolve(module), dir.resolve(module));
        }
        Files.writeString(dir.resolve("package.json"), "{\"type\": \"module\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.js"), script, StandardCharsets.UTF_8);
        Path in = dir.resolve("input.json");
        Path out = dir.resolve("output.json");
        Path log = dir.resolve("node.log");
        JSON.writeValue(in.toFile(), input);
        Process process = new ProcessBuilder(node, "test.js", in.toString(), out.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Node.js took over 120 s");
        }
        if (process.exitValue() != 0) {
            fail("Node.js failed (exit " + process.exitValue() + "):\n" + Files.readString(log));
        }
        return JSON.readTree(out.toFile());
    }

    private static String onPath(String program) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
