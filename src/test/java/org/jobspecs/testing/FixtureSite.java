package org.jobspecs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fixture sites for tests: a folder under {@code src/test/resources/sites/} copied into a temporary
 * folder together with the project's own {@code templates/} and {@code assets/}, so tests build
 * real sites with the real templates and may edit the copy freely.
 */
public final class FixtureSite {

    /** The date fixture builds use, so that "the schedule in force" never depends on the day the tests run. */
    public static final LocalDate DATE = LocalDate.of(2025, 11, 1);

    /** The project's root folder (tests run with it as the working directory). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private FixtureSite() {
    }

    /** Copies fixture {@code name} with the project's templates and assets into {@code dir}/site; returns that folder. */
    public static Path copy(String name, Path dir) {
        Path site = dir.resolve("site");
        copyTree(PROJECT.resolve("src/test/resources/sites").resolve(name), site);
        copyTree(PROJECT.resolve("templates"), site.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), site.resolve("assets"));
        return site;
    }

    /** Copies the bundled demo site (content, data, templates, assets, jbake.properties) into {@code dir}/demo. */
    public static Path demo(Path dir) {
        Path site = dir.resolve("demo");
        for (String folder : new String[] {"content", "data", "templates", "assets"}) {
            copyTree(PROJECT.resolve(folder), site.resolve(folder));
        }
        try {
            Files.copy(PROJECT.resolve("jbake.properties"), site.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with its bytes, by relative path: for byte-for-byte comparisons. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
