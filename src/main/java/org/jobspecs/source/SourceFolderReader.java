package org.jobspecs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.stream.Stream;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.RereadSections;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionAliases;
import org.jobspecs.spec.SourceSet;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.VersionSource;

/**
 * Reads a whole source folder: every spec source under the content folder (in parallel, results
 * in path order) and the CSV files of the data folder. A file that cannot be read is reported and
 * the rest is still read, so that catalog-wide checks run over everything else.
 */
public final class SourceFolderReader {

    private final Path root;
    private final Path content;
    private final Path data;
    private final Path history;
    private final SpecReader specs;
    private final HistoryReader versions;
    private final boolean versionsFromGit;

    /**
     * @param root    the source folder; reported paths are relative to it
     * @param content its content folder (spec sources)
     * @param data    its data folder (CSV files)
     * @param agency  the site's agency name
     * @param aliases which canonical section a heading names (the site's {@code section.aliases.*} included)
     */
    public SourceFolderReader(Path root, Path content, Path data, String agency, SectionAliases aliases) {
        this(root, content, data, agency, aliases, false);
    }

    /**
     * @param versionsFromGit {@code versions.from.git}: also read earlier versions from the source
     *                        folder's git history (issue 14)
     */
    public SourceFolderReader(Path root, Path content, Path data, String agency, SectionAliases aliases, boolean versionsFromGit) {
        this.root = root;
        this.content = content;
        this.data = data;
        this.history = content.resolve(HistoryReader.FOLDER);
        this.specs = new SpecReader(agency, aliases);
        this.versions = new HistoryReader(specs);
        this.versionsFromGit = versionsFromGit;
    }

