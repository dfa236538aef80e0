package org.jobspecs.spec;

import java.lang.ref.WeakReference;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Issue 15: a spec's sections that are not held in memory but read again from the source each time
 * they are asked for. A catalog too large for the heap holds these instead of the parsed sections
 * (100,000 demo classes take about 1.5 GB parsed, 2.6 bytes of heap per byte of source).
 *
 * <p>The list is equal to the one first parsed, element by element, and it is the same object every
 * time (what is derived from a spec's sections may be remembered by its identity). The last reading is
 * kept until the garbage collector takes it, so that a page made from several looks at the same
 * sections mostly reads them once. (Kept softly, the readings of the similar classes' pass filled a
 * 1.5 GB heap at 100,000 classes: the serial collector keeps what was used in the last seconds, and
 * the build stopped, out of heap.)
 * Iterating, streaming and {@code forEach} read the sections once. Whether they have redline marks is
 * known without reading them.
 */
public final class RereadSections extends AbstractList<Section> implements RandomAccess {

    private final int size;
    private final Supplier<List<Section>> reader;
    /** Whether the sections have redline marks: known without reading them again ({@link Redline#anyMarks}). */
    private final boolean marked;
    private volatile WeakReference<List<Section>> last;

    /**
     * @param first  the sections as first parsed (only their number is kept)
     * @param reader reads them again; throws when the source is no longer the one first parsed
     */
    public RereadSections(List<Section> first, Supplier<List<Section>> reader) {
        this.size = first.size();
        this.marked = Redline.anyMarks(first);
        this.reader = reader;
        this.last = new WeakReference<>(null);
    }

    /**
     * The heap that the parsed sections of a source file of this many bytes take, about: measured 2.6
     * bytes per byte (445 MB for the 172 MB of spec sources of the 30,000-class demo catalog).
     */
    public static long heapEstimate(long sourceBytes) {
        return sourceBytes * 13 / 5;
    }

    /** The sections, read again unless the last reading is still in memory. */
    public List<Section> read() {
        List<Section> sections = last.get();
        if (sections == null) {
            sections = List.copyOf(reader.get());
            if (sections.size() != size) {
                throw new IllegalStateException("the source read again has " + sections.size() + " sections, not " + size);
            }
            last = new WeakReference<>(sections);
        }
        return sections;
    }

    /** Whether the sections have redline marks (the catalog asks it of every spec). */
    boolean anyMarks() {
        return marked;
    }

    @Override
    public Section get(int index) {
        return read().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Section> iterator() {
        return read().iterator();
    }

    @Override
    public Spliterator<Section> spliterator() {
        return read().spliterator();
    }

    @Override
    public void forEach(Consumer<? super Section> action) {
        read().forEach(action);
    }
}
