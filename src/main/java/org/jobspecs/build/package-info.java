/**
 * Orders the build as named, timed steps — configuration, load sources, parse, catalog, plan,
 * render, check links, publish — and collects every problem of the run into one report. Never
 * prints and never exits: the command line does that. Depends on every stage package.
 */
package org.jobspecs.build;
