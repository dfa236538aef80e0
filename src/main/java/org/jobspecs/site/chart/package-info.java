/**
 * Pictures of pay (issue 13, part 5), made at build time: the geometry of each picture (coordinates,
 * tick marks, labels) and the same data as table rows and a one-line summary, as plain records that
 * {@code templates/charts.ftl} draws as inline SVG. Three pictures: a series' career ladder
 * ({@link org.jobspecs.site.chart.Bars#ladder}), a class's pay in every schedule
 * ({@link org.jobspecs.site.chart.PayHistory#of}) and the pay across a unit or department
 * ({@link org.jobspecs.site.chart.Bars#spread}). Pure geometry: it knows amounts, not the catalog;
 * {@code org.jobspecs.site} converts pay to the pictures' base and hands it over. Uses no other
 * jobspecs package.
 */
package org.jobspecs.site.chart;
