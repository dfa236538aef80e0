package org.jobspecs.intake;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;

/**
 * Turns the pieces of one section into blocks: paragraphs, sub-headings, tables, and lists built
 * from consecutive items, nested by depth, numbered on from an earlier list when the document's
 * first number is above 1.
 */
final class BodyBuilder {

    private final List<Block> blocks = new ArrayList<>();
    private final List<Para> items = new ArrayList<>();

    void paragraph(Para para) {
        flushList();
        blocks.add(new Block.Paragraph(para.content(), para.line()));
    }

    void subheading(Para para) {
        flushList();
        blocks.add(new Block.Subheading(para.content(), para.line()));
    }

    void item(Para para) {
        items.add(para);
    }

    void table(Para para) {
        flushList();
        List<List<List<Inline>>> rows = para.cells().stream()
                .map(row -> row.stream().map(cell -> cell.isEmpty() ? List.<Inline>of() : List.<Inline>of(new Inline.Text(cell))).toList())
                .toList();
        blocks.add(new Block.Table(rows, para.line()));
    }

    boolean isEmpty() {
        return blocks.isEmpty() && items.isEmpty();
    }

    List<Block> build() {
        flushList();
        return List.copyOf(blocks);
    }

    private void flushList() {
        if (!items.isEmpty()) {
            int[] at = {0};
            blocks.add(list(at, items.get(0).level()));
            items.clear();
        }
    }

    /** The list at {@code depth} starting at items[at], consuming its items and deeper ones nested in them. */
    private Block.ItemList list(int[] at, int depth) {
        Para first = items.get(at[0]);
        boolean ordered = orderedFrom(at[0]);
        int firstNumber = Numbering.value(first.label());
        List<Block.ListItem> listItems = new ArrayList<>();
        while (at[0] < items.size() && items.get(at[0]).level() >= depth) {
            Para item = items.get(at[0]);
            if (item.level() > depth && !listItems.isEmpty()) {
                Block.ListItem last = listItems.remove(listItems.size() - 1);
                List<Block> inner = new ArrayList<>(last.blocks());
                inner.add(list(at, item.level()));
                listItems.add(new Block.ListItem(List.copyOf(inner), last.line()));
                continue;
            }
            listItems.add(new Block.ListItem(List.of(new Block.Paragraph(item.content(), item.line())), item.line()));
            at[0]++;
        }
        return new Block.ItemList(ordered, ordered && firstNumber > 1, Math.max(1, firstNumber), List.copyOf(listItems), first.line());
    }

    /** A list is numbered when its first labelled item is (fully deleted items carry no label). */
    private boolean orderedFrom(int index) {
        int depth = items.get(index).level();
        for (int i = index; i < items.size() && items.get(i).level() >= depth; i++) {
            if (items.get(i).level() == depth && !items.get(i).label().isEmpty()) {
                return Numbering.ordered(items.get(i).label());
            }
        }
        return false;
    }
}
