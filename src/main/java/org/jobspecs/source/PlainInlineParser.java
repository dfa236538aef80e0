package org.jobspecs.source;

import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.text.Characters;

/**
 * commonmark's inline parser with a shortcut for the usual block of a spec, one without any inline
 * markup (issue 15): when none of its lines holds a character the stock parser treats specially, the
 * nodes it would make are known — per line a {@link Text} (trailing spaces cut, and on the last line
 * trailing spaces and tabs) with the line's source span, and between lines a {@link SoftLineBreak}, or
 * a {@link HardLineBreak} after two or more trailing spaces — and are made directly, without the stock
 * parser's scanner, per-block parser objects and delimiter passes. Any other block goes to the stock
 * {@link InlineParserImpl}. The shortcut mirrors {@code InlineParserImpl.parseText} and
 * {@code parseLineBreak} of commonmark 0.32; {@code PlainInlineParserTest} compares both parsers' trees,
 * source spans included, so that a commonmark upgrade that changes them fails there, not in a site.
 */
final class PlainInlineParser implements InlineParser {

    /** Creates the parser for one document. */
    static final InlineParserFactory FACTORY = PlainInlineParser::new;

    private final InlineParserContext context;
    /** Characters that start inline markup (or end the input, {@code \0}), by char value. */
    private final boolean[] special;
    /** The low bytes of the line being looked at. */
    private byte[] buffer = new byte[256];
    private InlineParser stock;
    /** How many blocks went to the stock parser (for tests). */
    int handedOn;

    private PlainInlineParser(InlineParserContext context) {
        this.context = context;
        this.special = specialCharacters(context);
    }

    /**
     * What {@code InlineParserImpl.calculateSpecialCharacters} computes: the stock delimiters
     * ({@code * _}), the stock inline content parsers' triggers ({@code \ ` & <}), the link marker
     * {@code !}, brackets and the line feed, plus those of extensions; and {@code \0}, which the stock
     * scanner reads as the end of the input.
     */
    static boolean[] specialCharacters(InlineParserContext context) {
        StringBuilder chars = new StringBuilder("*_\\`&<![]\n\0");
        for (DelimiterProcessor p : context.getCustomDelimiterProcessors()) {
            chars.append(p.getOpeningCharacter()).append(p.getClosingCharacter());
        }
        for (InlineContentParserFactory f : context.getCustomInlineContentParserFactories()) {
            f.getTriggerCharacters().forEach(chars::append);
        }
        context.getCustomLinkMarkers().forEach(chars::append);
        int max = 0;
        for (int i = 0; i < chars.length(); i++) {
            max = Math.max(max, chars.charAt(i));
        }
        boolean[] special = new boolean[max + 1];
        for (int i = 0; i < chars.length(); i++) {
            special[chars.charAt(i)] = true;
        }
        return special;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        List<SourceLine> all = lines.getLines();
        if (block.getFirstChild() != null || !plain(all)) {
            handedOn++;
            stock().parse(lines, block);
            return;
        }
        int trailingSpaces = 0;
        int last = all.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                block.appendChild(trailingSpaces >= 2 ? new HardLineBreak() : new SoftLineBreak());
                trailingSpaces = 0;
            }
            SourceLine line = all.get(i);
            String content = line.getContent().toString();
            int length = content.length();
            if (length == 0) {
                continue;
            }
            int end;
            if (i < last) {
                end = Characters.skipBackwards(' ', content, length - 1, 0) + 1;
                trailingSpaces = length - end;
            } else {
                end = Characters.skipSpaceTabBackwards(content, length - 1, 0) + 1;
            }
            Text text = new Text(end == length ? content : content.substring(0, end));
            SourceSpan span = line.getSourceSpan();
            if (span != null) {
                text.addSourceSpan(span.subSpan(0, length));
            }
            block.appendChild(text);
        }
    }

    /**
     * Whether no line holds a special character. A String line's chars are copied to bytes (their low
     * bytes: a Latin-1 line as it is stored, a copy without a loop) and looked up by byte, cheaper than
     * {@code charAt} per char under C1 (issue 15). A char above U+00FF may share its low byte with a
     * special character and then sends the block to the stock parser needlessly, never wrongly.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char, which is the point
    private boolean plain(List<SourceLine> lines) {
        boolean[] special = this.special;
        int limit = special.length;
        for (int l = 0, n = lines.size(); l < n; l++) {
            CharSequence content = lines.get(l).getContent();
            int length = content.length();
            if (content instanceof String s && limit <= 256) {
                byte[] bytes = buffer;
                if (bytes.length < length) {
                    bytes = buffer = new byte[Math.max(length, 2 * bytes.length)];
                }
                s.getBytes(0, length, bytes, 0);
                for (int i = 0; i < length; i++) {
                    int b = bytes[i] & 0xFF;
                    if (b < limit && special[b]) {
                        return false;
                    }
                }
            } else {
                for (int i = 0; i < length; i++) {
                    char c = content.charAt(i);
                    if (c < limit && special[c]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private InlineParser stock() {
        if (stock == null) {
            stock = new InlineParserImpl(context);
        }
        return stock;
    }
}
