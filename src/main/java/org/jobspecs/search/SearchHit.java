package org.jobspecs.search;

/** A ranked result: the document's place in class-code order, the class and its score. */
public record SearchHit(int doc, SearchDocument document, float score) { }
