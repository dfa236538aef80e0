package org.jobspecs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder of {@code serve}, updated in place (a build publishes atomically through
 * {@link Publisher} instead). It holds the SHA-256 of every file it wrote and which group wrote it:
 * the site's pages and assets are one group, the search export another, each brought up to date on
 * its own. A file is written only when its bytes changed, through a temporary file renamed over it
 * (a reader never sees half a file); a file its group no longer has is deleted, and so is a folder
 * left empty. The folder carries {@link Publisher#MARKER} like a built one. Files found in the
 * folder before the first update (an earlier build's) stay until {@link #deleteUnclaimed}.
 */
public final class LiveOutput {

    /** What an update did: output paths written and deleted. */
    public record Changes(List<String> written, List<String> deleted) { }

    private final Path out;
    /** Every file in the folder by output path: the SHA-256 of its bytes, or null for a file found there. */
    private Map<String, byte[]> hashes;
    /** The group that wrote each file. */
    private final Map<String, String> owners = new HashMap<>();

    public LiveOutput(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    public Path folder() {
        return out;
    }

    /** Why the folder cannot be written, or null when it can: the rules of {@link Publisher#refusal}. */
    public String refusal(Path source) {
        return new Publisher(out).refusal(source);
    }

    /**
     * Makes one group's files exactly {@code files}: writes each of {@code contents} whose bytes
     * differ from the file's, deletes the group's files not in {@code files}.
     *
     * @param files    every output path of the group now
     * @param contents the bytes of the files that may have changed (all of them the first time)
     */
    public synchronized Changes update(String group, Set<String> files, Map<String, byte[]> contents) {
        if (hashes == null) {
            hashes = existingFiles();
            write(Publisher.MARKER, Publisher.MARKER_TEXT.getBytes(StandardCharsets.UTF_8), "marker");
        }
        List<String> written = contents.entrySet().parallelStream()
                .filter(e -> write(e.getKey(), e.getValue(), group))
                .map(Map.Entry::getKey).sorted().toList();
        List<String> gone = owners.entrySet().stream()
                .filter(e -> e.getValue().equals(group) && !files.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        gone.forEach(this::delete);
        return new Changes(written, gone);
    }

    /** Deletes the files found in the folder that no group has written since; returns their paths. */
    public synchronized List<String> deleteUnclaimed() {
        if (hashes == null) {
            return List.of();
        }
        List<String> unclaimed = hashes.keySet().stream().filter(f -> !owners.containsKey(f)).sorted().toList();
        unclaimed.forEach(this::delete);
        return unclaimed;
    }

    /** Writes a file unless it has these bytes already; returns whether it wrote. */
    private boolean write(String output, byte[] bytes, String group) {
        byte[] hash = sha256(bytes);
        synchronized (owners) {
            owners.put(output, group);
            if (Arrays.equals(hash, hashes.get(output))) {
                return false;
            }
        }
        Path file = out.resolve(output);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".jobspecs-tmp"); // permissions as Files.write gives a new file
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (owners) {
            hashes.put(output, hash);
        }
        return true;
    }

    private void delete(String output) {
        owners.remove(output);
        hashes.remove(output);
        try {
            Path file = out.resolve(output);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && dir.startsWith(out) && !dir.equals(out); dir = dir.getParent()) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(dir);
            }
        } catch (DirectoryNotEmptyException e) {
            // a file arrived meanwhile: the folder stays
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> existingFiles() {
        Map<String, byte[]> found = new HashMap<>();
        if (!Files.isDirectory(out)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).forEach(p -> found.put(out.relativize(p).toString().replace('\\', '/'), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
