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
 */
public record PageMeta(SiteView site, String root, String path, String title, String canonical, String area,
                       String description) { }
