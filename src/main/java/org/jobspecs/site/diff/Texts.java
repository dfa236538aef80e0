package org.jobspecs.site.diff;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jobspecs.spec.Block;

/**
 * Issue 15: the words of one section's blocks and list items, and the bags of words of its texts,
 * each made once for its comparison: a changed paragraph's words were made for its signature, again
 * for its alignment and again for its word-by-word comparison, and a list item's words bagged
 * again as the words of its one paragraph.
 */
final class Texts {

    /** Whether anything is remembered (not when comparing as before issue 15, in tests). */
    private final boolean remembers;
    private final Map<Block, String> plain = new IdentityHashMap<>();
    private final Map<Block.ListItem, String> words = new IdentityHashMap<>();
    private final Map<String, Words.Bag> bags = new HashMap<>();

    Texts(boolean remembers) {
        this.remembers = remembers;
    }

    /** {@link Text#plain(Block)}. */
    String plain(Block block) {
        return remembers ? plain.computeIfAbsent(block, Text::plain) : Text.plain(block);
    }

    /** The words of a list item's blocks ({@link Text#words}). */
    String words(Block.ListItem item) {
        return remembers ? words.computeIfAbsent(item, i -> Text.words(i.blocks())) : Text.words(item.blocks());
    }

    /**
     * A block's bag of words: {@code Words.Bag.of(Text.plain(block))}. A list's is the sum of its
     * items' (the list's words are its items' one after another, a space between: no word runs from
     * one item into the next), so that an item the other version has unchanged is counted once, and
     * a changed one's bag is made once for the list and for its items' alignment.
     */
    Words.Bag bag(Block block) {
        if (!remembers) {
            return Words.Bag.of(Text.plain(block));
        }
        if (block instanceof Block.ItemList list) {
            Map<String, Integer> counts = new HashMap<>();
            int size = 0;
            for (Block.ListItem item : list.items()) {
                Words.Bag b = bag(words(item));
                b.counts().forEach((word, count) -> counts.merge(word, count, Integer::sum));
                size += b.size();
            }
            return new Words.Bag(counts, size);
        }
        return bag(plain(block));
    }

    /** {@link Words.Bag#of}: texts with the same words have the same bag. */
    Words.Bag bag(String text) {
        return remembers ? bags.computeIfAbsent(text, Words.Bag::of) : Words.Bag.of(text);
    }
}
