package org.jobspecs.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jobspecs.config.SiteConfig;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SourceFolderReader;
import org.jobspecs.spec.SourceSet;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.VersionSource;

/**
 * The sources of a live build as last read, with the problems reading them reported: the files of
 * the content folder, each spec file's parse, and the data tables.
 *
 * <p>Told which files changed (the watcher's events), it trusts that: it updates its list of content
 * files from the changed paths alone and reads only the changed spec files. Asked to rescan (the
 * first time, or when events were lost), it lists the content folder again and reads every spec
 * file whose size or modification time changed. Either way a file is parsed again only when its bytes
 * changed (by SHA-256), so the parse of an unchanged file stays the same object and the planner's
 * memo holds. The data tables are read again when a file of the data folder changed. Everything is
 * forgotten when the configuration changes (the agency, for one, is checked while parsing).
 */
final class SourceCache {

    /** A spec file as last read: its stamp, the hash of its bytes, its parse and what parsing reported. */
    private record Spec(FolderStamp.FileStamp stamp, byte[] hash, Optional<SpecSource> source, List<Problem> problems) { }

    /** The data tables as last read (a source set without specs) and what reading them reported. */
    private record Data(FolderStamp stamp, SourceSet tables, List<Problem> problems) { }

    private final Map<Path, Spec> specs = new ConcurrentHashMap<>();
    /** The files of {@code content/history/} as last read (issue 14): the hash of their bytes, their parse and its problems. */
    private final Map<Path, Version> versions = new ConcurrentHashMap<>();

    /** An earlier version's file as last read. */
    private record Version(byte[] hash, Optional<VersionSource> source, List<Problem> problems) { }
    /** Every file under the content folder, sorted; null until listed. */
    private TreeSet<Path> listing;
    private Data data;
    private SiteConfig config;
    private int parsed;

    /**
     * The sources now; reports every problem reading them, as a build would.
     *
     * @param touched files and folders that changed (absolute): read again whatever their stamps say
     * @param rescan  whether to list the content folder and compare every file's stamp, rather than
     *                trust {@code touched} to name every change
     */
    SourceSet read(SiteConfig site, Set<Path> touched, boolean rescan, Problems problems) {
        if (!site.equals(config)) {
            specs.clear();
            versions.clear();
            listing = null;
            data = null;
            config = site;
        }
        SourceFolderReader reader = new SourceFolderReader(site.source(), site.contentFolder(), site.dataFolder(), site.agency(), site.sectionAliases(), site.versionsFromGit());
        List<Path> files;
        if (!Files.isDirectory(site.contentFolder())) {
            listing = null;
            files = reader.specFiles(problems); // reports the missing folder
        } else {
            if (rescan || listing == null) {
                listing = new TreeSet<>(walk(site.contentFolder()));
            } else {
                touched.stream().filter(p -> p.startsWith(site.contentFolder())).forEach(this::relist);
            }
            files = reader.specFiles(List.copyOf(listing), problems);
        }
        specs.keySet().retainAll(new HashSet<>(files));
        AtomicInteger parses = new AtomicInteger();
        List<Spec> read = files.parallelStream().map(f -> spec(reader, f, touched.contains(f), rescan, parses)).toList();
        parsed = parses.get();
        read.forEach(s -> s.problems().forEach(problems::add));
        FolderStamp dataStamp = FolderStamp.of(site.dataFolder());
        if (data == null || !data.stamp().equals(dataStamp) || touched.stream().anyMatch(p -> p.startsWith(site.dataFolder()))) {
            Problems dataProblems = new Problems();
            data = new Data(dataStamp, reader.withData(List.of(), dataProblems), dataProblems.sorted());
        }
        data.problems().forEach(problems::add);
        SourceSet tables = data.tables();
        return new SourceSet(read.stream().flatMap(s -> s.source().stream()).toList(), tables.register(), tables.schedules(),
                tables.pay(), tables.units(), tables.benefits(), tables.series(), tables.openings(),
                versions(reader, listing == null ? List.of() : reader.historyFiles(List.copyOf(listing)), problems));
    }

    /** The earlier versions now: a history file is parsed again only when its bytes changed; the git history is read each time. */
    private List<VersionSource> versions(SourceFolderReader reader, List<Path> files, Problems problems) {
        versions.keySet().retainAll(new HashSet<>(files));
        List<Version> read = files.parallelStream().map(f -> {
            byte[] bytes = bytes(f);
            byte[] hash = sha256(bytes);
            Version known = versions.get(f);
            if (known != null && Arrays.equals(known.hash(), hash)) {
                return known;
            }
            Problems reading = new Problems();
            Version now = new Version(hash, reader.readVersion(f, bytes, reading), reading.sorted());
            versions.put(f, now);
            return now;
        }).toList();
        read.forEach(v -> v.problems().forEach(problems::add));
        List<VersionSource> all = new java.util.ArrayList<>(read.stream().flatMap(v -> v.source().stream()).toList());
        all.addAll(reader.gitVersions(problems));
        return List.copyOf(all);
    }

    /** How many spec files the last {@link #read} parsed. */
    int parsed() {
        return parsed;
    }

    /** A changed path of the content folder: what is under it now replaces what was. */
    private void relist(Path path) {
        listing.removeIf(p -> p.startsWith(path));
        listing.addAll(walk(path));
    }

    /** The regular files at or under a path (none when it is gone). */
    private static List<Path> walk(Path path) {
        if (!Files.exists(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // changing while walked: its events bring the next rebuild
        }
    }

    /**
     * A spec file now: the last parse unless it may have changed. A file the watcher named is read
     * again; on a rescan, a file whose stamp changed.
     */
    private Spec spec(SourceFolderReader reader, Path file, boolean touched, boolean rescan, AtomicInteger parses) {
        Spec known = specs.get(file);
        if (known != null && !touched && !rescan) {
            return known;
        }
        FolderStamp.FileStamp stamp = FolderStamp.FileStamp.of(file);
        if (known != null && !touched && known.stamp().equals(stamp)) {
            return known;
        }
        byte[] bytes = bytes(file);
        byte[] hash = sha256(bytes);
        Spec now;
        if (known != null && Arrays.equals(known.hash(), hash)) {
            now = new Spec(stamp, hash, known.source(), known.problems());
        } else {
            Problems problems = new Problems();
            now = new Spec(stamp, hash, reader.readSpec(file, bytes, problems), problems.sorted());
            parses.incrementAndGet();
        }
        specs.put(file, now);
        return now;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0]; // deleted since the folder was listed: the next rebuild no longer lists it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
