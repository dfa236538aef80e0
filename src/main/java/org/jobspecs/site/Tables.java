package org.jobspecs.site;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;

/**
 * The tables of a section as a page shows them. The approved text resolves the redline in every
 * cell and leaves out the rows the change emptied (the whole table when it emptied every cell);
 * the redline keeps every row and mark.
 */
final class Tables {

    private Tables() {
    }

    /** Names a section's tables in reading order: "Salary Steps table", then "Salary Steps table 2". */
    static final class Names {
        private final String context;
        private int count;

        /** @param context what the tables are in, e.g. the section's name */
        Names(String context) {
            this.context = context.isBlank() ? "Table" : context + " table";
        }

        String next() {
            count++;
            return count == 1 ? context : context + " " + count;
        }
    }

    /** The approved table, or null when the change emptied every cell. */
    static BlockView.Table approved(Block.Table table, Names names) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (List<List<Inline>> row : table.rows()) {
            rows.add(row.stream().map(ApprovedText::inlines).toList());
        }
        if (rows.stream().allMatch(Tables::isBlank)) {
            return null;
        }
        List<List<Inline>> head = rows.isEmpty() ? List.of() : rows.get(0);
        List<List<List<Inline>>> body = rows.stream().skip(1).filter(row -> !isBlank(row)).toList();
        return new BlockView.Table(head, body, rowHeaders(head, body), names.next());
    }

    /** The table with every row and mark. */
    static BlockView.Table redline(Block.Table table, Names names) {
        List<List<List<Inline>>> rows = table.rows();
        List<List<Inline>> head = rows.isEmpty() ? List.of() : rows.get(0);
        List<List<List<Inline>>> body = rows.stream().skip(1).toList();
        boolean rowHeaders = rowHeaders(head.stream().map(ApprovedText::inlines).toList(), body);
        return new BlockView.Table(head, body, rowHeaders, names.next());
    }

    /** A header row whose first cell is empty heads a table whose first column labels the rows. */
    private static boolean rowHeaders(List<List<Inline>> approvedHead, List<List<List<Inline>>> body) {
        return approvedHead.size() > 1 && !body.isEmpty() && ApprovedText.isBlank(approvedHead.get(0));
    }

    static boolean hasMarks(Block.Table table) {
        return table.rows().stream().flatMap(List::stream).anyMatch(ApprovedText::hasMarks);
    }

    /** Appends the plain words of every cell that has any, header row first, each followed by a space. */
    static void words(BlockView.Table table, StringBuilder sb) {
        List<List<Inline>> cells = new ArrayList<>(table.head());
        table.rows().forEach(cells::addAll);
        for (List<Inline> cell : cells) {
            String words = ApprovedText.approvedPlain(cell);
            if (!words.isEmpty()) {
                sb.append(words).append(' ');
            }
        }
    }

    private static boolean isBlank(List<List<Inline>> row) {
        return row.stream().allMatch(ApprovedText::isBlank);
    }
}
