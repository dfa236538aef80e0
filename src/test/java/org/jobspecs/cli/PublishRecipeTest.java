package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 12: {@code init --publish github|gitlab|folder} writes a CI file (valid YAML, the right keys)
 * or a script whose build command works in a clean copy of the site.
 */
class PublishRecipeTest {

    @TempDir
    Path dir;

    /** A new site with the recipe, and a clean copy of it (what a CI checkout has: no target/). */
    private Path cleanCopy(String recipe) {
        Path site = dir.resolve("site");
        MainTest.Run init = MainTest.run("init", site.toString(), "--agency", "City of Example", "--publish", recipe);
        assertEquals(0, init.code(), init.err());
        Path copy = dir.resolve("checkout");
        FixtureSite.copyTree(site, copy);
        assertTrue(!Files.exists(copy.resolve("target")));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object map, String... keys) {
        Object o = map;
        for (String key : keys) {
            assertTrue(o instanceof Map, () -> "no " + String.join(".", keys) + " in " + map);
            Map<Object, Object> m = (Map<Object, Object>) o;
            o = key.equals("on") && !m.containsKey("on") ? m.get(Boolean.TRUE) : m.get(key); // YAML 1.1 reads `on` as true
        }
        return (T) o;
    }

    /** Runs the {@code jobspecs build} part of a command line of the recipe, in {@code site}; returns its --out folder. */
    private static Path runBuild(String line, Path site) {
        List<String> words = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
        int build = words.indexOf("build");
        assertTrue(build > 0 && (words.get(build - 1).endsWith("/jobspecs") || words.get(build - 1).equals("\"$JOBSPECS\"")), line);
        List<String> args = new ArrayList<>(words.subList(build, words.size()));
        Path out = null;
        for (int i = 1; i < args.size() - 1; i++) {
            if (args.get(i).equals("--source") || args.get(i).equals("--out")) {
                Path p = site.resolve(args.get(i + 1)).normalize();
                args.set(i + 1, p.toString());
                if (args.get(i).equals("--out")) {
                    out = p;
                }
            }
        }
        assertTrue(args.contains("--source") && out != null, () -> line + ": names the site and the output folder");
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), line + "\n" + r.err());
        assertTrue(r.out().contains(" 0 errors, ") && r.err().isEmpty(), r.out() + r.err());
        assertTrue(Files.isRegularFile(out.resolve("classes/1001/index.html")), "the site is in " + out);
        return out;
    }

    @Test
    void githubActionsPublishToGitHubPagesWithTheOfficialActions() throws IOException {
        Path site = cleanCopy("github");
        Object yaml = new Yaml().load(Files.readString(site.resolve(".github/workflows/publish.yml")));
        assertEquals(List.of("main"), get(yaml, "on", "push", "branches"));
        List<Map<String, Object>> schedule = get(yaml, "on", "schedule");
        assertTrue(String.valueOf(schedule.get(0).get("cron")).matches("\\d+ \\d+ \\* \\* \\*"),
                "issue 13: a daily build keeps the site true (postings drop out on their closing date): " + schedule);
        assertEquals("write", get(yaml, "permissions", "pages"));
        assertEquals("write", get(yaml, "permissions", "id-token"));
        List<Map<String, Object>> steps = get(yaml, "jobs", "build", "steps");
        List<Object> uses = steps.stream().map(s -> s.get("uses")).filter(u -> u != null).toList();
        assertEquals(List.of("actions/checkout@v6", "actions/setup-java@v5", "actions/configure-pages@v6", "actions/upload-pages-artifact@v5"), uses);
        Map<String, Object> java = steps.stream().filter(s -> "actions/setup-java@v5".equals(s.get("uses"))).findFirst().orElseThrow();
        assertEquals("17", get(java, "with", "java-version"));
        String buildLine = steps.stream().map(s -> (String) s.get("run")).filter(r -> r != null && r.contains("jobspecs build")).findFirst().orElseThrow();
        Path out = runBuild(buildLine, site);
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact")).findFirst().orElseThrow();
        assertEquals(out, site.resolve((String) get(upload, "with", "path")).normalize(), "it uploads the folder the build wrote");
        assertEquals(List.of("build"), List.of((Object) get(yaml, "jobs", "deploy", "needs")));
        assertEquals("github-pages", get(yaml, "jobs", "deploy", "environment", "name"));
        List<Map<String, Object>> deploy = get(yaml, "jobs", "deploy", "steps");
        assertEquals("actions/deploy-pages@v5", deploy.get(0).get("uses"));
    }

    @Test
    void gitlabCiPublishesPublicFromAPagesJobOnTheDefaultBranch() throws IOException {
        Path site = cleanCopy("gitlab");
        Object yaml = new Yaml().load(Files.readString(site.resolve(".gitlab-ci.yml")));
        List<Map<String, Object>> rules = get(yaml, "pages", "rules");
        assertEquals("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", rules.get(0).get("if"));
        assertEquals(List.of("public"), get(yaml, "pages", "artifacts", "paths"));
        assertTrue(String.valueOf((Object) get(yaml, "pages", "image")).contains("temurin-17"));
        List<String> script = get(yaml, "pages", "script");
        Path out = runBuild(script.stream().filter(l -> l.contains("jobspecs build")).findFirst().orElseThrow(), site);
        assertEquals(site.resolve("public"), out, "GitLab Pages publishes public/");
    }

    @Test
    void theFolderScriptBuildsAndPublishes() throws IOException, InterruptedException {
        Path site = cleanCopy("folder");
        Path script = site.resolve("publish.sh");
        assertTrue(Files.isExecutable(script));
        // Its build line, as the tool sees it.
        String buildLine = Files.readAllLines(script).stream().filter(l -> l.startsWith("\"$JOBSPECS\" build")).findFirst().orElseThrow();
        runBuild(buildLine, site);
        // The whole script, with JOBSPECS naming this test's jobspecs, run from another folder with a relative destination.
        Path launcher = dir.resolve("jobspecs-launcher");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' org.jobspecs.cli.Main \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        Files.createDirectories(dir.resolve("elsewhere"));
        ProcessBuilder run = new ProcessBuilder("sh", script.toString(), "www").directory(dir.resolve("elsewhere").toFile()).redirectErrorStream(true);
        run.environment().put("JOBSPECS", launcher.toString());
        Process p = run.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("published "), output);
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/www/classes/1001/index.html")), output);
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/www/.jobspecs-published")), output);
    }

    @Test
    void anUnknownRecipeIsWrongUsage() {
        MainTest.Run r = MainTest.run("init", dir.resolve("s").toString(), "--agency", "City of Example", "--publish", "netlify");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("--publish netlify is not a recipe: use one of github, gitlab or folder"), r.err());
        assertTrue(!Files.exists(dir.resolve("s")));
    }
}
