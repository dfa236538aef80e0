/**
 * The page plan: every page of the site with its address, its template and the view object the
 * template sees. Views are plain records of display-ready values (formatted dates and amounts,
 * site-relative links, the approved text with the redline resolved); templates never see the
 * catalog, the readers or JBake. Listings are computed once here. Depends on
 * {@link org.jobspecs.catalog}, {@link org.jobspecs.spec} and {@link org.jobspecs.config}.
 */
package org.jobspecs.site;
