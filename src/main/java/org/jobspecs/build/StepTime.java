package org.jobspecs.build;

/** How long one step of the build took, in milliseconds. */
public record StepTime(String step, long millis) { }
