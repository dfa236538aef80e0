package org.jobspecs.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Severity;

/**
 * Publishes a built site to a folder, deleting what is gone and nothing else.
 *
 * <p>{@link #plan} compares the built site, the destination and the destination's {@link Manifest}
 * and writes nothing. {@link #apply} then works in an order that is safe to interrupt at any point:
 * <ol>
 * <li>the manifest is rewritten to list, besides what it listed, every file about to be written with
 *     its new hash (so a file this publish writes is known as its own even if it stops midway);</li>
 * <li>new and changed files are copied, each to a temporary file beside it and moved into place, so
 *     a reader never sees half a file;</li>
 * <li>the files an earlier publish wrote that the site no longer has are deleted, but only when their
 *     bytes are still the bytes written (a file changed since is someone else's now), and folders
 *     left empty by it are removed;</li>
 * <li>the manifest is written last, atomically, listing exactly the site's files.</li>
 * </ol>
 * Run again after an interruption, it finishes the work. It never deletes a file it did not write.
 */
public final class FolderPublish {

    /** The suffix of a file being written; a leftover one (an interrupted publish) is removed. */
    static final String PART = ".jobspecs-part";

    /** Where {@link #apply} stops, for tests of an interrupted publish. */
    enum Stop { NEVER, AFTER_FIRST_MANIFEST, AFTER_COPY, AFTER_DELETE }

    private FolderPublish() {
    }