    /** The spec source files under the content folder, sorted by path. */
    public List<Path> specFiles(Problems problems) {
        if (!Files.isDirectory(content)) {
            problems.error(Location.file(relative(content)), "the content folder does not exist",
                    "create it and put the spec sources in it, or set content.folder in jbake.properties");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return specFiles(walk.filter(Files::isRegularFile).sorted().toList(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Of the files under the content folder (sorted by path, as a live build keeps them), the spec
     * sources; each other file is reported with a notice, except hidden ones.
     */
    public List<Path> specFiles(List<Path> all, Problems problems) {
        for (Path p : all) {
            String name = p.getFileName().toString();
            if (!SpecReader.isSpecSource(name) && !name.startsWith(".")) {
                problems.notice(Location.file(relative(p)), "not a spec source (.md or .txt), so it is not published",
                        "move it to assets/ if it should be part of the site");
            }
        }
        return all.stream().filter(p -> SpecReader.isSpecSource(p.getFileName().toString()) && !isHistory(p)).toList();
    }

    /** Whether a file of the content folder is an earlier version ({@code content/history/…}), not a current spec. */
    public boolean isHistory(Path file) {
        return file.startsWith(history);
    }

    /** The earlier versions' files (under {@code content/history/}), sorted by path; hidden files left out. */
    public List<Path> historyFiles() {
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(history)) {
            return historyFiles(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Of the files under the content folder (sorted by path), the earlier versions' files. */
    public List<Path> historyFiles(List<Path> all) {
        return all.stream().filter(p -> isHistory(p) && !p.getFileName().toString().startsWith(".")).toList();
    }

    /**
     * The earlier versions (issue 14): the history folder's files, in parallel and in path order, then,
     * when the site opts in, those of the git history.
     */
    public List<VersionSource> readVersions(List<Path> historyFiles, Problems problems) {
        List<VersionSource> read = new java.util.ArrayList<>(historyFiles.parallelStream()
                .map(p -> readVersion(p, bytes(p), problems))
                .flatMap(Optional::stream)
                .toList());
        read.addAll(gitVersions(problems));
        return List.copyOf(read);
    }

    /** The earlier versions of the site's git history when it opts in ({@code versions.from.git=true}), else none. */
    public List<VersionSource> gitVersions(Problems problems) {
        if (!versionsFromGit) {
            return List.of();
        }
        // Only here is JGit's code loaded: a site that does not opt in never touches it.
        return org.jobspecs.source.git.GitVersions.read(root, content, specs, problems);
    }

    /** Reads one file of the history folder from its bytes. */
    public Optional<VersionSource> readVersion(Path file, byte[] bytes, Problems problems) {
        Location at = Location.file(relative(file));
        if (!SpecReader.isSpecSource(file.getFileName().toString())) {
            return Optional.empty(); // reported with the content folder's other files
        }
        return versions.read(history.relativize(file), bytes, at, problems);
    }

    /** Parses the given spec files, in parallel; the result keeps their order. */
    public List<SpecSource> readSpecs(List<Path> files, Problems problems) {
        return readSpecs(files, problems, Long.MAX_VALUE);
    }

    /**
     * Issue 15: parses the given spec files, in parallel, holding the parsed sections of as many as
     * fit in {@code holdBytes} of heap ({@link RereadSections#heapEstimate}); the sections of the others are {@link RereadSections}, read again from
     * their file each time they are needed. The result keeps the files' order.
     */
    public List<SpecSource> readSpecs(List<Path> files, Problems problems, long holdBytes) {
        AtomicLong room = new AtomicLong(holdBytes);
        return files.parallelStream()
                .map(p -> {
                    byte[] bytes = bytes(p);
                    Optional<SpecSource> spec = readSpec(p, bytes, problems);
                    if (spec.isEmpty() || room.addAndGet(-RereadSections.heapEstimate(bytes.length)) >= 0) {
                        return spec;
                    }
                    return Optional.of(spec.get().withSections(new RereadSections(spec.get().sections(), readAgain(p, bytes))));
                })
                .flatMap(Optional::stream)
                .toList();
    }

    /** Issue 15: reads a spec file's sections again, once it is checked to be the file first read. */
    private Supplier<List<Section>> readAgain(Path file, byte[] first) {
        int length = first.length;
        long checksum = checksum(first);
        return () -> {
            byte[] now;
            try {
                now = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new SourceChanged(relative(file), "can no longer be read (" + e.getMessage() + ")");
            }
            if (now.length != length || checksum(now) != checksum) {
                throw new SourceChanged(relative(file), "changed");
            }
            return readSpec(file, now, new Problems()).orElseThrow().sections();
        };
    }

    private static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Parses one spec file from its bytes (a live build reads them itself, to tell whether they changed). */
    public Optional<SpecSource> readSpec(Path file, byte[] bytes, Problems problems) {
        return specs.read(bytes, Location.file(relative(file)), problems);
    }

    /** Reads the data files and joins them with spec sources read before. */
    public SourceSet withData(List<SpecSource> specSources, Problems problems) {
        return withSpecs(readData(problems), specSources);
    }

    /** The data files alone, as a source set without specs (a build reads them while it reads the specs). */
    public SourceSet readData(Problems problems) {
        DataReader reader = new DataReader(problems);
        return new SourceSet(List.of(),
                table("classes.csv", true, reader::register, problems),
                table("schedules.csv", false, reader::schedules, problems),
                table("pay.csv", false, reader::pay, problems),
                table("units.csv", false, reader::units, problems),
                table("benefits.csv", false, reader::benefits, problems),
                table("series.csv", false, reader::series, problems),
                Files.isRegularFile(data.resolve("openings.csv"))
                        ? Optional.of(table("openings.csv", false, reader::openings, problems)) : Optional.empty());
    }

    /** The data of {@code data} with these spec sources. */
    public static SourceSet withSpecs(SourceSet data, List<SpecSource> specSources) {
        return new SourceSet(specSources, data.register(), data.schedules(), data.pay(), data.units(), data.benefits(),
                data.series(), data.openings(), data.versions());
    }

    private <T> List<T> table(String name, boolean required, BiFunction<String, Location, List<T>> parse, Problems problems) {
        Path file = data.resolve(name);
        Location at = Location.file(relative(file));
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.error(at, "the class register is missing", "create " + relative(file)
                        + " with the columns " + String.join(",", DataReader.REGISTER_COLUMNS));
            }
            return List.of();
        }
        byte[] raw = bytes(file);
        if (raw.length == 0) {
            return List.of();
        }
        return TextDecoder.decode(raw, at, problems).map(text -> parse.apply(text, at)).orElse(List.of());
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
