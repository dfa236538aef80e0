package org.jobspecs.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The publishing recipes {@code init --publish} writes: a CI file or a script that builds and publishes the site. */
public enum PublishRecipe {
    /** GitHub Actions → GitHub Pages, with the official pages actions. */
    GITHUB(".github/workflows/publish.yml", "publish/github.yml",
            "`.github/workflows/publish.yml` builds the site and publishes it to GitHub Pages on every push to the default branch. "
            + "Before the first push, read the comments at its top: set JOBSPECS_GIT there, choose \"GitHub Actions\" as the Pages source, and set site.host."),
    /** GitLab CI → GitLab Pages: a {@code pages} job publishing {@code public/}. */
    GITLAB(".gitlab-ci.yml", "publish/gitlab-ci.yml",
            "`.gitlab-ci.yml` builds the site and publishes it to GitLab Pages on every push to the default branch. "
            + "Before the first push, read the comments at its top: set JOBSPECS_GIT there, and set site.host."),
    /** A shell script: build, then {@code jobspecs publish --to} a folder. */
    FOLDER("publish.sh", "publish/publish.sh",
            "`./publish.sh /srv/www/jobs` builds the site and publishes it to that folder (with `jobspecs publish`, which deletes only files it wrote); "
            + "see the comments at its top.");

    private final String path;
    private final String resource;
    private final String readme;

    PublishRecipe(String path, String resource, String readme) {
        this.path = path;
        this.resource = resource;
        this.readme = readme;
    }

    /** The file it writes, relative to the site. */
    public String path() {
        return path;
    }

    String resource() {
        return resource;
    }

    /** What the agency's README says about it. */
    String readme() {
        return readme;
    }

    /** Its name on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The recipe called {@code id} (any case). */
    public static PublishRecipe named(String id) {
        for (PublishRecipe recipe : values()) {
            if (recipe.id().equalsIgnoreCase(id.strip())) {
                return recipe;
            }
        }
        throw new IllegalArgumentException("--publish " + id + " is not a recipe: use one of " + ids());
    }

    /** The recipes' ids, for messages: {@code github, gitlab or folder}. */
    public static String ids() {
        String all = Arrays.stream(values()).map(PublishRecipe::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
