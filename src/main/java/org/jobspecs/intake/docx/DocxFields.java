package org.jobspecs.intake.docx;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where the reader is inside complex fields ({@code w:fldChar} begin / separate / end), which may
 * nest and may span paragraphs (a table of contents does). Only a field's result — the part
 * between separate and end — is displayed; its instructions are not. One per story (body, a text
 * box, a note), carried from paragraph to paragraph.
 */
final class DocxFields {

    /** One entry per open field: false while in its instructions, true once in its result. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    /** Reacts to a {@code w:fldChar} with this {@code w:fldCharType}. */
    void mark(String type) {
        switch (type) {
            case "begin" -> open.push(false);
            case "separate" -> {
                if (!open.isEmpty()) {
                    open.pop();
                    open.push(true);
                }
            }
            case "end" -> open.poll();
            default -> { }
        }
    }

    /** Whether text here is displayed: outside fields, or in the result of every open field. */
    boolean showing() {
        for (boolean inResult : open) {
            if (!inResult) {
                return false;
            }
        }
        return true;
    }
}