    /** The plan, or the problems that stop the publish (every one found); nothing is written. */
    public static Result plan(Path from, Path to) {
        Path source = from.toAbsolutePath().normalize();
        Path dest = to.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(source)) {
            problems.add(error(source, "the built site is not there (" + (Files.exists(source) ? "not a folder" : "no such folder") + ")",
                    "build it first with ./jobspecs build (it writes target/public), or name the built site with --from"));
            return new Result(null, problems);
        }
        if (dest.startsWith(source) || source.startsWith(dest)) {
            problems.add(error(dest, "the destination and the built site " + source + " overlap",
                    "publish to a folder outside the built site, and not containing it"));
            return new Result(null, problems);
        }
        if (Files.exists(dest) && !Files.isDirectory(dest)) {
            problems.add(error(dest, "the destination is a file, not a folder", "name a folder with --to (it is created if missing)"));
            return new Result(null, problems);
        }
        Path existing = dest;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            problems.add(error(dest, "the destination cannot be created: " + existing + " is not a folder",
                    "name a folder with --to whose parent folders exist or can be created"));
            return new Result(null, problems);
        }
        if (!Files.isWritable(existing)) {
            problems.add(error(existing, "this user cannot write there" + (existing.equals(dest) ? "" : " (to create " + dest + ")"),
                    "give this user write access to it, or choose another --to"));
            return new Result(null, problems);
        }
        Map<String, String> files = new TreeMap<>();
        try {
            for (String rel : relativeFiles(source)) {
                if (rel.equals(Manifest.NAME) || rel.indexOf('\n') >= 0 || rel.indexOf('\r') >= 0 || rel.endsWith(PART)) {
                    problems.add(error(source.resolve(rel), "the built site has a file publish cannot carry (its name)",
                            "rename or remove it, and build again"));
                } else {
                    files.put(rel, sha256(source.resolve(rel)));
                }
            }
        } catch (IOException e) {
            problems.add(error(source, "the built site cannot be read (" + e + ")", "check that the folder is readable, and build again"));
        }
        if (problems.isEmpty() && files.isEmpty()) {
            problems.add(error(source, "the built site is empty", "build it first with ./jobspecs build, or name the built site with --from"));
        }
        Manifest previous = Files.isDirectory(dest) ? Manifest.read(dest, problems) : Manifest.empty();
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }

        Set<String> there = new TreeSet<>();
        try {
            if (Files.isDirectory(dest)) {
                for (String rel : relativeFiles(dest)) {
                    if (!rel.equals(Manifest.NAME) && !rel.endsWith(PART)) {
                        there.add(rel);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(error(dest, "the destination cannot be read (" + e + ")", "give this user read and write access to it, or choose another --to"));
            return new Result(null, problems);
        }

        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        int unchanged = 0;
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                String rel = file.getKey();
                Path at = dest.resolve(rel);
                String blocked = blocked(dest, rel);
                if (blocked != null) {
                    problems.add(error(at, blocked, "move it away, then publish again"));
                } else if (!there.contains(rel)) {
                    added.add(rel);
                } else if (sha256(at).equals(file.getValue())) {
                    unchanged++;
                } else {
                    replaced.add(rel);
                }
            }
            List<String> deleted = new ArrayList<>();
            List<String> keptChanged = new ArrayList<>();
            List<String> keptForeign = new ArrayList<>();
            for (String rel : there) {
                if (files.containsKey(rel)) {
                    continue;
                }
                if (!previous.hashes().containsKey(rel)) {
                    keptForeign.add(rel);
                } else if (previous.wrote(rel, sha256(dest.resolve(rel)))) {
                    deleted.add(rel);
                } else {
                    keptChanged.add(rel);
                }
            }
            if (!problems.isEmpty()) {
                return new Result(null, problems);
            }
            return new Result(new PublishPlan(source, dest, files, added, replaced, unchanged, deleted, keptChanged, keptForeign, previous),
                    problems);
        } catch (IOException e) {
            problems.add(error(dest, "the destination cannot be read (" + e + ")", "give this user read and write access to it, or choose another --to"));
            return new Result(null, problems);
        }
    }

    /** Why a site file cannot be written at this path of the destination (a folder in its place, a file or link in its way), or null. */
    private static String blocked(Path dest, String rel) throws IOException {
        Path at = dest.resolve(rel);
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
            return "the destination has a folder where the site has the file " + rel;
        }
        if (Files.isSymbolicLink(at)) {
            return "the destination has a symbolic link where the site has the file " + rel;
        }
        for (Path parent = at.getParent(); parent != null && parent.startsWith(dest) && !parent.equals(dest); parent = parent.getParent()) {
            if (Files.isSymbolicLink(parent)) {
                return "the destination has a symbolic link (" + dest.relativize(parent) + ") on the way to " + rel;
            }
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                return "the destination has a file (" + dest.relativize(parent).toString().replace('\\', '/')
                        + ") where the site has a folder, on the way to " + rel;
            }
        }
        return null;
    }

    /** Carries out a plan (see the class comment for the order); returns the problems that stopped it, if any. */
    public static List<Problem> apply(PublishPlan plan) {
        return apply(plan, Stop.NEVER);
    }

    static List<Problem> apply(PublishPlan plan, Stop stop) {
        Path dest = plan.to();
        List<Problem> problems = new ArrayList<>();
        Path current = dest;
        try {
            Files.createDirectories(dest);
            removeLeftovers(dest);
            if (plan.nothingToDo() && plan.previous().hashes().equals(exactly(plan.files()))) {
                return problems;
            }
            Map<String, Set<String>> during = new TreeMap<>(plan.previous().hashes());
            plan.files().forEach((rel, hash) -> during.merge(rel, Set.of(hash), (a, b) -> union(a, b)));
            current = dest.resolve(Manifest.NAME);
            new Manifest(during).write(dest);
            if (stop == Stop.AFTER_FIRST_MANIFEST) {
                return problems;
            }
            for (String rel : concat(plan.added(), plan.replaced())) {
                current = dest.resolve(rel);
                Files.createDirectories(current.getParent());
                Path part = current.resolveSibling("." + current.getFileName() + PART);
                Files.copy(plan.from().resolve(rel), part, StandardCopyOption.REPLACE_EXISTING);
                moveInto(part, current);
            }
            if (stop == Stop.AFTER_COPY) {
                return problems;
            }
            for (String rel : plan.deleted()) {
                current = dest.resolve(rel);
                if (Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS) && plan.previous().wrote(rel, sha256(current))) {
                    Files.delete(current);
                    removeEmptyFolders(dest, current.getParent());
                }
            }
            if (stop == Stop.AFTER_DELETE) {
                return problems;
            }
            current = dest.resolve(Manifest.NAME);
            new Manifest(exactly(plan.files())).write(dest);
        } catch (AccessDeniedException e) {
            problems.add(error(current, "permission denied: this user cannot write there",
                    "give this user write access to " + dest + " (or choose another --to), then publish again: it finishes the work"));
        } catch (FileSystemException e) {
            problems.add(error(current, "cannot write: " + (e.getReason() == null ? e.toString() : e.getReason()),
                    "check that " + dest + " is a writable folder with free space (or choose another --to), then publish again: it finishes the work"));
        } catch (IOException e) {
            problems.add(error(current, "cannot write: " + e,
                    "check that " + dest + " is a writable folder with free space (or choose another --to), then publish again: it finishes the work"));
        }
        return problems;
    }

    private static Map<String, Set<String>> exactly(Map<String, String> files) {
        Map<String, Set<String>> out = new TreeMap<>();
        files.forEach((rel, hash) -> out.put(rel, Set.of(hash)));
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Removes the temporary files an interrupted publish left (only files named as this class names them). */
    private static void removeLeftovers(Path dest) throws IOException {
        try (Stream<Path> walk = Files.walk(dest)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.getFileName().toString().endsWith(PART) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Removes {@code folder} and its parents up to (not including) the destination while they are empty. */
    private static void removeEmptyFolders(Path dest, Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(dest) && !f.equals(dest); f = f.getParent()) {
            try {
                Files.delete(f);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /** Moves a finished temporary file over its target, atomically where the file system can. */
    static void moveInto(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The regular files under a folder (symbolic links not followed), relative, with forward slashes, sorted. */
    static Set<String> relativeFiles(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[65536];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Problem error(Path where, String message, String fix) {
        return new Problem(Location.file(where.toString()), Severity.ERROR, message, fix);
    }

    /** A plan, or the problems that stop the publish. */
    public record Result(PublishPlan plan, List<Problem> problems) {
    }
}
