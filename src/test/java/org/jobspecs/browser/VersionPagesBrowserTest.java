package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Issue 14: the version pages of the seed, in Chromium. On paper an old version still says first
 * that it is old (its banner prints, the navigation does not) and a changes page keeps its words
 * "deleted:" and "added:" (black ink: no colour to tell them apart); no text is cut off at the
 * margins. The PDFs are kept in {@code target/print/} for a look. Axe, reflow at 320 px, keyboard
 * and screenshots cover these pages through {@link PageTypes}.
 */
class VersionPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"class-versions", "class-version", "class-version-changes"})
    void printsCleanlyAndSaysWhatItIs(String name) throws IOException {
        browser.open(PageTypes.named(name));
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(27.94, 21.59)); // US Letter
        options.setBackground(false);
        byte[] printed = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path file = Path.of("target", "print", name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, printed);
        try (PDDocument document = Loader.loadPDF(printed)) {
            PrintTest.PositionStripper stripper = new PrintTest.PositionStripper();
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(stripper.outsideContentArea(document.getPage(0).getMediaBox().getWidth()).isEmpty(),
                    name + ": text cut off at the margins: " + stripper.outsideContentArea(document.getPage(0).getMediaBox().getWidth()));
            assertFalse(text.contains("Skip to main content") || text.contains("Units and benefits"), name + ": no navigation printed: " + text);
            switch (name) {
                case "class-version" -> {
                    assertTrue(text.contains("This version was approved on July 1, 2009 by the Civil Service Board and replaced on October 8, 2025."), text);
                    assertTrue(text.contains("Version approved July 1, 2009"), "the print header dates the text: " + text);
                }
                case "class-version-changes" -> {
                    assertTrue(text.contains("DELETED: Assistant General Manager – Customer Services ADDED: Supervisor or designee"), "the labels print (upper case, as on screen): " + text);
                }
                default -> assertTrue(text.contains("Versions of Lead Customer Service Representative") && text.contains("July 1, 2009"), text);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"class-version", "class-version-changes"})
    void theMarksAreLabelledInWordsAndTheBannerComesBeforeTheText(String name) {
        browser.open(PageTypes.named(name));
        var banner = browser.driver().findElement(By.cssSelector(".version-banner"));
        var firstSection = browser.driver().findElement(By.cssSelector("section.spec-section"));
        assertTrue(banner.getLocation().getY() < firstSection.getLocation().getY(), "the banner is read before the text");
        for (var mark : browser.driver().findElements(By.cssSelector("main del, main ins"))) {
            String label = mark.findElement(By.cssSelector(".redline-label")).getText().toLowerCase(java.util.Locale.ROOT);
            assertEquals(mark.getTagName().equals("del") ? "deleted:" : "added:", label, "every mark says what it is in words");
        }
    }
}
