package org.jobspecs.site;

import java.util.Map;
import java.util.stream.Collectors;
import org.jobspecs.config.SiteConfig;

/** Makes the {@link PageMeta} of each page from its address. */
final class MetaFactory {

    private final SiteView site;
    private final String host;

    MetaFactory(SiteConfig config) {
        this(config, false);
    }

    /** @param openings whether the site has an "Open positions" page (issue 13), which the menu then links to */
    MetaFactory(SiteConfig config, boolean openings) {
        this.host = config.siteHost();
        this.site = new SiteView(config.title(), config.agency(), config.footer(), config.logo(), themeCss(config.theme()),
                ListingPay.note(new PayRule(config.payHoursPerYear())),
                openings ? Paths.OPENINGS : "");
    }

    PageMeta of(String path, String title, String area, String description) {
        return new PageMeta(site, Paths.root(path), path, title, absolute(path), area, description);
    }

    /** A page served at any address (the 404 page): links start from the site's absolute root. */
    PageMeta anywhere(String path, String title, String description) {
        return new PageMeta(site, host.isEmpty() ? "/" : host + "/", path, title, "", "", description);
    }

    /** The absolute address of a site path, or empty when {@code site.host} is not set. */
    String absolute(String path) {
        return host.isEmpty() ? "" : host + "/" + path;
    }

    private static String themeCss(Map<String, String> theme) {
        return theme.entrySet().stream()
                .map(e -> "--" + e.getKey().replace('.', '-') + ": " + e.getValue() + ";")
                .collect(Collectors.joining(" "));
    }
}
