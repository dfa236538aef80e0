package org.jobspecs.source;

import java.util.List;
import java.util.Map;
import org.jobspecs.spec.Field;

/**
 * A source's metadata header and where its body starts.
 *
 * @param values    scalar values by normalised key ({@link HeaderParser#normaliseKey})
 * @param lists     list values (YAML sequences) by normalised key, each item a map of scalar fields
 * @param body      the text after the header
 * @param bodyLine  the 1-based line of the body's first line in the file
 */
record Header(Map<String, Field> values, Map<String, List<Map<String, Field>>> lists, String body, int bodyLine) { }
