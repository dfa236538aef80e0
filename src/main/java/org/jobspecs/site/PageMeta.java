package org.jobspecs.site;

/**
 * What the layout needs for every page.
 *
 * @param root      the relative path from this page to the site root ("../../"; "" at the root)
 * @param path      this page's site-relative address ("classes/7565/")
 * @param title     the page's {@code <title>}
 * @param canonical the absolute address when {@code site.host} is set, else empty
 * @param area      which top navigation item is current: home, classes, departments, series, salary, units
 * @param description a one-sentence summary for {@code <meta name="description">}
 * @param feed      the Atom feed that follows this page's changes (issue 14), linked from its head, or null
 */
public record PageMeta(SiteView site, String root, String path, String title, String canonical, String area,
                       String description, Feed feed) {

    /** A page without a feed. */
    public PageMeta(SiteView site, String root, String path, String title, String canonical, String area, String description) {
        this(site, root, path, title, canonical, area, description, null);
    }

    /** An Atom feed: its site-relative address and the title its link gives. */
    public record Feed(String href, String title) { }

    /** The same page, with a feed (issue 14). */
    public PageMeta withFeed(Feed f) {
        return new PageMeta(site, root, path, title, canonical, area, description, f);
    }
}
