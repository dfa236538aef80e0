package org.jobspecs.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The size and modification time of every file under a folder, by path relative to it: a live
 * build compares the stamp of a folder with the one it took at its last good rebuild to tell
 * whether anything in it changed (the template and asset folders are small; watching them file by
 * file would gain nothing).
 */
record FolderStamp(Map<String, FileStamp> files) {

    /** One file's size and modification time (nanoseconds since the epoch). */
    record FileStamp(long size, long modified) {

        static FileStamp of(BasicFileAttributes attributes) {
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }

        /** The stamp of one file, or null when it is gone. */
        static FileStamp of(Path file) {
            try {
                return of(Files.readAttributes(file, BasicFileAttributes.class));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static FolderStamp of(Path folder) {
        Map<String, FileStamp> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return new FolderStamp(files);
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.put(folder.relativize(file).toString(), FileStamp.of(attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted while walking: the next rebuild sees it gone
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderStamp(files);
    }
}
