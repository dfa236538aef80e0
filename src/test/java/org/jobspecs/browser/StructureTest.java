package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure every HTML page of the built demo site needs for assistive technology, read from
 * the files with jsoup (no browser): language, one h1, heading levels, landmarks, unique and
 * descriptive titles, meaningful link text, and document links that say what they open.
 */
class StructureTest {

    /** Link text that says nothing out of context. */
    static final Set<String> VAGUE = Set.of("click here", "here", "more", "read more", "link", "click", "this link",
            "details", "more info", "learn more", "go");
    static final Pattern DOCUMENT_HREF = Pattern.compile("(?i)\\.(pdf|docx?)$");

    /** Every HTML page by its path in the site, e.g. {@code classes/7565/index.html}. */
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void parse() throws IOException {
        Path dir = BrowserSite.dir();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(dir.relativize(file).toString().replace('\\', '/'), parseFile(file));
            }
        }
        assertTrue(pages.size() > 40, "the demo site has all its pages: " + pages.keySet());
    }

    private static Document parseFile(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** Fails once, listing every page's problem. */
    private static void check(String what, java.util.function.BiConsumer<Document, List<String>> rule) {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            List<String> found = new ArrayList<>();
            rule.accept(doc, found);
            found.forEach(p -> problems.add(path + ": " + p));
        });
        assertTrue(problems.isEmpty(), what + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyPageIsInEnglish() {
        check("<html lang=\"en\">", (doc, problems) -> {
            String lang = doc.selectFirst("html").attr("lang");
            if (!lang.equals("en")) {
                problems.add("lang is \"" + lang + "\"");
            }
        });
    }

    @Test
    void everyPageHasExactlyOneH1() {
        check("exactly one h1", (doc, problems) -> {
            int h1 = doc.select("h1").size();
            if (h1 != 1) {
                problems.add(h1 + " h1 elements");
            }
        });
    }

    @Test
    void headingLevelsAreNotSkipped() {
        check("no skipped heading levels (h1 first; one level deeper at a time; back up is fine)", (doc, problems) -> {
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add("<" + h.tagName() + "> \"" + h.text() + "\" follows "
                            + (previous == 0 ? "no heading" : "an h" + previous));
                }
                previous = level;
            }
        });
    }

    @Test
    void everyPageHasItsLandmarks() {
        check("landmarks: banner, navigation, main, contentinfo", (doc, problems) -> {
            String sectioning = "article, aside, main, nav, section";
            boolean banner = doc.select("header").stream().anyMatch(h -> h.parents().stream().noneMatch(p -> p.is(sectioning)))
                    || !doc.select("[role=banner]").isEmpty();
            boolean contentinfo = doc.select("footer").stream().anyMatch(f -> f.parents().stream().noneMatch(p -> p.is(sectioning)))
                    || !doc.select("[role=contentinfo]").isEmpty();
            boolean nav = !doc.select("nav, [role=navigation]").isEmpty();
            int main = doc.select("main, [role=main]").size();
            if (!banner) {
                problems.add("no banner (a top-level <header>)");
            }
            if (!nav) {
                problems.add("no <nav>");
            }
            if (main != 1) {
                problems.add(main + " main landmarks, not 1");
            }
            if (!contentinfo) {
                problems.add("no contentinfo (a top-level <footer>)");
            }
            for (Element n : doc.select("nav")) {
                if (doc.select("nav").size() > 1 && n.attr("aria-label").isBlank() && n.attr("aria-labelledby").isBlank()) {
                    problems.add("one of several <nav> has no name: " + n.outerHtml().lines().findFirst().orElse(""));
                }
            }
        });
    }

    @Test
    void titlesAreUniqueAndNameThePageHeading() {
        Map<String, List<String>> byTitle = new TreeMap<>();
        check("a <title> that contains the page's h1", (doc, problems) -> {
            String title = norm(doc.title());
            Element h1 = doc.selectFirst("h1");
            if (title.isEmpty()) {
                problems.add("no title");
            } else if (h1 != null && !title.contains(norm(h1.text()))) {
                problems.add("title \"" + doc.title() + "\" does not contain the h1 \"" + h1.text() + "\"");
            }
        });
        pages.forEach((path, doc) -> {
            if (!path.equals("404.html")) {
                byTitle.computeIfAbsent(norm(doc.title()), t -> new ArrayList<>()).add(path);
            }
        });
        List<String> duplicates = byTitle.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList();
        assertTrue(duplicates.isEmpty(), "page titles used by more than one page:\n  " + String.join("\n  ", duplicates));
    }

    @Test
    void linkTextSaysWhereTheLinkGoes() {
        check("link text that makes sense out of context", (doc, problems) -> {
            for (Element a : doc.select("a[href]")) {
                String name = norm(a.hasAttr("aria-label") ? a.attr("aria-label") : a.text()).replaceAll("[.:!?…»›→]+$", "").trim();
                if (name.isEmpty() && a.select("img[alt]:not([alt=''])").isEmpty()) {
                    problems.add("a link without text: " + a.outerHtml());
                } else if (VAGUE.contains(name)) {
                    problems.add("a link that says only \"" + a.text() + "\": " + a.outerHtml());
                }
            }
        });
    }

    @Test
    void documentLinksNameTheirType() {
        check("links to documents say their type (PDF, Word) in their text", (doc, problems) -> {
            for (Element a : doc.select("a[href]")) {
                String path = pathOf(a.attr("href"));
                boolean document = DOCUMENT_HREF.matcher(path).find() || a.hasClass("document-link");
                if (!document) {
                    continue;
                }
                String text = a.text();
                String type = path.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "PDF"
                        : path.toLowerCase(Locale.ROOT).matches(".*\\.docx?$") ? "Word" : null;
                boolean named = type != null
                        ? Pattern.compile("(?i)\\b" + type + "\\b").matcher(text).find()
                        : Pattern.compile("(?i)\\b(PDF|Word|DOCX?|Excel|XLSX?|CSV|HTML|web page)\\b").matcher(text).find();
                if (!named) {
                    problems.add("\"" + text + "\" links to " + a.attr("href") + " without naming its type"
                            + (type == null ? "" : " (" + type + ")"));
                }
            }
        });
    }

    private static String pathOf(String href) {
        try {
            String path = URI.create(href.replace(" ", "%20")).getPath();
            return path == null ? href : path;
        } catch (IllegalArgumentException e) {
            return href.replaceAll("[?#].*$", "");
        }
    }

    @Test
    void theSiteHasThePagesTheBrowserTestsVisit() {
        for (PageTypes.PageType type : PageTypes.ALL) {
            if (type.name().equals("not-found")) {
                assertTrue(pages.containsKey("404.html"), "404.html");
                continue;
            }
            String path = type.path().replaceAll("[?#].*$", "") + "index.html";
            assertTrue(pages.containsKey(path), type + ": " + path + " is built");
        }
        assertEquals("en", pages.get("index.html").selectFirst("html").attr("lang"));
    }
}
