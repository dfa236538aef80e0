/**
 * Publishing a built site to a folder (a web server's document root, a mounted share): copies only
 * the files that changed, deletes the files an earlier publish wrote that the site no longer has,
 * and never touches a file it did not write. What it wrote is kept in a manifest at the destination
 * ({@value org.jobspecs.publish.Manifest#NAME}).
 */
package org.jobspecs.publish;
