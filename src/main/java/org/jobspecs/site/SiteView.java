package org.jobspecs.site;

/**
 * What every page shows about the site.
 *
 * @param logo     the logo's site-relative path, or empty
 * @param themeCss CSS custom properties set from {@code theme.*} keys, e.g. {@code --color-brand: #1d4f91;}
 * @param payNote  what listings say of the pay they show (issue 13): one base, and the rule of computed figures
 * @param openings the "Open positions" page's address ("openings/") when the site has {@code data/openings.csv}, else empty
 */
public record SiteView(String title, String agency, String footer, String logo, String themeCss, String payNote, String openings) { }
