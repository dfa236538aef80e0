/**
 * The domain model: immutable records for job classes, their sections and redline, approvals,
 * pay, bargaining units, benefits and class series, as read from sources ({@code *Source},
 * {@code *Row} records, which keep source locations) and as joined into a catalog
 * ({@link org.jobspecs.spec.JobClass} and friends). Depends on the JDK and
 * {@link org.jobspecs.problem} only.
 */
package org.jobspecs.spec;
