/**
 * The site's configuration, read from {@code jbake.properties} through JBake's own configuration
 * classes (so JBake's keys and defaults keep their meaning) and exposed as a typed
 * {@link org.jobspecs.config.SiteConfig}. The only package that touches JBake's configuration.
 */
package org.jobspecs.config;
