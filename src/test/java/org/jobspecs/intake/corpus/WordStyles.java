package org.jobspecs.intake.corpus;

import static org.jobspecs.intake.corpus.DocxRun.del;
import static org.jobspecs.intake.corpus.DocxRun.ins;
import static org.jobspecs.intake.corpus.DocxRun.text;

import java.util.List;
import java.util.Locale;

/**
 * The City of Alder Bay's Word specs: heading styles with upper-case names, numbered duties,
 * "Approved by Civil Service Board:" with the date on the next line, a running header and footer,
 * and, for the board's approval, tracked changes by named reviewers.
 */
public final class WordStyles {

    static final String REVIEWER = "Morgan Ellis";
    static final String DATE = "2025-09-12";

    private WordStyles() {
    }

    /** A plain Alder Bay spec, no tracked changes. */
    public static byte[] alderBay(SpecText s, String code) {
        return base(s, code, false).toBytes();
    }

    public static List<String> alderBaySections() {
        return List.of("Definition", "Distinguishing Features", "Examples of Duties", "Working Conditions", "Physical Demands",
                "Employment Standards", "Knowledge", "Abilities", "Licenses and Certificates");
    }

    /**
     * The board's redline: a changed word in the definition, a duty deleted so the later duties
     * renumber, a duty inserted, and a salary-step table under its own heading.
     */
    public static byte[] alderBayRedline(SpecText s, String code) {
        DocxBuilder b = base(s, code, true);
        b.heading(1, "SALARY STEPS");
        b.table(new String[] {"Step", "1", "2", "3", "4", "5"},
                new String[] {"Biweekly", "$2,480.00", "$2,604.00", "$2,734.20", "$2,870.91", "$3,014.46"});
        return b.toBytes();
    }

    private static DocxBuilder base(SpecText s, String code, boolean redline) {
        DocxBuilder b = new DocxBuilder()
                .header("City of Alder Bay – Class Specification")
                .footer("Alder Bay Human Resources – " + code)
                .paragraph("City of Alder Bay")
                .paragraph("Class Code: " + code)
                .paragraph("Approved by Civil Service Board:")
                .paragraph("March 3, 2024")
                .title(s.title().toUpperCase(Locale.ROOT))
                .heading(1, "DEFINITION");
        if (redline) {
            String def = s.definition();
            int cut = def.indexOf(' ', def.indexOf("supervision") > 0 ? def.indexOf("supervision") : 10);
            b.paragraph(text(def.substring(0, cut)), del(" and direction", REVIEWER, DATE), ins(" of a shift lead", REVIEWER, DATE),
                    text(def.substring(cut)));
        } else {
            b.paragraph(s.definition());
        }
        b.heading(1, "DISTINGUISHING FEATURES").paragraph(s.distinguishing());
        b.heading(1, "EXAMPLES OF DUTIES");
        List<String> duties = s.duties();
        for (int i = 0; i < duties.size(); i++) {
            if (redline && i == 1) {
                b.deletedNumbered("Keeps time records and submits them to the supervisor each pay period.", REVIEWER, DATE);
            }
            b.numbered(duties.get(i));
        }
        if (redline) {
            b.numbered(ins("Trains new employees in the procedures of the work unit.", REVIEWER, DATE)).markInserted(REVIEWER, DATE);
        }
        b.heading(1, "WORKING CONDITIONS");
        s.conditions().forEach(b::bulleted);
        b.heading(1, "PHYSICAL DEMANDS").paragraph(s.physical());
        b.heading(1, "EMPLOYMENT STANDARDS").paragraph(s.experience());
        b.heading(2, "Knowledge of:");
        s.knowledge().forEach(b::bulleted);
        b.heading(2, "Ability to:");
        s.abilities().forEach(b::bulleted);
        b.heading(1, "LICENSES AND CERTIFICATES").paragraph(s.license());
        return b;
    }
}
