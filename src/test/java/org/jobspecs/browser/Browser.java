package org.jobspecs.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpHandler;
import org.openqa.selenium.remote.http.HttpRequest;
import org.openqa.selenium.remote.http.HttpResponse;

/**
 * One headless Chromium per test class, driven through Selenium with the Debian driver given
 * explicitly (Selenium Manager never runs, nothing is downloaded). Register it in a test class with
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 * It starts before the class's first test and quits after its last.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    /** Debian's Chromium; {@code -Djobspecs.chromium=…} points elsewhere. */
    static final String CHROMIUM = System.getProperty("jobspecs.chromium", "/usr/bin/chromium");
    /** Debian's chromium-driver; {@code -Djobspecs.chromedriver=…} points elsewhere. */
    static final String CHROMEDRIVER = System.getProperty("jobspecs.chromedriver", "/usr/bin/chromedriver");

    /**
     * Quiets the DevTools connection's warnings about requests the page dropped while they were
     * intercepted (a favicon fetch cut short by the next navigation): harmless and noisy. Held here so
     * the setting is not garbage-collected with the logger.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools.Connection");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 900;

    private final boolean answerSiteHost;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private NetworkInterceptor interceptor;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A browser that answers requests for the site's public address from the local server (see {@link #fromLocalServer}). */
    public Browser() {
        this(true);
    }

    /**
     * @param answerSiteHost whether to answer requests for the site's public address from the local
     *                       server. The interception that does it holds every response until its end,
     *                       so an event stream ({@code serve}'s live reload) never arrives through it:
     *                       a test of {@code serve} goes without.
     */
    public Browser(boolean answerSiteHost) {
        this.answerSiteHost = answerSiteHost;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        requireInstalled();
        profile = Files.createTempDirectory("jobspecs-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            BrowserSite.deleteTree(profile);
            throw new IllegalStateException("could not start headless Chromium (" + CHROMIUM + ") through "
                    + CHROMEDRIVER + ": " + e.getMessage(), e);
        }
        String host = BrowserSite.siteHost();
        if (host != null && answerSiteHost) {
            interceptor = new NetworkInterceptor(driver, (HttpHandler) request -> fromLocalServer(host, request));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (interceptor != null) {
                try {
                    driver.get("about:blank"); // no request of the last page is left waiting on the interceptor
                } finally {
                    interceptor.close();
                }
            }
        } finally {
            try {
                if (driver != null) {
                    driver.quit();
                }
            } finally {
                if (service != null) {
                    service.stop();
                }
                BrowserSite.deleteTree(profile);
            }
        }
    }

    /**
     * Requests for the site's public address ({@code site.host}, which the closed test network cannot
     * reach) are answered by the local server, so the 404 page, whose links and stylesheet are absolute
     * because it is served at any address, shows as it will when published. Others proceed.
     */
    private HttpResponse fromLocalServer(String host, HttpRequest request) {
        String uri = request.getUri();
        if (!uri.startsWith(host + "/")) {
            return NetworkInterceptor.PROCEED_WITH_REQUEST;
        }
        String local = BrowserSite.url(uri.substring(host.length() + 1));
        try {
            java.net.http.HttpResponse<byte[]> answer = http.send(java.net.http.HttpRequest.newBuilder(URI.create(local)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse response = new HttpResponse().setStatus(answer.statusCode());
            answer.headers().firstValue("Content-Type").ifPresent(type -> response.setHeader("Content-Type", type));
            answer.headers().firstValue("Location").ifPresent(to -> response.setHeader("Location", to));
            response.setContent(Contents.bytes(answer.body()));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireInstalled() {
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(exe))) {
                throw new IllegalStateException("The browser tests need Debian's Chromium and its driver, and " + exe
                        + " is missing. Install them with: apt-get install -y chromium chromium-driver");
            }
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page type at the current window size and runs its preparation. A page that is the
     * document already shown is loaded afresh, so no state (open details, scripts' styles) carries over.
     */
    public void open(PageTypes.PageType type) {
        String url = BrowserSite.url(type.path());
        String current = driver.getCurrentUrl();
        if (current != null && withoutFragment(current).equals(withoutFragment(url))) {
            driver.get("about:blank");
        }
        driver.get(url);
        if (!Boolean.TRUE.equals(js("return getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim() !== ''"))) {
            throw new IllegalStateException(type + " (" + url + ") shows without the site's stylesheet: every layout check would be void; "
                    + js("return JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name, e.responseStatus, e.duration]))"
                    + " + ' ' + document.readyState + ' ' + [...document.styleSheets].map(s => s.href)"));
        }
        type.prepare().accept(this);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Runs a script in the page ({@code return …} gives its value). */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Emulates CSS media type {@code print} (true) or the screen again (false). */
    public void emulatePrint(boolean print) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public long clientWidth() {
        return number("return document.documentElement.clientWidth");
    }

    /**
     * Sizes the window so that the page's layout viewport ({@code documentElement.clientWidth}) is
     * exactly {@code width} CSS px, correcting for window chrome and a vertical scroll bar (measured on
     * the page shown, so call it after loading); keeps the window's height. Returns the width reached.
     */
    public long viewportWidth(int width) {
        Dimension size = driver.manage().window().getSize();
        int window = size.getWidth();
        for (int i = 0; i < 4; i++) {
            long now = clientWidth();
            if (now == width) {
                return now;
            }
            window += (int) (width - now);
            windowSize(window, size.getHeight());
        }
        return clientWidth();
    }

    /**
     * Makes the window tall enough to show the whole page (no vertical scrolling, so no scroll bar)
     * with the layout viewport {@code width} CSS px wide, for a full-page screenshot. Returns whether it got there.
     */
    public boolean fullPage(int width) {
        for (int i = 0; i < 6; i++) {
            @SuppressWarnings("unchecked")
            List<Number> m = (List<Number>) js("const d = document.documentElement;"
                    + " return [d.clientWidth, window.innerWidth, d.scrollHeight, window.innerHeight];");
            long clientWidth = m.get(0).longValue();
            long innerWidth = m.get(1).longValue();
            long scrollHeight = m.get(2).longValue();
            long innerHeight = m.get(3).longValue();
            if (clientWidth == width && innerWidth == width && innerHeight >= scrollHeight) {
                return true;
            }
            Dimension size = driver.manage().window().getSize();
            windowSize((int) (size.getWidth() + width - innerWidth),
                    (int) (size.getHeight() + Math.max(0, scrollHeight - innerHeight)));
        }
        return false;
    }
}
