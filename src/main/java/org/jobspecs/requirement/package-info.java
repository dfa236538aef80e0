/**
 * What a class needs (issue 13): the minimum education, the months and kind of experience, the
 * licences and certificates, and whether the class is entry-level, read at build time from a
 * spec's employment standards, education and experience, licences and other requirements sections.
 * Pure functions over {@link org.jobspecs.spec.Section}s; where the text is ambiguous (alternative
 * paths that differ, "may be required for some positions", "desirable") they say nothing.
 * Depends on {@link org.jobspecs.spec} only; the site turns the result into the class page's
 * "What you need" box, its schema.org requirements and its search facets.
 */
package org.jobspecs.requirement;
