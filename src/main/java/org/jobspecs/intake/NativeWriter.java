package org.jobspecs.intake;

import java.util.List;
import java.util.Map;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;

/**
 * Writes an imported spec in the generator's native format: a JBake header of {@code key=value}
 * lines closed by {@code ~~~~~~}, then one {@code ##} heading per section, paragraphs, {@code ###}
 * sub-headings, lists with their numbers, pipe tables, {@code ~~deleted~~} and
 * {@code [inserted](#)}. Text is escaped so that it reads back exactly as written.
 */
final class NativeWriter {

    private final StringBuilder out = new StringBuilder();

    private NativeWriter() {
    }

    static String write(ImportedSpec spec) {
        NativeWriter w = new NativeWriter();
        for (Map.Entry<String, String> e : spec.header().entrySet()) {
            w.out.append(e.getKey()).append('=').append(e.getValue().replaceAll("\\s+", " ").strip()).append('\n');
        }
        w.out.append("~~~~~~\n");
        for (Section section : spec.sections()) {
            w.out.append("\n## ").append(MarkdownText.inlines(section.heading())).append('\n');
            w.blocks(section.blocks(), "");
        }
        return w.out.toString();
    }

    private void blocks(List<Block> blocks, String indent) {
        int number = 0; // no ordered list yet
        for (Block block : blocks) {
            out.append('\n');
            if (block instanceof Block.Paragraph p) {
                out.append(indent).append(MarkdownText.paragraph(p.content(), indent)).append('\n');
            } else if (block instanceof Block.Subheading h) {
                out.append(indent).append("### ").append(MarkdownText.inlines(h.content())).append('\n');
            } else if (block instanceof Block.Table t) {
                table(t, indent);
            } else if (block instanceof Block.ItemList list) {
                if (list.ordered() && !list.continues()) {
                    number = 1;
                } else if (list.ordered() && (list.start() > 1 || number == 0)) {
                    number = Math.max(2, list.start()); // a list carrying on, numbered as the document numbers it
                }
                number = list(list, indent, number);
            }
        }
    }

    /** Writes a list; returns the number after its last item (for a list that carries on). */
    private int list(Block.ItemList list, String indent, int start) {
        int number = start;
        for (int i = 0; i < list.items().size(); i++) {
            Block.ListItem item = list.items().get(i);
            String marker = list.ordered() ? number + ". " : "- ";
            String inner = indent + " ".repeat(marker.length());
            List<Block> blocks = item.blocks();
            int from = 0;
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
                out.append(indent).append(marker).append(MarkdownText.paragraph(p.content(), inner)).append('\n');
                from = 1;
            } else {
                out.append(indent).append(marker.strip()).append('\n');
            }
            if (from < blocks.size()) {
                blocks(blocks.subList(from, blocks.size()), inner);
            }
            number++;
        }
        return number;
    }

    private void table(Block.Table table, String indent) {
        List<List<List<Inline>>> rows = table.rows();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            out.append(indent).append('|');
            for (int c = 0; c < columns; c++) {
                List<Inline> cell = c < rows.get(r).size() ? rows.get(r).get(c) : List.of();
                out.append(' ').append(MarkdownText.inlines(cell).replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append(indent).append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
    }
}
