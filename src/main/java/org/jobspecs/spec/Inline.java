package org.jobspecs.spec;

import java.util.List;

/**
 * A run of text inside a paragraph, list item or heading. {@link Deleted} and {@link Inserted}
 * carry the redline: the approved text drops deletions and keeps insertions as plain text.
 */
public sealed interface Inline {

    /** Plain text, exactly as adopted. */
    record Text(String text) implements Inline { }

    /** Text struck out by the approved change. */
    record Deleted(List<Inline> content) implements Inline { }

    /** Text added by the approved change. */
    record Inserted(List<Inline> content) implements Inline { }

    record Emphasis(List<Inline> content) implements Inline { }

    record Strong(List<Inline> content) implements Inline { }

    /** A link whose address was checked to be safe (http, https, mailto, tel or relative). */
    record Link(String href, List<Inline> content) implements Inline { }

    /** A hard line break inside a paragraph. */
    record LineBreak() implements Inline { }
}
