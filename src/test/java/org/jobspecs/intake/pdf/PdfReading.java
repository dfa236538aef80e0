package org.jobspecs.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jobspecs.intake.ImportDocument;
import org.jobspecs.intake.corpus.PdfBuilder;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.jobspecs.problem.Severity;
import org.jobspecs.spec.Inline;

/**
 * What the PDF reader tests share: a problem collector per test, reading a {@link PdfBuilder}'s
 * PDF, a three-page sample specification in our own fictional words, and the plain text of paras.
 */
abstract class PdfReading {

    static final String SHY = PdfBuilder.SOFT_HYPHEN;
    static final Location FILE = Location.file("import/fleet-coordinator.pdf");

    static final String DEFINITION = "Under general direction, plans, schedules and inspects the upkeep of the"
            + " municipal vehicle pool, keeps maintenance records and advises departments on the replacement of"
            + " worn equipment.";
    static final String SPLIT = "Coordinates the seasonal work of mechanics and drivers, including the"
            + " preparation of snow plows, salt spreaders and street sweepers before each season begins, the"
            + " ordering of parts from approved vendors and the review of fuel use reports, and reports"
            + " unusual wear to the fleet manager.";

    final Problems problems = new Problems();

    ImportDocument read(byte[] pdf) {
        return new PdfReader().read(pdf, FILE, problems);
    }

    ImportDocument read(PdfBuilder builder) {
        return read(builder.toBytes());
    }

    /** The three-page specification most tests read. */
    static PdfBuilder threePages() {
        return new PdfBuilder().header("City of Example").footer("Class Spec 1234", true)
                .heading("DEFINITION")
                .paragraph(DEFINITION)
                .pageBreak()
                .heading("EXAMPLES OF DUTIES")
                .numbered("1.", "Inspects vehicles on a regular schedule.")
                .numbered("2.", "Orders parts and supplies.")
                .pageBreak()
                .heading("MINIMUM QUALIFICATIONS")
                .paragraph("Three years of experience in fleet maintenance.");
    }

    static String text(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Strong s) {
                out.append(text(s.content()));
            } else if (inline instanceof Inline.Emphasis e) {
                out.append(text(e.content()));
            }
        }
        return out.toString();
    }

    static List<String> texts(ImportDocument doc) {
        return doc.paras().stream().map(p -> text(p.content())).toList();
    }

    void noProblems() {
        assertEquals(List.of(), problems.sorted());
    }

    Problem only(Severity severity) {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(severity, all.get(0).severity());
        return all.get(0);
    }
}
