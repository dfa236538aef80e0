package org.jobspecs.spec;

/**
 * A document the site links to: an adopted salary schedule, an MOU, a resolution.
 *
 * @param href an absolute address, or a path inside the site (a file of the asset folder)
 * @param size the size as the data states it ("1.2 MB"), for documents that live elsewhere; null when not given
 */
public record Document(String href, String size) { }
