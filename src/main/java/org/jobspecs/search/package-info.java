/**
 * Site search: a Lucene index of every class ({@link org.jobspecs.search.SearchIndex}), built from
 * the same page views the site is rendered from, which ranks the {@code search} command's and serve's
 * queries, and the static export under {@code search/} for the browser client
 * ({@code assets/js/search.js}). A build writes the export from the postings of the class pages'
 * fields counted directly ({@link org.jobspecs.search.SitePostings}, issue 15), which the tests
 * compare byte for byte with the export of the Lucene index. The only package that touches Lucene.
 * Depends on {@link org.jobspecs.site}.
 */
package org.jobspecs.search;
