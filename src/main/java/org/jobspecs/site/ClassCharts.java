package org.jobspecs.site;

import org.jobspecs.site.chart.BarChart;
import org.jobspecs.site.chart.PayHistory;

/**
 * The pictures of a class page (issue 13): its pay in every schedule, and its series' career ladder
 * with this class marked. Either may be null (fewer than two schedules; no series).
 */
public record ClassCharts(PayHistory history, BarChart ladder) { }
