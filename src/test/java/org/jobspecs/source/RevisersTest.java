package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.Reviser;
import org.junit.jupiter.api.Test;

class RevisersTest {

    static final Location FILE = Location.file("content/x.md");

    record Read(List<Reviser> revisers, List<String> problems) { }

    static Read read(String header) {
        Problems problems = new Problems();
        Header h = HeaderParser.parse(header + "\n## Definition\n\nText.\n", FILE, problems).orElseThrow();
        MetadataReader.Metadata meta = MetadataReader.read(h, FILE, problems);
        return new Read(meta.revisers(), problems.sorted().stream().map(p -> p.format()).toList());
    }

    @Test
    void namesWithAndWithoutDatesInTheirOrder() {
        Read r = read("title=Park Ranger\ncode=4410\nrevisions=Pat Lee (2025-09-12);  Sam Roe ; Lee, Pat (HR) (2025-09-14);\n~~~~~~\n");
        assertEquals(List.of(new Reviser("Pat Lee", LocalDate.of(2025, 9, 12)), new Reviser("Sam Roe", null),
                new Reviser("Lee, Pat (HR)", LocalDate.of(2025, 9, 14))), r.revisers());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void withoutTheKeyNobodyIsNamed() {
        assertEquals(List.of(), read("title=Park Ranger\ncode=4410\n~~~~~~\n").revisers());
    }

    @Test
    void aDateThatIsNotIsoIsAnErrorOnItsLine() {
        Read r = read("title=Park Ranger\ncode=4410\nrevisions=Pat Lee (12 September 2025); Sam Roe\n~~~~~~\n");
        assertEquals(List.of("content/x.md:3: error: revisions entry \"Pat Lee (12 September 2025)\" has the date \"12 September 2025\","
                + " which is not a date as YYYY-MM-DD — write each entry as 'Name (YYYY-MM-DD)' or 'Name', separated by ';',"
                + " e.g. revisions=Pat Lee (2025-09-12); Sam Roe"), r.problems());
        assertEquals(List.of(new Reviser("Sam Roe", null)), r.revisers(), "the other entries are still read");
    }

    @Test
    void anEntryWithADateButNoNameIsAnError() {
        Read r = read("title=Park Ranger\ncode=4410\nrevisions=(2025-09-12)\n~~~~~~\n");
        assertTrue(r.problems().get(0).startsWith("content/x.md:3: error: revisions entry \"(2025-09-12)\" names no one"), r.problems().toString());
    }

    @Test
    void yamlListsTakeEntriesOrNameAndDate() {
        Read r = read("---\ntitle: Park Ranger\ncode: \"4410\"\nrevisions:\n  - Pat Lee (2025-09-12)\n  - name: Sam Roe\n    date: 2025-09-13\n"
                + "  - name: Kim Poe\n---\n");
        assertEquals(List.of(new Reviser("Pat Lee", LocalDate.of(2025, 9, 12)), new Reviser("Sam Roe", LocalDate.of(2025, 9, 13)),
                new Reviser("Kim Poe", null)), r.revisers());
        assertEquals(List.of(), r.problems());
        Read bad = read("---\ntitle: Park Ranger\ncode: \"4410\"\nrevisions:\n  - name: Sam Roe\n    date: 2025-02-30\n---\n");
        assertTrue(bad.problems().get(0).startsWith("content/x.md:6: error: revisions entry \"Sam Roe (2025-02-30)\" has the date"),
                bad.problems().toString());
    }

    @Test
    void whatReviserWritesReadsBackTheSame() {
        List<Reviser> revisers = List.of(new Reviser("Lee, Pat (HR)", LocalDate.of(2025, 9, 12)), new Reviser("Sam Roe", null));
        String value = Reviser.headerValue(revisers);
        assertEquals("Lee, Pat (HR) (2025-09-12); Sam Roe", value);
        assertEquals(revisers, read("title=Park Ranger\ncode=4410\nrevisions=" + value + "\n~~~~~~\n").revisers());
    }
}
