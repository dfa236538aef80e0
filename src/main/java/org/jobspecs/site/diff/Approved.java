package org.jobspecs.site.diff;

import java.util.ArrayList;
import java.util.List;
import org.jobspecs.spec.Block;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Section;

/**
 * A spec's approved text as sections: deletions dropped, insertions kept as plain text, and
 * whatever that empties left out (a paragraph, list item, table row or whole section). Versions
 * read from history are plain already; the current source may be a redline.
 */
final class Approved {

    private Approved() {
    }

    static List<Section> sections(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Block> blocks = blocks(s.blocks());
            if (!blocks.isEmpty()) {
                out.add(new Section(s.kind(), inlines(s.heading()), blocks, s.line()));
            }
        }
        return out;
    }

    static List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                List<Inline> content = inlines(p.content());
                if (!Text.plain(content).isBlank()) {
                    out.add(new Block.Paragraph(content, p.line()));
                }
            } else if (b instanceof Block.Subheading h) {
                List<Inline> content = inlines(h.content());
                if (!Text.plain(content).isBlank()) {
                    out.add(new Block.Subheading(content, h.line()));
                }
            } else if (b instanceof Block.ItemList l) {
                List<Block.ListItem> items = new ArrayList<>();
                for (Block.ListItem item : l.items()) {
                    List<Block> itemBlocks = blocks(item.blocks());
                    if (!itemBlocks.isEmpty()) {
                        items.add(new Block.ListItem(itemBlocks, item.line()));
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new Block.ItemList(l.ordered(), l.continues(), l.start(), items, l.line()));
                }
            } else if (b instanceof Block.Table t) {
                List<List<List<Inline>>> rows = new ArrayList<>();
                for (int i = 0; i < t.rows().size(); i++) {
                    List<List<Inline>> row = t.rows().get(i).stream().map(Approved::inlines).toList();
                    if (i == 0 || row.stream().anyMatch(c -> !Text.plain(c).isBlank())) {
                        rows.add(row); // the header row stays: it gives the columns
                    }
                }
                if (rows.stream().flatMap(List::stream).anyMatch(c -> !Text.plain(c).isBlank())) {
                    out.add(new Block.Table(rows, t.line()));
                }
            }
        }
        return out;
    }

    static List<Inline> inlines(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : in) {
            if (inline instanceof Inline.Deleted) {
                continue;
            }
            if (inline instanceof Inline.Inserted ins) {
                out.addAll(inlines(ins.content()));
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(inlines(e.content())));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(inlines(s.content())));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.href(), inlines(l.content())));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
