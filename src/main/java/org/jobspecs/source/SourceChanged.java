package org.jobspecs.source;

/**
 * Issue 15: a spec source read again during a build (its sections were not held in memory) is no
 * longer the file first read: it was edited, moved or deleted while the site was built. The build
 * cannot finish from one consistent set of sources, so it stops and reports the file; nothing is
 * published.
 */
public final class SourceChanged extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file the file, relative to the source folder
     * @param what what happened to it ("changed", "can no longer be read (…)")
     */
    public SourceChanged(String file, String what) {
        super(what + " while the site was built");
        this.file = file;
    }

    /** The file, relative to the source folder. */
    public String file() {
        return file;
    }

    /** The first {@code SourceChanged} among a throwable and its causes, or null. */
    public static SourceChanged in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SourceChanged changed) {
                return changed;
            }
        }
        return null;
    }
}
