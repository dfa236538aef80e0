/**
 * What happens to rendered files: the whole-site link check (every internal link and anchor must
 * resolve) and the atomic publish of the output folder (build aside, swap in only on success, so a
 * failed build leaves the previous output exactly as it was). Depends on
 * {@link org.jobspecs.render} and {@link org.jobspecs.problem}.
 */
package org.jobspecs.output;
