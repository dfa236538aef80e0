package org.jobspecs.intake.corpus;

import java.util.List;

/**
 * The County of Brennan's PDF specs: a running header and a footer with page numbers, bold
 * title-case headings, "Label: value" lines under the title, numbered functions, a class-history
 * line at the end; the definition paragraph of one is cut by a page break, as a page footer cuts it.
 */
public final class PdfStyles {

    private PdfStyles() {
    }

    /**
     * @param splitDistinguishing break the page inside the distinguishing paragraph (after its first line)
     */
    public static byte[] brennan(SpecText s, String code, boolean splitDistinguishing) {
        PdfBuilder b = new PdfBuilder()
                .header("County of Brennan – Human Resources")
                .footer("Class Specification " + code, true)
                .heading(s.title())
                .lines("Class Code: " + code, "Bargaining Unit: Brennan County General Unit", "FLSA: Non-Exempt",
                        "Salary: $28.50 - $36.40 Hourly")
                .subheading("Classification Purpose")
                .paragraph(s.definition());
        if (splitDistinguishing) {
            b.subheading("Distinguishing Characteristics");
            // fill the first page so the break falls inside the paragraph
            b.paragraph(s.distinguishing()).paragraph(s.distinguishing().replace("This is", "As a rule, this is"));
            b.subheading("Essential Functions");
            for (int i = 0; i < s.duties().size(); i++) {
                b.numbered((i + 1) + ".", s.duties().get(i));
            }
            b.subheading("Minimum Qualifications").paragraphSplitAfter(1, s.experience() + " " + s.experience().replace("Two", "Alternatively, two")
                    .replace("Three", "Alternatively, three").replace("Graduation", "Alternatively, graduation"));
        } else {
            b.subheading("Distinguishing Characteristics").paragraph(s.distinguishing());
            b.subheading("Essential Functions");
            for (int i = 0; i < s.duties().size(); i++) {
                b.numbered((i + 1) + ".", s.duties().get(i));
            }
            b.subheading("Minimum Qualifications").paragraph(s.experience());
        }
        b.subheading("Knowledge of:");
        s.knowledge().forEach(b::bullet);
        b.subheading("Ability to:");
        s.abilities().forEach(b::bullet);
        b.subheading("Licenses and Certificates").paragraph(s.license());
        b.subheading("Working Conditions");
        s.conditions().forEach(b::bullet);
        b.subheading("Physical Demands").paragraph(s.physical());
        b.lines("Class History: Established 01/15/2010; Revised 06/30/2022");
        return b.toBytes();
    }

    public static List<String> brennanSections() {
        return List.of("Definition", "Distinguishing Features", "Examples of Duties", "Employment Standards", "Knowledge",
                "Abilities", "Licenses and Certificates", "Working Conditions", "Physical Demands");
    }

    /** A scanned spec: pages of pixels, no text layer. */
    public static byte[] scanned(SpecText s) {
        return new PdfBuilder().scannedPage(s.title(), "Class Code: 30299", "Classification Purpose", s.definition().substring(0, 60))
                .toBytes();
    }
}
