/**
 * The changes between two approved versions of a spec (issue 14), word by word: which sections
 * changed, were added or were removed, and each changed section's text with the deleted and the
 * added words marked as {@link org.jobspecs.spec.Inline.Deleted} and {@link org.jobspecs.spec.Inline.Inserted}
 * (the marks a redline source carries), so that a page shows them as it shows a redline. The
 * sequences are compared by java-diff-utils (Myers' algorithm); this package is the only one that
 * uses it. Pure: specs' sections in, marked sections and counts out; uses no jobspecs package but
 * {@link org.jobspecs.spec}.
 */
package org.jobspecs.site.diff;
