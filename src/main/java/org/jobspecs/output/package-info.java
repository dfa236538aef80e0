/**
 * What happens to rendered files: the whole-site link check (every internal link and anchor must
 * resolve; {@link org.jobspecs.output.LinkIndex} keeps its scans between the rebuilds of
 * {@code serve}), the atomic publish of {@code build} (build aside, swap in only on success, so a
 * failed build leaves the previous output exactly as it was), and {@code serve}'s output folder,
 * updated in place file by file ({@link org.jobspecs.output.LiveOutput}). Depends on
 * {@link org.jobspecs.render} and {@link org.jobspecs.problem}.
 */
package org.jobspecs.output;
