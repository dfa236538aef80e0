package org.jobspecs.site;

import java.util.List;

/**
 * Every page of the site, in a fixed order (so output is deterministic).
 *
 * @param classPages how many of the pages are class pages
 */
public record SitePlan(List<Page> pages, int classPages) { }
