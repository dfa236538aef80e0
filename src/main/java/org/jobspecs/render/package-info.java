/**
 * Renders the page plan to bytes with FreeMarker (the templates of the site's template folder,
 * HTML auto-escaped) and copies the site's assets with JBake's asset handling. The only package
 * that touches FreeMarker or JBake's rendering side. Section bodies are written by
 * {@link org.jobspecs.render.BodyHtml}, exposed to templates as the {@code body} and {@code text}
 * directives.
 */
package org.jobspecs.render;
