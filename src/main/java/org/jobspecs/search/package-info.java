/**
 * Site search: a Lucene index of every class, built from the same page views the site is rendered
 * from, and its static export under {@code search/} for the browser client ({@code assets/js/search.js}).
 * The only package that touches Lucene. Depends on {@link org.jobspecs.site}.
 */
package org.jobspecs.search;
