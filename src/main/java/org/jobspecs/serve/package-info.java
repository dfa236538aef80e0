/**
 * A small static file server for previewing a built site on the loopback address. Serves only
 * files inside its folder (no path traversal). Depends on the JDK only.
 */
package org.jobspecs.serve;
