package org.jobspecs.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jobspecs.browser.Browser;
import org.jobspecs.serve.StaticServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Issue 11, "key facts first" and print: what a reader of the built demo site meets on a phone
 * (375 × 667 CSS px, emulated as a mobile device) and at 1280 px, and on paper (US Letter), plus the
 * size of a 2,000-class catalog's salary schedule page. Not a unit test: a measurement, run the same
 * way before and after a change of the pages, e.g.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.jobspecs.bench.PageBench DEMO_SITE CATALOG_SITE
 * </pre>
 * where both arguments are built sites ({@code jobspecs build --out …}). Prints one Markdown list.
 *
 * <p>Positions are found by text, not by the markup, so the same figures mean the same thing on
 * any version of the templates: "the pay" is the first text on the page holding the class's pay
 * minimum, "what it takes" the first holding the seed's education requirement, "openings" the
 * first link to the job board (on class 7563, the demo's class that has one; 7565 has none).
 * Screens are counted from 1: a position at y 0…666 is on the first screen.
 */
public final class PageBench {

    static final int PHONE_W = 375;
    static final int PHONE_H = 667;

    /** The top (page y, CSS px) of the first text node containing {@code text}, or -1. */
    static final String TOP_OF_TEXT = """
            const want = arguments[0];
            const walk = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              if (!n.textContent.includes(want)) continue;
              const p = n.parentElement;
              if (!p.checkVisibility({visibilityProperty: true})) continue;
              const r = document.createRange(); r.selectNodeContents(n);
              const box = r.getBoundingClientRect();
              if (box.height === 0) continue;
              return box.top + window.scrollY;
            }
            return -1;
            """;

    private PageBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PageBench DEMO_SITE_DIR CATALOG_SITE_DIR");
            System.exit(2);
        }
        Path demo = Path.of(args[0]);
        Path catalog = Path.of(args[1]);
        Browser browser = new Browser(false);
        try (StaticServer server = new StaticServer(demo, 0)) {
            browser.beforeAll(null);
            ChromeDriver d = browser.driver();
            String base = server.url();

            phone(browser);
            d.get(base + "classes/7565/");
            double height = num(browser.js("return document.documentElement.scrollHeight"));
            line("7565 at 375×667: page height", String.format(Locale.ROOT, "%.0f px = %.1f screens", height, height / PHONE_H));
            line("7565: pay ($6,418.45) starts on screen", screen(browser, "$6,418.45"));
            line("7565: what it takes (\"Graduation from high school\") on screen", screen(browser, "Graduation from high school"));
            line("7565: \"Employment Standards\" first named on screen", screen(browser, "Employment Standards"));
            line("7565: \"On this page\" list", (long) num(browser.js(
                    "return document.querySelectorAll('nav[aria-label=\"On this page\"] a').length")) + " links");
            d.get(base + "classes/7563/");
            double h63 = num(browser.js("return document.documentElement.scrollHeight"));
            line("7563 at 375×667: page height", String.format(Locale.ROOT, "%.1f screens", h63 / PHONE_H));
            line("7563: openings link on screen", String.valueOf(screenOf(num(browser.js(
                    "const a = [...document.querySelectorAll('main a[href*=\"governmentjobs\"]')].find(a => a.checkVisibility());"
                    + " return a ? a.getBoundingClientRect().top + scrollY : -1")))));
            d.get(base);
            line("header height at 375 px", String.format(Locale.ROOT, "%.0f px = %.0f %% of the first screen",
                    num(browser.js("return document.querySelector('.site-header').getBoundingClientRect().height")),
                    100 * num(browser.js("return document.querySelector('.site-header').getBoundingClientRect().height")) / PHONE_H));
            line("menu rows at 375 px", String.valueOf((long) num(browser.js("""
                    const items = [...document.querySelectorAll('.site-header nav li, .site-header nav summary')]
                        .filter(e => e.checkVisibility({visibilityProperty: true}));
                    return new Set(items.map(e => Math.round(e.getBoundingClientRect().top))).size;
                    """))));
            line("home: search box / class-code field", browser.js(
                    "return (document.querySelector('main input[type=search], main input[name=q]') ? 'search box' : 'no search box') + ', '"
                    + " + (document.querySelector('main .class-code-form input, main input[name=code]') ? 'code field' : 'no code field')").toString());

            browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.windowSize(1280, 900);
            d.get(base + "salary/fy2026/");
            browser.viewportWidth(1280);
            @SuppressWarnings("unchecked")
            Map<String, Object> wide = (Map<String, Object>) browser.js("""
                    const r = document.querySelector('.table-scroll');
                    const rb = r.getBoundingClientRect();
                    const ths = [...r.querySelectorAll('thead th')];
                    const last = ths[ths.length - 1];
                    const lb = last.getBoundingClientRect();
                    return {region: Math.round(rb.width), scroll: r.scrollWidth, client: r.clientWidth, last: last.textContent,
                            lastCut: lb.right > rb.right + 0.5, column: Math.round(document.querySelector('main .wrap').getBoundingClientRect().width),
                            empty: Math.round(document.documentElement.clientWidth - rb.right)};
                    """);
            line("schedule at 1280 px: " + wide.get("last") + " column cut off", String.valueOf(wide.get("lastCut"))
                    + " (table " + wide.get("scroll") + " px in a region of " + wide.get("client") + " px)");
            line("schedule at 1280 px: content column", wide.get("column") + " px; empty right of the table " + wide.get("empty") + " px");

            d.get(base + "classes/7565/");
            PrintOptions options = new PrintOptions();
            options.setPageSize(new PageSize(27.94, 21.59));
            options.setBackground(false);
            byte[] pdf = Base64.getDecoder().decode(d.print(options).getContent());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                line("print 7565: Letter pages", String.valueOf(doc.getNumberOfPages()));
                line("print 7565: pay-step table (step 2, $6,739.37) printed", String.valueOf(text.contains("6,739.37")));
                line("print 7565: agency name (City of Alameda) printed", String.valueOf(text.contains("City of Alameda")));
            }
        } finally {
            browser.afterAll(null);
        }

        Path biggest;
        try (Stream<Path> s = Files.list(catalog.resolve("salary"))) {
            biggest = s.map(p -> p.resolve("index.html")).filter(Files::isRegularFile)
                    .max(Comparator.comparingLong(PageBench::size)).orElseThrow();
        }
        line("catalog: largest schedule page " + catalog.relativize(biggest), String.format(Locale.ROOT, "%.0f KB (%.0f KB gzipped)",
                size(biggest) / 1024.0, gz(biggest) / 1024.0));
        String html = Files.readString(biggest);
        line("catalog schedule: jump index / filter box", html.contains("aria-label=\"Jump to") + " / "
                + html.contains("schedule-filter"));
    }

    private static void phone(Browser browser) {
        browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_W, "height", PHONE_H,
                "deviceScaleFactor", 2, "mobile", true));
    }

    private static String screen(Browser browser, String text) {
        return String.valueOf(screenOf(num(browser.js(TOP_OF_TEXT, text))));
    }

    private static Object screenOf(double top) {
        return top < 0 ? "absent" : (int) Math.floor(top / PHONE_H) + 1;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void line(String what, String value) {
        System.out.println("- " + what + ": " + value);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long gz(Path p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(Files.readAllBytes(p));
        }
        return out.size();
    }
}
