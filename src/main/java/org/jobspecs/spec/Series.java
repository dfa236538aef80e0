package org.jobspecs.spec;

/** A class series: related classes at rising levels, e.g. the customer-service series. */
public record Series(String id, String title, String summary) { }
