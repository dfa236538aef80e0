package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Field;
import org.junit.jupiter.api.Test;

class HeaderParserTest {

    private static final Location FILE = Location.file("content/x.md");

    private final Problems problems = new Problems();

    private Optional<Header> parse(String text) {
        return HeaderParser.parse(text, FILE, problems);
    }

    private Header parsed(String text) {
        Optional<Header> header = parse(text);
        assertTrue(header.isPresent(), () -> "no header; problems: " + problems.sorted());
        assertEquals(List.of(), problems.sorted());
        return header.get();
    }

    private Problem onlyError() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(Severity.ERROR, all.get(0).severity());
        return all.get(0);
    }

    @Test
    void jbakeHeaderGivesValuesWithTheirLines() {
        Header h = parsed("title=Clerk\ncode=1001\napproved=2024-03-14\n~~~~~~\n\n## Definition\n\nText.\n");
        assertEquals(new Field("Clerk", 1), h.values().get("title"));
        assertEquals(new Field("1001", 2), h.values().get("code"));
        assertEquals(new Field("2024-03-14", 3), h.values().get("approved"));
        assertEquals(Map.of(), h.lists());
    }

    @Test
    void jbakeBodyStartsOnTheLineAfterTheTildes() {
        Header h = parsed("title=Clerk\ncode=1001\n~~~~~~\n## Definition\n\nText.");
        assertEquals(4, h.bodyLine());
        assertEquals("## Definition\n\nText.", h.body());
    }

    @Test
    void jbakeValuesAreTrimmedAndMayContainEqualsSigns() {
        Header h = parsed("title =  Clerk  \nhistory=2015-06-01 CSB; 2009-07-01 a=b\n~~~~~~\n");
        assertEquals("Clerk", h.values().get("title").value());
        assertEquals("2015-06-01 CSB; 2009-07-01 a=b", h.values().get("history").value());
    }

    @Test
    void jbakeSkipsBlankAndCommentLinesAndLeadingBlankLines() {
        Header h = parsed("\n\n# a comment\ntitle=Clerk\n\ncode=1001\n~~~~~~\nbody");
        assertEquals(new Field("Clerk", 4), h.values().get("title"));
        assertEquals(new Field("1001", 6), h.values().get("code"));
        assertEquals(8, h.bodyLine());
    }

    @Test
    void keysIgnoreCaseAndTreatDotDashAndUnderscoreAlike() {
        Header h = parsed("Approved_By=CSB\nFORMER-CODES=0990\n~~~~~~\n");
        assertEquals(new Field("CSB", 1), h.values().get("approved.by"));
        assertEquals(new Field("0990", 2), h.values().get("former.codes"));
    }

    @Test
    void malformedJbakeLineIsAnErrorAtItsLine() {
        assertTrue(parse("title=Clerk\nthis is not a key value line\n~~~~~~\nbody").isEmpty());
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("malformed header line \"this is not a key value line\""), p.message());
    }

    @Test
    void duplicateJbakeKeyIsAnErrorOnTheSecondLine() {
        assertTrue(parse("title=Clerk\ncode=1001\ntitle=Senior Clerk\n~~~~~~\n").isEmpty());
        Problem p = onlyError();
        assertEquals(3, p.location().line());
        assertTrue(p.message().contains("sets \"title\" twice (first on line 1)"), p.message());
    }

    @Test
    void keysThatDifferOnlyBySpellingAreDuplicates() {
        assertTrue(parse("approved.by=CSB\napproved_by=Council\n~~~~~~\n").isEmpty());
        assertEquals(2, onlyError().location().line());
    }

    @Test
    void fileWithoutHeaderIsAnError() {
        assertTrue(parse("\n## Definition\n\nText.\n").isEmpty());
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("no metadata header"), p.message());
    }

    @Test
    void yamlFrontMatterGivesValuesWithTheirLines() {
        Header h = parsed("---\ntitle: Senior Clerk\ncode: \"1002\"\napproved: 2023-01-10\n---\n\n## Definition\n");
        assertEquals(new Field("Senior Clerk", 2), h.values().get("title"));
        assertEquals(new Field("1002", 3), h.values().get("code"));
        assertEquals(new Field("2023-01-10", 4), h.values().get("approved"));
        assertEquals(6, h.bodyLine());
        assertEquals("\n## Definition\n", h.body());
    }

    @Test
    void yamlValuesStayTheTextTheAuthorWrote() {
        Header h = parsed("---\napproved: 2025-10-08\ncode: 01001\nlevel: 010\nflsa: no\nabolished: ~\n---\n");
        assertEquals("2025-10-08", h.values().get("approved").value());
        assertEquals("01001", h.values().get("code").value());
        assertEquals("010", h.values().get("level").value());
        assertEquals("no", h.values().get("flsa").value());
    }

    @Test
    void yamlLinesCountFromTheFileStartAfterLeadingBlankLines() {
        Header h = parsed("\n\n---\n# comment\ntitle: Clerk\n\ncode: 7\n...\nbody");
        assertEquals(5, h.values().get("title").line());
        assertEquals(7, h.values().get("code").line());
        assertEquals(9, h.bodyLine());
        assertEquals("body", h.body());
    }

    @Test
    void yamlKeysAreNormalised() {
        Header h = parsed("---\nApproved-By: CSB\n---\n");
        assertEquals(new Field("CSB", 2), h.values().get("approved.by"));
    }

    @Test
    void yamlHistoryListKeepsItemsAsTextWithLines() {
        Header h = parsed("---\ntitle: Clerk\nhistory:\n  - date: 2019-03-12\n    by: CSB\n  - {date: 2009-07-01, by: Council}\n---\n");
        List<Map<String, Field>> history = h.lists().get("history");
        assertEquals(2, history.size());
        assertEquals(new Field("2019-03-12", 4), history.get(0).get("date"));
        assertEquals(new Field("CSB", 5), history.get(0).get("by"));
        assertEquals(new Field("2009-07-01", 6), history.get(1).get("date"));
        assertEquals("Council", history.get(1).get("by").value());
        assertFalse(h.values().containsKey("history"));
    }

    @Test
    void duplicateYamlKeyIsAnErrorOnTheSecondLine() {
        assertTrue(parse("---\ntitle: Clerk\ncode: 1\ntitle: Senior Clerk\n---\n").isEmpty());
        Problem p = onlyError();
        assertEquals(4, p.location().line());
        assertTrue(p.message().contains("twice (first on line 2)"), p.message());
    }

    @Test
    void unclosedYamlFrontMatterIsAnErrorAtTheOpeningLine() {
        assertTrue(parse("\n---\ntitle: Clerk\ncode: 1\n\n## Definition\n").isEmpty());
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("YAML front matter is not closed"), p.message());
    }

    @Test
    void malformedYamlIsAnErrorAtTheOffendingLine() {
        assertTrue(parse("---\ntitle: Clerk\ncode: 1: 2\n---\n").isEmpty());
        Problem p = onlyError();
        assertEquals(3, p.location().line());
        assertTrue(p.message().startsWith("malformed YAML front matter"), p.message());
    }

    @Test
    void yamlNestedMapIsAnError() {
        assertTrue(parse("---\ntitle:\n  en: Clerk\n---\n").isEmpty());
        Problem p = onlyError();
        assertEquals(2, p.location().line());
        assertTrue(p.message().contains("nested map"), p.message());
    }

    @Test
    void yamlThatIsNotAMappingIsAnError() {
        assertTrue(parse("---\n- title\n- code\n---\n").isEmpty());
        assertTrue(onlyError().message().contains("must be a list of 'key: value' lines"));
    }

    @Test
    void emptyYamlFrontMatterGivesAnEmptyHeader() {
        Header h = parsed("---\n---\nbody");
        assertEquals(Map.of(), h.values());
        assertEquals(3, h.bodyLine());
    }
}
