package org.jobspecs.spec;

/** One benefit that comes with a unit or group, e.g. "Medical" and a one-sentence summary. */
public record Benefit(String name, String summary) { }
