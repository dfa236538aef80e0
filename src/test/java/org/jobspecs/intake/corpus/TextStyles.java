package org.jobspecs.intake.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Agency styles written as text exports: the Town of Dunmore's hiring system (plain text), the
 * State of Calder's HTML print pages and the Eastvale Water District's Markdown export.
 */
public final class TextStyles {

    private TextStyles() {
    }

    /** Town of Dunmore: upper-case labels and headings, a combined purpose heading, a class-history footer, wrapped at 72 columns. */
    public static String dunmore(SpecText s, String code) {
        StringBuilder sb = new StringBuilder();
        sb.append("TOWN OF DUNMORE\nCLASS SPECIFICATION\n\n");
        sb.append("CLASS TITLE: ").append(s.title().toUpperCase(Locale.ROOT)).append('\n');
        sb.append("CLASS CODE: ").append(code).append('\n');
        sb.append("REPRESENTATION UNIT: Dunmore Municipal Employees Association\n");
        sb.append("FLSA STATUS: Non-Exempt\n");
        sb.append("SALARY RANGE: $24.10 - $31.85 Hourly\n\n");
        sb.append("CLASSIFICATION PURPOSE AND DISTINGUISHING CHARACTERISTICS\n\n");
        wrap(sb, s.definition() + " " + s.distinguishing(), "");
        sb.append("\nTYPICAL TASKS\n\n");
        int n = 1;
        for (String d : s.duties()) {
            wrap(sb, d, (n++) + ". ");
        }
        sb.append("\nKNOWLEDGE OF:\n\n");
        s.knowledge().forEach(k -> wrap(sb, k, "- "));
        sb.append("\nABILITY TO:\n\n");
        s.abilities().forEach(a -> wrap(sb, a, "- "));
        sb.append("\nEDUCATION AND EXPERIENCE\n\n");
        wrap(sb, s.experience(), "");
        sb.append("\nLICENSES AND CERTIFICATES\n\n");
        wrap(sb, s.license(), "");
        sb.append("\nWORKING CONDITIONS\n\n");
        s.conditions().forEach(c -> wrap(sb, c, "- "));
        sb.append("\nPHYSICAL DEMANDS\n\n");
        wrap(sb, s.physical(), "");
        sb.append("\nCLASS HISTORY: Established 5/12/2003; Revised 9/2/2021\n");
        return sb.toString();
    }

    public static List<String> dunmoreSections() {
        return List.of("Definition", "Examples of Duties", "Knowledge", "Abilities", "Education and Experience",
                "Licenses and Certificates", "Working Conditions", "Physical Demands");
    }

    /** Word-wraps text at 72 columns the way a fixed-width export does, with a hanging indent after a marker. */
    static void wrap(StringBuilder sb, String text, String marker) {
        String indent = " ".repeat(marker.length());
        StringBuilder line = new StringBuilder(marker);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > 72 && line.length() > marker.length()) {
                sb.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    /** State of Calder: an HTML print page with site navigation, a definition list of facts and a salary-step table. */
    public static String calder(SpecText s, String code) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>").append(s.title())
                .append("</title><style>body{font-family:serif}</style><script>var tracking = 1;</script></head><body>\n");
        sb.append("<header>State of Calder Department of Human Resources</header>\n");
        sb.append("<nav><a href=\"/\">Home</a> <a href=\"/specs\">Class Specifications</a></nav>\n<main>\n");
        sb.append("<h1>").append(s.title()).append("</h1>\n");
        sb.append("<dl><dt>Class Code</dt><dd>").append(code).append("</dd><dt>Bargaining Unit</dt><dd>Calder Public Employees Union</dd>")
                .append("<dt>FLSA</dt><dd>Exempt</dd><dt>Date Adopted</dt><dd>March 14, 2019</dd></dl>\n");
        sb.append("<h2>Nature of Work</h2>\n<p>").append(s.definition()).append("</p>\n");
        sb.append("<h2>Distinguishing Characteristics</h2>\n<p>").append(s.distinguishing()).append("</p>\n");
        sb.append("<h2>Examples of Work</h2>\n<ol>\n");
        s.duties().forEach(d -> sb.append("<li>").append(d).append("</li>\n"));
        sb.append("</ol>\n<h2>Knowledge, Skills and Abilities</h2>\n<p><strong>Knowledge of:</strong></p>\n<ul>\n");
        s.knowledge().forEach(k -> sb.append("<li>").append(k).append("</li>\n"));
        sb.append("</ul>\n<p><strong>Ability to:</strong></p>\n<ul>\n");
        s.abilities().forEach(a -> sb.append("<li>").append(a).append("</li>\n"));
        sb.append("</ul>\n<h2>Minimum Qualifications</h2>\n<p>").append(s.experience()).append("</p>\n");
        sb.append("<h2>Special Requirements</h2>\n<p>").append(s.license()).append("</p>\n");
        sb.append("<h2>Salary Steps</h2>\n<table><tr><th>Step</th><th>A</th><th>B</th><th>C</th><th>D</th></tr>\n")
                .append("<tr><td>Monthly</td><td>$4,512</td><td>$4,738</td><td>$4,975</td><td>$5,224</td></tr></table>\n");
        sb.append("</main>\n<footer>Page printed from the State of Calder classification system</footer></body></html>\n");
        return sb.toString();
    }

