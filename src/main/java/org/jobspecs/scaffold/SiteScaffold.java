package org.jobspecs.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A new site for an agency. The templates and assets come from the jar (the build copies the
 * project's {@code templates/} and {@code assets/} there, see pom.xml); the other files from the
 * skeleton beside this class, with the agency's name and location put in.
 */
public final class SiteScaffold {

    /** The skeleton's files (resources under {@code skeleton/}), by the path they get in the new site. */
    private static final Map<String, String> SKELETON = Map.ofEntries(
            Map.entry("jbake.properties", "jbake.properties"),
            Map.entry("README.md", "README.md"),
            Map.entry(".gitignore", "gitignore"),
            Map.entry("content/1001-office-assistant.md", "content/1001-office-assistant.md"),
            Map.entry("data/classes.csv", "data/classes.csv"),
            Map.entry("data/schedules.csv", "data/schedules.csv"),
            Map.entry("data/pay.csv", "data/pay.csv"),
            Map.entry("data/units.csv", "data/units.csv"),
            Map.entry("data/benefits.csv", "data/benefits.csv"),
            Map.entry("data/series.csv", "data/series.csv"));

    /** The folders of the jar copied as they are. */
    public static final List<String> SHIPPED = List.of("templates", "assets");

    private final String agency;
    private final String location;

    /**
     * @param agency   the agency's name, e.g. {@code City of Example}
     * @param location where the jobs are, e.g. {@code Example, CA}; may be empty
     */
    public SiteScaffold(String agency, String location) {
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("the agency's name is empty: give it, e.g. --agency \"City of Example\"");
        }
        if (agency.contains("\n") || agency.contains("\r") || (location != null && (location.contains("\n") || location.contains("\r")))) {
            throw new IllegalArgumentException("the agency's name and location must be one line each");
        }
        this.agency = agency.strip();
        this.location = location == null ? "" : location.strip();
    }

    /**
     * Why {@code dir} cannot take a new site (it is a file, or a folder with anything in it), or null
     * when it can (it is missing or an empty folder).
     */
    public static String refusal(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            return dir + " is a file, not a folder: name a new or empty folder";
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                return dir + " is not empty (it has " + entry.getFileName() + "): name a new or empty folder, "
                        + "so that init never overwrites or mixes with files you have";
            }
        }
        return null;
    }

    /** Writes the site into {@code dir} (missing or empty); returns the files written, relative to it, in order. */
    public List<String> write(Path dir) throws IOException {
        return write(dir, null);
    }

    /**
     * Writes the site into {@code dir} (missing or empty), with the publishing recipe's file when
     * {@code recipe} is not null; returns the files written, relative to it, in order.
     */
    public List<String> write(Path dir, PublishRecipe recipe) throws IOException {
        String refusal = refusal(dir);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (String folder : SHIPPED) {
            copyShipped(folder, dir, written);
        }
        for (Map.Entry<String, String> file : SKELETON.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String text = fill(file.getKey(), resource("skeleton/" + file.getValue()))
                    .replace("@PUBLISH@", recipe == null ? "" : "\n" + recipe.readme() + "\n");
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
            written.add(file.getKey());
        }
        if (recipe != null) {
            Path target = dir.resolve(recipe.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, resource("skeleton/" + recipe.resource()), StandardCharsets.UTF_8);
            if (recipe.path().endsWith(".sh")) {
                target.toFile().setExecutable(true, false);
            }
            written.add(recipe.path());
        }
        return written;
    }

    private String fill(String name, String text) {
        boolean properties = name.equals("jbake.properties");
        String title = agency + " Class Specifications";
        String footer = agency + " class specifications.";
        return text.replace("@TITLE@", properties ? property(title) : title)
                .replace("@AGENCY@", properties ? property(agency) : agency)
                .replace("@LOCATION@", properties ? property(location) : location)
                .replace("@FOOTER@", properties ? property(footer) : footer);
    }

    /** A value as {@link java.util.Properties#load} reads it back unchanged. */
    static String property(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SiteScaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("jobspecs is incomplete: the resource " + name + " of " + SiteScaffold.class.getPackageName()
                        + " is missing; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies the jar's {@code site/<folder>} (or the class folder's, when run from target/classes) to {@code dir/<folder>}. */
    private static void copyShipped(String folder, Path dir, List<String> written) throws IOException {
        URL url = SiteScaffold.class.getResource("site/" + folder);
        if (url == null) {
            throw new IllegalStateException("jobspecs is incomplete: its " + folder + "/ (resource site/" + folder + " of "
                    + SiteScaffold.class.getPackageName() + ") is missing; rebuild it with mvn package");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                copyTree(jar.provider().getPath(uri), dir.resolve(folder), written, folder);
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } else {
            copyTree(Path.of(uri), dir.resolve(folder), written, folder);
        }
    }

    private static void copyTree(Path from, Path to, List<String> written, String prefix) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : paths) {
            String relative = from.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            Path target = relative.isEmpty() ? to : to.resolve(relative);
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
                written.add(prefix + "/" + relative);
            }
        }
    }
}
