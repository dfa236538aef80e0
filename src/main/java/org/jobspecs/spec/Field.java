package org.jobspecs.spec;

/** A metadata value as written in a source, with the line it is on (for messages). */
public record Field(String value, int line) { }
