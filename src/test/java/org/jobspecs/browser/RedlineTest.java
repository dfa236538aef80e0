package org.jobspecs.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The redline never relies on colour or strike-through alone: every {@code del} and {@code ins}
 * starts with a visible word label ("deleted:" / "added:"), on screen and in print, so screen
 * readers (which announce neither) and greyscale printers keep the meaning.
 */
class RedlineTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** For each del/ins: problems with its label; plus counts. */
    static final String CHECK_LABELS = """
            const problems = [];
            const marks = [...document.querySelectorAll('del, ins')];
            const shown = e => {
              if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true})) return 'not rendered';
              const cs = getComputedStyle(e);
              if (cs.display === 'none') return 'display: none';
              const r = e.getBoundingClientRect();
              if (r.width <= 2 || r.height <= 2) return 'visually hidden (' + r.width + '×' + r.height + ' px)';
              if (cs.clip && cs.clip !== 'auto' && cs.position === 'absolute') return 'clipped away (' + cs.clip + ')';
              if (cs.clipPath && cs.clipPath !== 'none') return 'clip-path ' + cs.clipPath;
              if (cs.position === 'absolute' && (r.right < 0 || r.left > document.documentElement.scrollWidth)) return 'moved off-screen';
              if (parseFloat(cs.fontSize) < 6) return 'font-size ' + cs.fontSize;
              if (cs.color === cs.backgroundColor || cs.color === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(cs.color)) return 'invisible colour ' + cs.color;
              return null;
            };
            for (const m of marks) {
              const where = m.tagName.toLowerCase() + ' "' + m.textContent.replace(/\\s+/g, ' ').trim().slice(0, 50) + '"';
              const first = [...m.childNodes].find(n => !(n.nodeType === 3 && !n.textContent.trim()));
              const want = m.tagName === 'DEL' ? 'deleted:' : 'added:';
              if (!first || first.nodeType !== 1 || !first.matches('.redline-label')) {
                problems.push(where + ' does not start with a .redline-label');
                continue;
              }
              if (first.textContent.trim() !== want) problems.push(where + ' is labelled "' + first.textContent.trim() + '", not "' + want + '"');
              const hidden = shown(first);
              if (hidden) problems.push(where + ': its label is ' + hidden);
            }
            return {problems: problems, del: marks.filter(m => m.tagName === 'DEL').length, ins: marks.filter(m => m.tagName === 'INS').length};
            """;

    @BeforeAll
    static void open() {
        browser.open(PageTypes.named("class-changes-open"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels() {
        return (Map<String, Object>) browser.js(CHECK_LABELS);
    }

    private static void assertLabelled(String medium) {
        Map<String, Object> result = labels();
        long del = ((Number) result.get("del")).longValue();
        long ins = ((Number) result.get("ins")).longValue();
        assertTrue(del >= 2 && ins >= 2, medium + ": the seed's redline has deletions and insertions besides the key: " + result);
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) result.get("problems");
        assertTrue(problems.isEmpty(), medium + ": " + problems);
    }

    @Test
    void everyDeletionAndInsertionStartsWithAVisibleWordLabelOnScreen() {
        assertLabelled("on screen");
    }

    @Test
    void theLabelsAreStillDisplayedInPrint() {
        try {
            browser.emulatePrint(true);
            assertTrue((Boolean) browser.js("return matchMedia('print').matches"), "print media is emulated");
            assertLabelled("in print");
        } finally {
            browser.emulatePrint(false);
        }
    }

    @Test
    void theLabelsAreReadAsTextNotHiddenFromAssistiveTechnology() {
        @SuppressWarnings("unchecked")
        List<String> hidden = (List<String>) browser.js("""
                return [...document.querySelectorAll('.redline-label')]
                    .filter(l => l.closest('[aria-hidden="true"]') || getComputedStyle(l).speak === 'never'
                        || (l.textContent.trim() !== 'deleted:' && l.textContent.trim() !== 'added:'))
                    .map(l => l.outerHTML);
                """);
        assertTrue(hidden.isEmpty(), "labels hidden from screen readers or with other words: " + hidden);
    }
}
