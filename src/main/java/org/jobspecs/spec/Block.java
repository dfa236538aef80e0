package org.jobspecs.spec;

import java.util.List;

/** A block of a section's body, with the source line it starts on. */
public sealed interface Block {

    int line();

    record Paragraph(List<Inline> content, int line) implements Block { }

    /** A heading below section level, e.g. "Other Duties". */
    record Subheading(List<Inline> content, int line) implements Block { }

    /**
     * A list. For an ordered list, {@code continues} says that its numbering carries on from the
     * ordered lists before it in the same section (the source numbered it from a number above 1);
     * {@code start} is that number, which the first ordered list of a section starts from.
     */
    record ItemList(boolean ordered, boolean continues, int start, List<ListItem> items, int line) implements Block {

        public ItemList(boolean ordered, boolean continues, List<ListItem> items, int line) {
            this(ordered, continues, 1, items, line);
        }
    }

    /**
     * A table, such as salary steps or a schedule of certificates.
     *
     * @param rows its rows of cells, each cell a run of inlines; the first row is the header row
     */
    record Table(List<List<List<Inline>>> rows, int line) implements Block { }

    /** One list item: usually one paragraph, sometimes with a nested list. */
    record ListItem(List<Block> blocks, int line) { }
}
