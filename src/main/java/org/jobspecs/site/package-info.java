/**
 * The page plan: every page of the site with its address, its template and the view object the
 * template sees. Views are plain records of display-ready values (formatted dates and amounts,
 * site-relative links, the approved text with the redline resolved); templates never see the
 * catalog, the readers or JBake. Listings are computed once here. A live build hands the planner a
 * {@link org.jobspecs.site.PlanMemo}, so that a class page whose inputs did not change, and the other
 * pages while the catalog's facts did not, are the same objects as last time. Depends on
 * {@link org.jobspecs.catalog}, {@link org.jobspecs.spec} and {@link org.jobspecs.config}.
 */
package org.jobspecs.site;
