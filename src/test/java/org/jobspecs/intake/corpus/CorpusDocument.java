package org.jobspecs.intake.corpus;

import java.util.List;

/**
 * One document of the import corpus and what import must make of it.
 *
 * @param name     the file name (its extension selects the reader)
 * @param style    the agency style it is written in
 * @param bytes    the document
 * @param specs    the specs expected in it, in order (empty when import must refuse it)
 * @param error    a phrase the error must contain when import must refuse the document, else null
 */
public record CorpusDocument(String name, String style, byte[] bytes, List<Expected> specs, String error) {

    /**
     * @param code      the class code
     * @param title     the title
     * @param sections  every section in order: the canonical name, or the heading kept under its own name
     * @param unplaced  whether some text must be left under "Unplaced"
     * @param register  the register fields the document states (unit, flsa, …)
     */
    public record Expected(String code, String title, List<String> sections, boolean unplaced, java.util.Map<String, String> register) {
        public Expected(String code, String title, List<String> sections, boolean unplaced) {
            this(code, title, sections, unplaced, java.util.Map.of());
        }

        public Expected with(String key, String value) {
            java.util.Map<String, String> r = new java.util.LinkedHashMap<>(register);
            r.put(key, value);
            return new Expected(code, title, sections, unplaced, r);
        }
    }

    public String format() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
