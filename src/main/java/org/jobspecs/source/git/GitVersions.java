package org.jobspecs.source.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.source.SpecReader;
import org.jobspecs.spec.Field;
import org.jobspecs.spec.Redline;
import org.jobspecs.spec.RegisterField;
import org.jobspecs.spec.SpecSource;
import org.jobspecs.spec.VersionOrigin;
import org.jobspecs.spec.VersionSource;

/**
 * Earlier versions from the source folder's git history ({@code versions.from.git=true}, issue 14),
 * read with JGit (read-only; no {@code git} binary needed). The commits of the current branch are
 * walked from the oldest, along first parents; each commit that changes a spec file of the content
 * folder (not its {@code history/}) is read, and when the spec's approval date differs from the one
 * it had before, the file's text at that commit is a version approved on that date (its redline, if
 * it has one, read as it was approved). A spec is followed by its class code, so a renamed file keeps
 * its versions. Problems in old commits are not today's problems: a file that does not parse is
 * skipped. JGit is used only in this package, and this class is loaded only when the site opts in.
 */
public final class GitVersions {

    private GitVersions() {
    }

    /**
     * @param root    the source folder
     * @param content its content folder
     * @param specs   reads a spec file's text
     */
    public static List<VersionSource> read(Path root, Path content, SpecReader specs, Problems problems) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            problems.notice(Location.file("jbake.properties"), "versions.from.git=true, but " + root + " is not in a git repository",
                    "commit the source folder to git, or leave versions.from.git out");
            return List.of();
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return List.of();
            }
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return List.of(); // no commit yet
            }
            Path work = repo.getWorkTree().toPath().toRealPath();
            String prefix = slash(work.relativize(content.toRealPath()));
            String history = (prefix.isEmpty() ? "" : prefix + "/") + "history/";
            String rootPrefix = slash(work.relativize(root.toRealPath()));
            return walk(repo, head, prefix, history, rootPrefix, specs);
        } catch (IOException e) {
            problems.error(Location.file("jbake.properties"), "versions.from.git=true, but the git history cannot be read: " + e.getMessage(),
                    "check the repository (git fsck), or leave versions.from.git out");
            return List.of();
        }
    }

    private static List<VersionSource> walk(Repository repo, ObjectId head, String content, String history, String root, SpecReader specs)
            throws IOException {
        List<VersionSource> versions = new ArrayList<>();
        Map<String, LocalDate> approvedBefore = new HashMap<>(); // by class key
        try (RevWalk walk = new RevWalk(repo); DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE);
             ObjectReader reader = repo.newObjectReader()) {
            diff.setRepository(repo);
            diff.setDetectRenames(false);
            if (!content.isEmpty()) {
                diff.setPathFilter(PathFilter.create(content));
            }
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                RevCommit parent = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
                List<DiffEntry> changes = diff.scan(parent == null ? null : parent.getTree(), commit.getTree());
                changes.sort(java.util.Comparator.comparing(DiffEntry::getNewPath));
                for (DiffEntry change : changes) {
                    String path = change.getNewPath();
                    if (change.getChangeType() == DiffEntry.ChangeType.DELETE || path.startsWith(history)
                            || !SpecReader.isSpecSource(path.substring(path.lastIndexOf('/') + 1))) {
                        continue;
                    }
                    byte[] bytes = reader.open(change.getNewId().toObjectId()).getBytes();
                    String relative = root.isEmpty() ? path : path.startsWith(root + "/") ? path.substring(root.length() + 1) : path;
                    Optional<SpecSource> spec = specs.read(bytes, Location.file(relative), new Problems());
                    if (spec.isEmpty() || spec.get().approval() == null) {
                        continue;
                    }
                    Field code = spec.get().fields().get(RegisterField.CODE);
                    if (code == null || code.value().isBlank()) {
                        continue;
                    }
                    String key = new org.jobspecs.spec.ClassCode(code.value()).key();
                    LocalDate date = spec.get().approval().date();
                    if (date.equals(approvedBefore.put(key, date))) {
                        continue; // an edit that kept the approval
                    }
                    versions.add(new VersionSource(Location.file(relative), code.value(), spec.get().approval(),
                            Redline.sections(spec.get().sections(), Redline.Side.CURRENT), VersionOrigin.GIT,
                            "git:" + commit.getName() + ":" + relative));
                }
            }
        }
        return versions;
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }
}
