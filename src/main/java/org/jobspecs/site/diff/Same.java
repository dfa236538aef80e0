package org.jobspecs.site.diff;

import java.util.List;
import org.jobspecs.spec.Block;

/**
 * Issue 15: whether two versions' blocks are equal but for the lines they are on. Blocks so equal
 * read the same (their signatures are equal), so a section that did not change between two versions,
 * most of them, is known so without making the words of every block.
 */
final class Same {

    private Same() {
    }

    static boolean blocks(List<Block> older, List<Block> newer) {
        if (older.size() != newer.size()) {
            return false;
        }
        for (int i = 0; i < older.size(); i++) {
            if (!block(older.get(i), newer.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean block(Block older, Block newer) {
        if (older instanceof Block.Paragraph o && newer instanceof Block.Paragraph n) {
            return o.content().equals(n.content());
        }
        if (older instanceof Block.Subheading o && newer instanceof Block.Subheading n) {
            return o.content().equals(n.content());
        }
        if (older instanceof Block.Table o && newer instanceof Block.Table n) {
            return o.rows().equals(n.rows());
        }
        if (older instanceof Block.ItemList o && newer instanceof Block.ItemList n) {
            if (o.ordered() != n.ordered() || o.items().size() != n.items().size()) {
                return false;
            }
            for (int i = 0; i < o.items().size(); i++) {
                if (!blocks(o.items().get(i).blocks(), n.items().get(i).blocks())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
