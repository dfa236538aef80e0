package org.jobspecs.browser;

import java.util.List;

/** Layout measurements in the page, shared by the reflow and text-resize tests. */
final class Layout {

    /** {@code describe(e)}: a short, readable name for an element in failure messages. */
    static final String DESCRIBE = """
            const describe = e => {
              let s = e.tagName.toLowerCase();
              if (e.id) s += '#' + e.id;
              if (typeof e.className === 'string' && e.className.trim()) s += '.' + e.className.trim().split(/\\s+/).join('.');
              const text = (e.textContent || '').replace(/\\s+/g, ' ').trim();
              return s + (text ? ' "' + (text.length > 60 ? text.slice(0, 57) + '…' : text) + '"' : '');
            };
            """;

    private Layout() {
    }

    /** Whether the page scrolls sideways: "scrollWidth W > clientWidth C", or null. */
    static String sidewaysScroll(Browser browser) {
        return (String) browser.js("""
                const d = document.documentElement;
                return d.scrollWidth > d.clientWidth ? 'scrollWidth ' + d.scrollWidth + ' > clientWidth ' + d.clientWidth : null;
                """);
    }

    /**
     * Visible elements (outside {@code .table-scroll} regions, which scroll by design) that reach past
     * the viewport's left or right edge, innermost first; also the page's root overflow when it hides
     * content instead of scrolling.
     */
    @SuppressWarnings("unchecked")
    static List<String> beyondViewport(Browser browser) {
        return (List<String>) browser.js(DESCRIBE + """
                const width = document.documentElement.clientWidth;
                const out = [];
                for (const v of [document.documentElement, document.body]) {
                  const o = getComputedStyle(v).overflowX;
                  if (o === 'hidden' || o === 'clip') out.push(v.tagName.toLowerCase() + ' has overflow-x: ' + o + ' (hides what does not fit)');
                }
                for (const e of document.body.querySelectorAll('*')) {
                  const scroller = e.parentElement && e.parentElement.closest('.table-scroll');
                  if (scroller) continue;
                  if (!e.checkVisibility({visibilityProperty: true})) continue;
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) continue;
                  if (r.right > width + 0.5 || r.left < -0.5) {
                    if (r.bottom < 0 && e.matches('.skip-link')) continue; // off-screen until focused
                    out.push(describe(e) + ' spans x ' + Math.round(r.left) + '…' + Math.round(r.right) + ' of ' + width);
                  }
                }
                return out.slice(0, 15);
                """);
    }

    /**
     * Elements that clip text: overflow hidden/clip (or an ellipsis) with content wider or taller than
     * their box, other than inside {@code .table-scroll} and visually-hidden (1 px) elements.
     */
    @SuppressWarnings("unchecked")
    static List<String> clippedText(Browser browser) {
        return (List<String>) browser.js(DESCRIBE + """
                const out = [];
                const hides = v => v === 'hidden' || v === 'clip';
                for (const e of document.body.querySelectorAll('*')) {
                  if (e.closest('.table-scroll')) continue;
                  const cs = getComputedStyle(e);
                  const ellipsis = cs.textOverflow === 'ellipsis';
                  if (!hides(cs.overflowX) && !hides(cs.overflowY) && !ellipsis) continue;
                  if (!e.checkVisibility({visibilityProperty: true})) continue;
                  if (!(e.textContent || '').trim()) continue;
                  if (e.clientWidth <= 1 && e.clientHeight <= 1) continue; // visually hidden on purpose
                  const wide = e.scrollWidth > e.clientWidth + 1;
                  const tall = e.scrollHeight > e.clientHeight + 1;
                  if (wide || tall) {
                    out.push(describe(e) + ' clips its text: scroll ' + e.scrollWidth + '×' + e.scrollHeight
                        + ' in client ' + e.clientWidth + '×' + e.clientHeight);
                  }
                }
                return out.slice(0, 15);
                """);
    }
}
