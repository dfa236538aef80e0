package org.jobspecs.site;

/** The site's addresses, all relative to its root and ending in "/" for folders. */
final class Paths {

    static final String AZ = "classes/";
    static final String ARCHIVE = "archive/";
    static final String DEPARTMENTS = "departments/";
    static final String SERIES = "series/";
    static final String SALARY = "salary/";
    static final String UNITS = "units/";
    static final String SEARCH = "search/";
    static final String OPENINGS = "openings/";

    private Paths() {
    }

    static String classPage(String code) {
        return AZ + code + "/";
    }

    /** Issue 14: the list of a class's approved versions. */
    static String versions(String code) {
        return classPage(code) + "versions/";
    }

    /** Issue 14: one approved version's text; {@code key} is its approval date (YYYY-MM-DD). */
    static String version(String code, String key) {
        return versions(code) + key + "/";
    }

    /** Issue 14: what one approved version changed from the version before. */
    static String versionChanges(String code, String key) {
        return version(code, key) + "changes/";
    }

    static String schedule(String id) {
        return SALARY + id + "/";
    }

    /** The anchor of a class's row in a schedule table. */
    static String scheduleRow(String code) {
        return "class-" + code;
    }

    static String unit(String id) {
        return UNITS + id + "/";
    }

    static String series(String id) {
        return SERIES + id + "/";
    }

    static String department(String name) {
        return DEPARTMENTS + "#" + Format.slug(name);
    }

    /** The file a page address is written to. */
    static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** "../" once per folder level of the address. */
    static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
