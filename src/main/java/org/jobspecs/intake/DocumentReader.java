package org.jobspecs.intake;

import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

/**
 * Reads one document format into an {@link ImportDocument}. A document that cannot be read (a
 * scan with no text layer, a damaged or encrypted file) is an error in {@code problems} with what
 * to do, never an empty import.
 */
public interface DocumentReader {

    /**
     * @param bytes the file's content
     * @param file  the file, for messages
     * @return the document, or an empty one after reporting an error
     */
    ImportDocument read(byte[] bytes, Location file, Problems problems);
}