    public static List<String> calderSections() {
        return List.of("Definition", "Distinguishing Features", "Examples of Duties", "Knowledge, Skills and Abilities",
                "Employment Standards", "Licenses and Certificates", "Salary Steps");
    }

    /** Eastvale Water District: a Markdown export with bold labels and its own heading names. */
    public static String eastvale(SpecText s, String code) {
        StringBuilder sb = new StringBuilder("# ").append(s.title()).append("\n\n");
        sb.append("**Class Code:** ").append(code).append("  \n**FLSA:** Non-exempt\n\n");
        sb.append("## Summary\n\n").append(s.definition()).append("\n\n");
        sb.append("## Class Characteristics\n\n").append(s.distinguishing()).append("\n\n");
        sb.append("## Essential Duties\n\n");
        int n = 1;
        for (String d : s.duties()) {
            sb.append(n++).append(". ").append(d).append('\n');
        }
        sb.append("\n## Work Environment\n\n");
        s.conditions().forEach(c -> sb.append("- ").append(c).append('\n'));
        sb.append("\n## Physical Requirements\n\n").append(s.physical()).append("\n\n");
        sb.append("## Qualifications\n\n").append(s.experience()).append("\n\n");
        sb.append("### Knowledge of\n\n");
        s.knowledge().forEach(k -> sb.append("- ").append(k).append('\n'));
        sb.append("\n### Ability to\n\n");
        s.abilities().forEach(a -> sb.append("- ").append(a).append('\n'));
        sb.append("\n## License or Certificate\n\n").append(s.license()).append("\n\n");
        sb.append("*Board approval: 2023-06-21*\n");
        return sb.toString();
    }

    public static List<String> eastvaleSections() {
        return List.of("Definition", "Distinguishing Features", "Examples of Duties", "Working Conditions", "Physical Demands",
                "Employment Standards", "Knowledge", "Abilities", "Licenses and Certificates");
    }

    /** An Eastvale series spec: three levels on one page, level paragraphs under level sub-headings. */
    public static String eastvaleSeries() {
        return """
                # Water Operator Trainee/I/II

                **Class Codes:** E31 (Trainee), E32 (I), E33 (II)

                ## Summary

                Under supervision, operates and maintains the pumps, reservoirs and treatment equipment of the water system; performs related work as assigned.

                ## Class Characteristics

                ### Trainee

                The entry level, for learning the operation of the system while working toward a state certificate.

                ### Water Operator I

                The first working level: incumbents operate the system on an assigned shift with occasional instruction.

                ### Water Operator II

                The journey level: incumbents work independently and train lower levels.

                ## Essential Duties

                1. Operates pumps, valves and chemical feed equipment.
                2. Collects samples and keeps operating logs.
                3. Responds to alarms after hours.

                ## Qualifications

                Trainee: Graduation from high school.

                Water Operator I: One year of experience as a Water Operator Trainee.

                Water Operator II: Two years of experience as a Water Operator I and a Grade D2 certificate.
                """;
    }

    public static List<String> eastvaleSeriesSections() {
        return List.of("Definition", "Distinguishing Features", "Examples of Duties", "Employment Standards");
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
