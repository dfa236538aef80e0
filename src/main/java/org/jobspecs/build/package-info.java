/**
 * Orders the build as named, timed steps — configuration, load sources, parse, catalog, plan,
 * render, check links, publish — and collects every problem of the run into one report
 * ({@link org.jobspecs.build.SiteBuild}). {@link org.jobspecs.build.LiveBuild} is the same build kept
 * alive between the rebuilds of {@code serve}: it redoes only what an edit affects and writes the
 * same bytes in place. Never prints and never exits: the command line does that. Depends on every
 * stage package.
 */
package org.jobspecs.build;
