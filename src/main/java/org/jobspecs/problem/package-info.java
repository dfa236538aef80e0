/**
 * Problems found while building a site: errors (which stop publishing) and notices (which do not),
 * each with the file and line it concerns and what to do about it. Every stage reports into a
 * {@link org.jobspecs.problem.Problems} collector so that all problems of a run are listed together.
 * Depends on the JDK only.
 */
package org.jobspecs.problem;
