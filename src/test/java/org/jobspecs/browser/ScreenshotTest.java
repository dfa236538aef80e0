package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.OutputType;

/**
 * Full-height screenshots of every page type on a phone (375 CSS px) and a desktop (1280 CSS px),
 * written to {@code target/screenshots/<page-type>-<width>.png} for people to look at.
 */
class ScreenshotTest {

    static final Path DIR = Path.of("target", "screenshots");

    @RegisterExtension
    static final Browser browser = new Browser();

    static Stream<Arguments> pagesAndWidths() {
        return Stream.of(375, 1280).flatMap(w -> PageTypes.all().map(p -> Arguments.of(p, w)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void screenshot(PageTypes.PageType page, int width) throws IOException {
        browser.windowSize(width, Browser.HEIGHT);
        browser.open(page);
        assertTrue(browser.fullPage(width), page + ": the window shows the whole page " + width + " px wide");
        long scrollHeight = browser.number("return document.documentElement.scrollHeight");
        byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(DIR);
        Path file = DIR.resolve(page.name() + "-" + width + ".png");
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth(), file + ": the shot is the layout viewport's width");
        assertTrue(image.getHeight() >= scrollHeight, file + ": the shot (" + image.getHeight() + " px) shows the whole page ("
                + scrollHeight + " px)");
    }
}
