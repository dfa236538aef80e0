package org.jobspecs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RereadSectionsTest {

    private static List<Section> parsed() {
        return List.of(
                new Section(SectionKind.DEFINITION, List.of(new Inline.Text("Definition")), List.of(), 3),
                new Section(SectionKind.EXAMPLES_OF_DUTIES, List.of(new Inline.Text("Examples of Duties")), List.of(), 9));
    }

    @Test
    void issue15IsEqualToTheSectionsFirstParsedAndReadsThemOncePerLook() {
        AtomicInteger reads = new AtomicInteger();
        RereadSections sections = new RereadSections(parsed(), () -> {
            reads.incrementAndGet();
            return parsed();
        });
        assertEquals(0, reads.get(), "nothing is read until asked for");
        assertEquals(2, sections.size());
        assertEquals(0, reads.get(), "the size is known without reading");
        List<Section> held = sections.read();
        assertEquals(parsed(), sections);
        assertEquals(parsed().hashCode(), sections.hashCode());
        List<Section> iterated = new ArrayList<>();
        sections.forEach(iterated::add);
        for (Section s : sections) {
            iterated.add(s);
        }
        sections.stream().forEach(iterated::add);
        assertEquals(SectionKind.EXAMPLES_OF_DUTIES, sections.get(1).kind());
        assertEquals(6, iterated.size());
        assertEquals(1, reads.get(), "while a reading is in memory it is used again");
        assertSame(held, sections.read());
    }

    @Test
    void issue15ASourceReadAgainWithOtherSectionsIsRefused() {
        RereadSections sections = new RereadSections(parsed(), () -> parsed().subList(0, 1));
        assertThrows(IllegalStateException.class, sections::read);
    }

    /** Issue 15: the catalog asks every spec whether it is a redline; a spec read again answers without reading (a 100,000-class catalog step took 20 s instead of 4). */
    @Test
    void issue15WhetherTheSectionsHaveRedlineMarksIsKnownWithoutReadingThem() {
        List<Section> redline = List.of(new Section(SectionKind.DEFINITION, List.of(new Inline.Text("Definition")), List.of(
                new Block.Paragraph(List.of(new Inline.Deleted(List.of(new Inline.Text("old")))), 4)), 3));
        AtomicInteger reads = new AtomicInteger();
        RereadSections marked = new RereadSections(redline, () -> {
            reads.incrementAndGet();
            return redline;
        });
        RereadSections plain = new RereadSections(parsed(), () -> {
            reads.incrementAndGet();
            return parsed();
        });
        assertTrue(Redline.anyMarks(marked));
        assertFalse(Redline.anyMarks(plain));
        assertEquals(0, reads.get());
        assertEquals(Redline.anyMarks(redline), Redline.anyMarks(marked.read()));
    }

    @Test
    void issue15TheHeapEstimateIsTheMeasuredRatio() {
        assertEquals(26_000, RereadSections.heapEstimate(10_000));
    }
}
