/**
 * {@code jobspecs serve}: a static file server for previewing a site (loopback address unless told
 * otherwise; only regular files inside its folder, no path traversal), a watcher of the site's
 * sources, and live reload (a script added to pages only while serving, fed by Server-Sent Events:
 * reload after a good rebuild, the problems of a broken one). {@link org.jobspecs.serve.LiveSite}
 * ties them to a {@link org.jobspecs.build.LiveBuild}. Depends on {@link org.jobspecs.build} and
 * {@link org.jobspecs.problem}; never prints (the command line does).
 */
package org.jobspecs.serve;
