package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jobspecs.spec.Inline;
import org.jobspecs.spec.Inline.Deleted;
import org.jobspecs.spec.Inline.Inserted;
import org.jobspecs.spec.Inline.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedlineTextTest {

    private static List<Inline> parsed(String line) {
        Optional<List<Inline>> inlines = RedlineText.parse(line);
        assertTrue(inlines.isPresent(), () -> "unexpectedly unbalanced: " + line);
        return inlines.get();
    }

    private static Text text(String s) {
        return new Text(s);
    }

    @Test
    void plainLineIsOneTextRun() {
        assertEquals(List.of(text("Performs related work as required.")), parsed("Performs related work as required."));
    }

    @Test
    void emptyLineHasNoInlines() {
        assertEquals(List.of(), parsed(""));
    }

    @Test
    void tildesMarkADeletion() {
        assertEquals(List.of(text("Under "), new Deleted(List.of(text("close"))), text(" supervision")),
                parsed("Under ~~close~~ supervision"));
    }

    @Test
    void bracketHashLinkMarksAnInsertion() {
        assertEquals(List.of(text("Under "), new Inserted(List.of(text("general"))), text(" supervision")),
                parsed("Under [general](#) supervision"));
    }

    @Test
    void deletionFollowedByInsertion() {
        assertEquals(List.of(new Deleted(List.of(text("7/1/09"))), new Inserted(List.of(text("October 8, 2025")))),
                parsed("~~7/1/09~~[October 8, 2025](#)"));
    }

    @Test
    void deletionNestsInsideAnInsertion() {
        assertEquals(List.of(new Inserted(List.of(text("a "), new Deleted(List.of(text("b"))), text(" c")))),
                parsed("[a ~~b~~ c](#)"));
    }

    @Test
    void insertionNestsInsideADeletion() {
        assertEquals(List.of(new Deleted(List.of(text("a "), new Inserted(List.of(text("b"))), text(" c")))),
                parsed("~~a [b](#) c~~"));
    }

    @Test
    void insertionNestsInsideAnInsertion() {
        assertEquals(List.of(new Inserted(List.of(text("a "), new Inserted(List.of(text("b"))), text(" c")))),
                parsed("[a [b](#) c](#)"));
    }

    @Test
    void bracketWithoutInsertionEndIsLiteralText() {
        assertEquals(List.of(text("The report [sic] was filed.")), parsed("The report [sic] was filed."));
    }

    @Test
    void literalBracketsBeforeAnInsertionStayText() {
        assertEquals(List.of(text("[sic] and "), new Inserted(List.of(text("new")))), parsed("[sic] and [new](#)"));
    }

    @Test
    void literalBracketsInsideADeletionStayText() {
        assertEquals(List.of(new Deleted(List.of(text("see [sic]")))), parsed("~~see [sic]~~"));
    }

    /** Bug: "[a [sic] b](#)" was read as text "[a " and an insertion "sic] b": every "[" counted as a nested insertion. */
    @Test
    void literalBracketsInsideAnInsertionStayText() {
        assertEquals(List.of(new Inserted(List.of(text("a [sic] b")))), parsed("[a [sic] b](#)"));
    }

    @Test
    void bracketHashWithoutClosingParenIsText() {
        assertEquals(List.of(text("[a](#")), parsed("[a](#"));
    }

    @Test
    void emptyDeletionIsBalanced() {
        assertEquals(List.of(new Deleted(List.of())), parsed("~~~~"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Under ~~close supervision",          // ~~ never closed
        "x ~~",                               // ~~ at the end
        "~~a~~ and ~~b",                      // second deletion not closed
        "~~a~~~~",                            // a third ~~ with no partner
        "Under close](#) supervision",        // ](#) without [
        "a](#) b [c](#)",                     // stray closer before a good insertion
        "[a ~~b](#) c~~",                     // marks overlap instead of nesting
    })
    void unbalancedMarksAreRejected(String line) {
        assertEquals(Optional.empty(), RedlineText.parse(line));
    }
}
