package org.jobspecs.site;

/**
 * Issue 15: the bytes of a data file made only when the file is written, so that a plan does not
 * hold them (the open-data files of 100,000 classes are some 80 MB).
 */
@FunctionalInterface
public interface DataFile {

    /** The file's bytes, made now. */
    byte[] bytes();
}
