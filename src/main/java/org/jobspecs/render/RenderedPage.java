package org.jobspecs.render;

/** A rendered file: its path in the output folder and its bytes (UTF-8 for text). */
public record RenderedPage(String output, byte[] bytes) { }
