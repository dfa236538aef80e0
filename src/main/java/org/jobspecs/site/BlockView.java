package org.jobspecs.site;

import java.util.List;
import org.jobspecs.spec.Inline;

/**
 * A block of a section as a page shows it. In the approved text, inlines hold no redline marks;
 * in the redline (the "changes" section) they keep {@link Inline.Deleted} and {@link Inline.Inserted}.
 */
public sealed interface BlockView {

    record Paragraph(List<Inline> content) implements BlockView { }

    record Subheading(List<Inline> content) implements BlockView { }

    record ItemList(boolean ordered, List<Item> items) implements BlockView { }

    /**
     * A table.
     *
     * @param head       the header row's cells
     * @param rows       the body rows, each with as many cells as the header row
     * @param rowHeaders whether the first column labels the rows (the source left the header row's first cell empty)
     * @param label      the accessible name of the region the table scrolls in, e.g. "Salary Steps table"
     */
    record Table(List<List<Inline>> head, List<List<List<Inline>>> rows, boolean rowHeaders, String label) implements BlockView { }

    /**
     * @param number  the visible number in an ordered list, 0 for bullets and for items the change deleted
     * @param deleted whether the approved change deleted the whole item (redline only)
     */
    record Item(int number, boolean deleted, List<BlockView> blocks) { }
}
