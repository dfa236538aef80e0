package org.jobspecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, part 5: the README is one page that links into the documentation site (src/site/, built by
 * {@code mvn site}). Its two commands stay first; every link it and the guide's pages make to a file of
 * the project, and every page of the site's menu, must exist.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path MARKDOWN = ROOT.resolve("src/site/markdown");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void issue12_readmeStartsWithTheDemoAndTestCommandsUnchanged() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int fence = readme.indexOf("```sh\n");
        assertTrue(fence > 0, "README has no sh block");
        assertTrue(readme.substring(0, fence).lines().noneMatch(l -> l.startsWith("## ")), "a section comes before the commands");
        List<String> commands = readme.substring(fence + 6, readme.indexOf("```", fence + 6)).lines().toList();
        assertEquals(List.of(
                "mvn -q -DskipTests package && ./jobspecs serve     # build the demo site and show it at http://127.0.0.1:8080/",
                "mvn -B verify                                       # run all tests"), commands);
    }

    @Test
    void issue12_everyReadmeLinkResolvesToAFile() throws IOException {
        List<String> broken = brokenLinks(ROOT.resolve("README.md"));
        assertEquals(List.of(), broken);
        String readme = Files.readString(ROOT.resolve("README.md"));
        try (Stream<Path> pages = Files.walk(MARKDOWN)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                String relative = ROOT.relativize(page).toString().replace('\\', '/');
                assertTrue(readme.contains("](" + relative + ")"), "the README does not link " + relative);
            }
        }
    }

    @Test
    void issue12_everyLinkOfTheGuideResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(MARKDOWN)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                broken.addAll(brokenLinks(page));
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void issue12_everyMenuItemOfTheSiteHasItsPage() throws IOException {
        String site = Files.readString(ROOT.resolve("src/site/site.xml"));
        Matcher m = Pattern.compile("<item name=\"[^\"]*\" href=\"([^\"]+)\\.html\"/>").matcher(site);
        int items = 0;
        while (m.find()) {
            items++;
            assertTrue(Files.isRegularFile(MARKDOWN.resolve(m.group(1) + ".md")), "site.xml names " + m.group(1) + ".html, which has no page");
        }
        assertTrue(items >= 18, "site.xml lists " + items + " pages");
    }

    /** Links to files of the project (a page of the guide is named by its .html) and to headings of a guide page. */
    private static List<String> brokenLinks(Path file) throws IOException {
        List<String> broken = new ArrayList<>();
        String text = Files.readString(file);
        boolean guide = file.startsWith(MARKDOWN);
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (target.matches("[a-z]+:.*") || target.equals("#")) {
                continue;
            }
            String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
            Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
            if (guide && path.endsWith(".html")) {
                resolved = resolved.resolveSibling(resolved.getFileName().toString().replaceFirst("\\.html$", ".md"));
            }
            String where = ROOT.relativize(file) + ": " + target;
            if (!Files.isRegularFile(resolved)) {
                broken.add(where + " (no file " + ROOT.relativize(resolved) + ")");
            } else if (anchor != null && guide && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
                broken.add(where + " (no heading with the anchor " + anchor + ")");
            }
        }
        return broken;
    }

    /** As Doxia's DoxiaUtils.encodeId: letters, digits, '-', '_' and '.' kept, a space as '_', any other character as '.' and its UTF-8 bytes in hex. */
    private static String doxiaId(String heading) {
        StringBuilder id = new StringBuilder();
        for (byte b : heading.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                id.append(c);
            } else if (c == ' ') {
                id.append('_');
            } else {
                id.append('.').append(String.format("%02X", b & 0xff));
            }
        }
        return id.toString();
    }

    /** The anchors the site's Doxia gives the headings of a page: words joined by '_', code marks dropped. */
    private static List<String> anchors(Path page) throws IOException {
        List<String> anchors = new ArrayList<>();
        boolean fence = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("```")) {
                fence = !fence;
            }
            Matcher h = HEADING.matcher(line);
            if (!fence && h.matches()) {
                anchors.add(doxiaId(h.group(1).replace("`", "").strip()));
            }
        }
        return anchors;
    }
}
