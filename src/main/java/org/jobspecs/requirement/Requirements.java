package org.jobspecs.requirement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobspecs.spec.Section;
import org.jobspecs.spec.SectionKind;

/**
 * Reads what a class needs from its spec's requirement sections. Precision first: a field is left
 * out whenever the words allow more than one reading (alternative paths that disagree, a licence
 * "for some positions", a degree that is only "desirable").
 *
 * <p>Where it looks: the employment standards and education and experience sections for education
 * and experience (with their alternative paths, "1. …; or 2. …"), and those plus the licences, other
 * requirements and notes sections for licences and certificates.
 */
public final class Requirements {

    private static final EnumSet<SectionKind> STANDARDS = EnumSet.of(SectionKind.EMPLOYMENT_STANDARDS, SectionKind.EDUCATION_AND_EXPERIENCE);
    private static final EnumSet<SectionKind> LICENCES = EnumSet.of(SectionKind.LICENSES_AND_CERTIFICATES, SectionKind.OTHER_REQUIREMENTS);
    /** Sections of no known kind that hold requirements too: "Process Notes", "Notes", "Licences". */
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)^(process )?notes?:?$|licen[cs]|certif|special requirement");
    private static final Pattern NOT_REQUIRED_HEADING = Pattern.compile("(?i)desir|prefer|selective|ideal");

    private static final Pattern DESIRABLE = Pattern.compile("(?i)\\b(desirable|desired|preferred|is a plus|advantageous|an asset)\\b");
    /** A requirement that applies to some positions only, or that may apply. */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(may (be required|require|need|be needed)|may be asked|some positions|some assignments|selected positions|"
            + "certain positions|most positions|for assignments?|for positions requiring|as required by the position|assigned such duties|depending on (the )?assignment|"
            + "if (required|assigned)|when (required|assigned)|selective certification)\\b");
    private static final Pattern SUBSTITUTION = Pattern.compile("(?i)substitut|\\black\\b|may file|may apply|in lieu");
    private static final Pattern EQUIVALENCE_CLAUSE = Pattern.compile("(?i)any combination|equivalent combination|combination of (education|training|experience)");
    private static final Pattern OR_EQUIVALENT = Pattern.compile("(?i)any combination|equivalent combination|\\bor (a |an |the )?(recognized |recognised |approved )?equivalent\\b|"
            + "\\bor (a )?GED\\b|\\bor equivalen|(may|can) (be )?substitut\\w* [^.;]*?\\bfor (the |a |an )?(required |stated )?(education|degree)|"
            + "equivalent (education|experience) may be substituted");

    private static final Pattern MASTER = Pattern.compile("(?i)\\bmaster'?s?’?s? (degree|of)|\\bdoctora|\\bph\\.?d\\b|\\bjuris doctor|\\bgraduate degree");
    private static final Pattern BACHELOR = Pattern.compile("(?i)\\bbachelor|\\bbaccalaureate|\\bfour-year (college|degree)|\\b4-year (college|degree)|"
            + "graduation from (an |a )?(accredited |recognized )?(four-year )?college or university|\\bcollege degree|\\buniversity degree");
    private static final Pattern ASSOCIATE = Pattern.compile("(?i)\\bassociate'?s?’?s? (of arts |of science )?degree|\\bassociate of (arts|science)|\\btwo years of college|"
            + "\\b(60|sixty) semester units|\\bAA degree|\\bA\\.A\\. degree");
    private static final Pattern HIGH_SCHOOL = Pattern.compile("(?i)\\bhigh school\\b|\\bGED\\b|\\btwelfth grade|\\b12th grade|\\bsecondary school");
    /** Words that show the spec asks for some schooling, whether or not its level can be told. */
    private static final Pattern EDUCATION_WORDS = Pattern.compile("(?i)\\bdegree|\\bdiploma|\\bgraduat|\\bcollege\\b|\\buniversity|\\bsemester|\\bquarter units|"
            + "\\bcourse ?work|\\bcourses?\\b|\\bschool\\b|\\bGED\\b|\\bunits\\b");
    private static final Pattern EDUCATION_LABEL = Pattern.compile("(?i)^(education|training)( and [a-z]+)?:");

    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|twenty-four|thirty-six)";
    /** "Three (3) years", "six months", "2 years'". */
    private static final Pattern DURATION = Pattern.compile("(?i)\\b" + NUMBER + "(\\s*\\(\\d+\\))?\\s+(full-time\\s+)?(years?|months?)\\b(['’]s?)?(?!\\s+(of\\s+age|old))");
    private static final Pattern EXPERIENCE_WORD = Pattern.compile("(?i)\\bexperience");
    /** "Two years as a Police Sergeant", "Two years in a class at the level of". */
    private static final Pattern DURATION_AS = Pattern.compile("(?i)^(\\d+\\.\\s*)?" + NUMBER + "(\\s*\\(\\d+\\))?\\s+(full-time\\s+)?(years?|months?)\\s+(as|in a|in the|with)\\b");
    private static final Pattern NO_EXPERIENCE = Pattern.compile("(?i)\\bno (prior |previous |paid )?(work )?experience (is )?(required|necessary|needed)|^experience:\\s*none\\b");
    private static final Pattern NOT_A_REQUIREMENT_TIME = Pattern.compile("(?i)within\\s+" + NUMBER + "\\s+(years?|months?)|\\b" + NUMBER + "\\s+years\\s+(of age|old)\\b|\\bhours\\b");
    private static final Pattern OR_DURATION = Pattern.compile("(?i)[,;]\\s*or\\s+(?:[A-Za-z-]+\\s+){0,3}?" + NUMBER + "(\\s*\\(\\d+\\))?\\s+(full-time\\s+)?(years?|months?)");

    private static final Pattern DRIVER = Pattern.compile("(?i)driver'?s?’?s?'? licen[cs]e|driving licen[cs]e|motor vehicle operator'?s?’?s? licen[cs]e|\\bdriver licen[cs]e");
    private static final Pattern DRIVER_CLASS = Pattern.compile("\\bClass\\s+([ABC])\\b(\\s+or\\s+([ABC])\\b)?");
    private static final Pattern CERTIFICATE_WORD = Pattern.compile("(?i)certificat|certified|licen[cs]|registration as|registered as|authority to use the title");
    /** A sentence about people that is not "… must possess …": "Candidates on the eligible list …". */
    private static final Pattern PEOPLE = Pattern.compile("(?i)^(candidates|applicants|employees|incumbents|you|i|the city|positions|persons)\\b");
    /** "Licenses and Certifications: " before a sentence, from a sub-heading. */
    private static final Pattern LABEL = Pattern.compile("^[^:]{1,60}:\\s+");
    private static final Pattern CERTIFICATE_START = Pattern.compile("(?i)^(\\d+\\.\\s*)?(possession of|registration as|certification (as|in)|certified as|licensed as|"
            + "authority to use|must (possess|obtain|have|hold)|a valid|valid|current|completion of [^.;]*certificat)");
    /** In a notes section only a sentence that says it is required counts. */
    private static final Pattern REQUIRED_WORDS = Pattern.compile("(?i)\\b(is|are) required\\b|\\bmust (possess|obtain|have|hold)\\b|\\brequired (prior to|at the time|before|upon)");
    private static final Pattern NOT_A_CERTIFICATE = Pattern.compile("(?i)\\bsubmit|\\battach|\\blist (their|the|your)|\\bverification|^required licen|none required|"
            + "^to (be|qualify)|must be maintained|number\\b|\\bmedical certificate|background|fingerprint");
    private static final Pattern NAME_TRIGGER = Pattern.compile("(?i)^.*?\\b(must (possess|obtain|have|hold)|possession of|registration as|certification as|certified as|"
            + "licensed as|authority to use)\\s+(of\\s+)?((their|a|an|the)\\s+)?(valid\\s+)?((and|current)\\s+)?");
    private static final Pattern NAME_STOP = Pattern.compile("(?i)\\s+(within|at the time|prior to|is required|are required|must be|issued by|and a satisfactory|in the state|"
            + "throughout|upon|following|from the|from a|through the|with the|by the|before)\\b|[.;:]\\s*$");

    private static final Pattern OR_ALONE = Pattern.compile("(?i)or[.:,]?");
    private static final Pattern EMPLOYMENT = Pattern.compile("(?i)\\bemployment\\b");
    private static final Pattern ENUMERATION = Pattern.compile(":\\s*(a\\.|$)");
    private static final String[] DESIRABLE_HINTS = {"desir", "prefer", "plus", "advantage", "asset"};
    private static final String[] CONDITIONAL_HINTS = {"may ", "some ", "selected", "certain", "most ", "for assignment", "for position", "as required", "assigned", "depending", "if required", "when required", "selective"};
    private static final String[] SUBSTITUTION_HINTS = {"substitut", "lack", "may file", "may apply", "in lieu"};
    private static final String[] EQUIVALENCE_CLAUSE_HINTS = {"combination"};
    private static final String[] DRIVER_HINTS = {"driv", "motor vehicle"};
    private static final String[] EDUCATION_WORDS_HINTS = {"degree", "diploma", "graduat", "college", "universit", "semester", "quarter", "course", "school", "ged", "units"};
    private static final String[] OR_EQUIVALENT_HINTS = {"combination", "equivalen", "ged", "substitut"};
    private static final String[] NOT_A_CERTIFICATE_HINTS = {"submit", "attach", "list ", "verification", "required licen", "none required",
        "to be", "to qualify", "maintained", "number", "medical certificate", "background", "fingerprint"};
    private static final String[] EMPLOYMENT_HINTS = {"employment"};
    private static final String[] NO_EXPERIENCE_HINTS = {"experience"};
    private static final String[] DURATION_AS_HINTS = {"year", "month"};
    private static final String[] EXPERIENCE_WORD_HINTS = {"experience"};
    private static final String[] REQUIRED_WORDS_HINTS = {"required", "must"};
    private static final String[] CERTIFICATE_WORD_HINTS = {"certif", "licen", "regist", "authority"};
    private static final String[] CERTIFICATE_START_HINTS = {"possession", "registration", "certif", "licensed", "authority", "must", "valid", "current", "completion"};
    private static final Pattern TRAINEE = Pattern.compile("(?i)\\b(trainee|apprentice|intern|entry[- ]level)\\b");
    private static final Pattern LEVEL_ONE = Pattern.compile("\\s(I|1)$");

    private Requirements() {
    }

    /**
     * Whether a pattern occurs in the text, trying it only when one of its literal words does (in
     * lower case): the patterns are case-insensitive alternations, costly to try at every position
     * of every sentence of 2,000 specs, and most sentences have none of their words. Issue 15: a word
     * is looked for only when the sentence has three of its pairs of neighbouring letters (most
     * sentences lack most words, and each look goes through the whole sentence).
     */
    private static boolean has(Pattern p, String text, String[] hints) {
        Lowered lowered = lowered(text);
        for (String h : hints) {
            if (lowered.mayContain(h) && lowered.lower.contains(h)) {
                return p.matcher(text).find();
            }
        }
        return false;
    }

    /**
     * A sentence in lower case ({@link Locale#ROOT}) and which pairs of neighbouring characters it
     * has, hashed into 1,024 bits: a word whose pairs are not all there is not in it (a word whose
     * pairs are may still not be).
     */
    private static final class Lowered {
        String text;
        String lower;
        final long[] pairs = new long[16];
        /** Whether {@link #pairs} are this sentence's yet (only a sentence tested for words needs them). */
        boolean paired;

        void of(String sentence) {
            text = sentence;
            lower = sentence.toLowerCase(Locale.ROOT);
            paired = false;
        }

        /** False when the sentence cannot contain {@code word}: its first, middle or last pair is missing. */
        boolean mayContain(String word) {
            if (!paired) {
                java.util.Arrays.fill(pairs, 0);
                for (int i = 0; i + 1 < lower.length(); i++) {
                    int bit = pair(lower.charAt(i), lower.charAt(i + 1));
                    pairs[bit >>> 6] |= 1L << bit;
                }
                paired = true;
            }
            int n = word.length();
            return n < 2 || has(word, 0) && has(word, n - 2) && has(word, (n - 2) / 2);
        }

        private boolean has(String word, int i) {
            int bit = pair(word.charAt(i), word.charAt(i + 1));
            return (pairs[bit >>> 6] & 1L << bit) != 0;
        }

        private static int pair(char a, char b) {
            return (a * 31 + b) & 1023;
        }
    }

    /** The sentence last lower-cased on this thread: the next test is usually of the same sentence. */
    private static final ThreadLocal<Lowered> LOWERED = ThreadLocal.withInitial(Lowered::new);

    /**
     * The text lower-cased, with its pairs. Each sentence is tested by several clauses in a row
     * (desirable, substitution, equivalence, a level…): it is lower-cased once for them, not once each.
     */
    private static Lowered lowered(String text) {
        Lowered last = LOWERED.get();
        if (last.text != text) {
            last.of(text);
        }
        return last;
    }

    /** The text in lower case ({@link Locale#ROOT}). */
    private static String lower(String text) {
        return lowered(text).lower;
    }

    /**
     * What the class needs.
     *
     * @param title         the class title ("Maintenance Worker I", "Office Trainee")
     * @param firstOfSeries whether the class is the lowest level of its series (null: in no series)
     * @param sections      its sections in source order
     */
    public static Needs of(String title, Boolean firstOfSeries, List<Section> sections) {
        List<SpecText.Unit> standards = new ArrayList<>();
        List<SpecText.Unit> licences = new ArrayList<>();
        List<SpecText.Unit> notes = new ArrayList<>();
        for (Section s : sections) {
            Optional<SectionKind> kind = s.canonical();
            if (kind.isPresent() && STANDARDS.contains(kind.get())) {
                standards.addAll(SpecText.units(s));
            } else if (kind.isPresent() && LICENCES.contains(kind.get())) {
                licences.addAll(SpecText.units(s));
            } else if (kind.isEmpty()) {
                String heading = SpecText.plain(s.heading());
                if (NOTES_HEADING.matcher(heading).find() && !NOT_REQUIRED_HEADING.matcher(heading).find()) {
                    notes.addAll(SpecText.units(s));
                }
            }
        }
        if (standards.isEmpty() && licences.isEmpty() && notes.isEmpty()) {
            return entryOnly(title, firstOfSeries);
        }
        List<List<SpecText.Unit>> paths = paths(standards);
        List<PathExperience> perPath = paths.stream().map(Requirements::pathExperience).toList();
        Needs.Experience experience = experience(perPath, standards);
        Needs.Education education = education(paths, standards, notes, experience);
        List<Needs.Licence> found = licences(paths.size() == 1 ? standards : List.of(), licences, notes);
        Boolean entry = entryLevel(title, firstOfSeries, experience);
        if (entry == null && !standards.isEmpty() && perPath.stream().allMatch(PathExperience::needsSome)) {
            entry = false;
        }
        return new Needs(education, experience, found, entry);
    }

    private static Needs entryOnly(String title, Boolean firstOfSeries) {
        Boolean entry = entryLevel(title, firstOfSeries, null);
        return entry == null ? Needs.NONE : new Needs(null, null, List.of(), entry);
    }

    /**
     * The alternative ways to qualify: "1. …; or 2. …" gives two paths. Units before the first
     * path and after the last one apply to every path; an "any combination …" clause is no path.
     */
    static List<List<SpecText.Unit>> paths(List<SpecText.Unit> units) {
        List<Integer> ends = new ArrayList<>();
        int limit = units.size();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).text().endsWith(":") && has(SUBSTITUTION, units.get(i).text(), SUBSTITUTION_HINTS)) {
                limit = i; // "… may be substituted: a. …; or b. …" lists substitutes, not ways to qualify
                break;
            }
        }
        for (int i = 0; i < limit; i++) {
            String t = units.get(i).text();
            if (endsWithOr(t)) {
                ends.add(i);
            }
        }
        if (ends.isEmpty()) {
            return List.of(units);
        }
        int first = ends.get(0);
        int start = first;
        // the first path starts after the units that introduce it ("… would be:") or at the first list-like unit
        while (start > 0 && !units.get(start - 1).text().endsWith(":")) {
            start--;
        }
        List<SpecText.Unit> common = new ArrayList<>(units.subList(0, start));
        List<List<SpecText.Unit>> paths = new ArrayList<>();
        int from = start;
        for (int end : ends) {
            List<SpecText.Unit> path = new ArrayList<>(units.subList(from, end + 1));
            path.removeIf(u -> OR_ALONE.matcher(u.text()).matches());
            if (!path.isEmpty()) {
                paths.add(path);
            }
            from = end + 1;
        }
        if (from < units.size()) {
            List<SpecText.Unit> last = new ArrayList<>(List.of(units.get(from)));
            if (!EQUIVALENCE_CLAUSE.matcher(last.get(0).text()).find()) {
                paths.add(last);
            }
            common.addAll(units.subList(from + 1, units.size()));
        }
        List<List<SpecText.Unit>> out = new ArrayList<>();
        for (List<SpecText.Unit> p : paths) {
            List<SpecText.Unit> with = new ArrayList<>(p);
            with.addAll(common);
            out.add(with);
        }
        return out.isEmpty() ? List.of(units) : out;
    }

    /** "…; or", "…, or", "OR": a way to qualify that another follows ("and/or" is no such end). */
    static boolean endsWithOr(String t) {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == ':' || t.charAt(end - 1) == ',' || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        if (end < 2 || !t.regionMatches(true, end - 2, "or", 0, 2)) {
            return false;
        }
        if (end == 2) {
            return true;
        }
        char before = t.charAt(end - 3);
        return before == ';' || before == ',' || Character.isWhitespace(before);
    }

    // ---- experience ----

    /** A path's experience: its months (or -1 when it cannot be told) and the sentence that says so. */
    private record PathExperience(int months, String sentence, String section, boolean needsSome) {

        PathExperience(int months, String sentence, String section) {
            this(months, sentence, section, months > 0);
        }
    }

    private static Needs.Experience experience(List<PathExperience> paths, List<SpecText.Unit> standards) {
        if (standards.isEmpty()) {
            return null;
        }
        PathExperience agreed = null;
        for (PathExperience e : paths) {
            if (e.months() < 0 || (agreed != null && agreed.months() != e.months())) {
                return null;
            }
            if (agreed == null) {
                agreed = e;
            }
        }
        if (agreed == null) {
            return null;
        }
        return new Needs.Experience(agreed.months(), agreed.months() == 0 ? "" : kind(agreed.sentence()), agreed.sentence(), agreed.section());
    }

    private static PathExperience pathExperience(List<SpecText.Unit> path) {
        boolean mentionsExperience = false;
        boolean onlyDesirable = true;
        String noExperience = null;
        String noExperienceSection = null;
        for (SpecText.Unit u : path) {
            for (String s : u.sentences()) {
                if (has(NO_EXPERIENCE, s, NO_EXPERIENCE_HINTS)) {
                    if (noExperience == null) {
                        noExperience = s;
                        noExperienceSection = u.section();
                    }
                    continue;
                }
                boolean experienceWord = has(EXPERIENCE_WORD, s, EXPERIENCE_WORD_HINTS);
                boolean as = has(DURATION_AS, s, DURATION_AS_HINTS);
                if (!experienceWord && !as && !has(EMPLOYMENT, s, EMPLOYMENT_HINTS)) {
                    continue;
                }
                if (has(EQUIVALENCE_CLAUSE, s, EQUIVALENCE_CLAUSE_HINTS)) {
                    continue;
                }
                mentionsExperience = true;
                if (has(DESIRABLE, s, DESIRABLE_HINTS)) {
                    continue;
                }
                onlyDesirable = false;
                if (has(SUBSTITUTION, s, SUBSTITUTION_HINTS)) {
                    continue;
                }
                Integer months = months(s);
                if (months == null) {
                    continue;
                }
                if (months < 0) {
                    Matcher first = DURATION.matcher(NOT_A_REQUIREMENT_TIME.matcher(s).replaceAll(" "));
                    first.find();
                    // two alternatives ("three years, or two years and …"): months unknown, but some experience is needed
                    return new PathExperience(-1, s, u.section(), toMonths(first.group(1), first.group(4)) > 0);
                }
                return new PathExperience(months, s, u.section());
            }
        }
        if (noExperience != null) {
            return new PathExperience(0, noExperience, noExperienceSection);
        }
        if (mentionsExperience && onlyDesirable) {
            return new PathExperience(0, "", path.get(0).section());
        }
        if (!mentionsExperience && pathLevel(path) != null) {
            return new PathExperience(0, "", path.get(0).section());
        }
        return new PathExperience(-1, "", "");
    }

    /** The months a sentence asks for; -1 when it gives two different alternatives; null when it gives none. */
    static Integer months(String sentence) {
        String lower = lower(sentence);
        if (!lower.contains("year") && !lower.contains("month")) {
            return null;
        }
        // "within", "hours", "of age", "old": without them the replacement changes nothing (issue 15)
        String text = lower.contains("within") || lower.contains("hours") || lower.contains("of age") || lower.contains("old")
                ? NOT_A_REQUIREMENT_TIME.matcher(sentence).replaceAll(" ") : sentence;
        Matcher m = DURATION.matcher(text);
        if (!m.find()) {
            return null;
        }
        int months = toMonths(m.group(1), m.group(4));
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0) {
            return months; // an alternative duration follows a comma or semicolon
        }
        Matcher or = OR_DURATION.matcher(text);
        while (or.find()) {
            if (or.start() > m.start() && toMonths(or.group(1), or.group(4)) != months) {
                return -1;
            }
        }
        return months;
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("twenty-four", 24), Map.entry("thirty-six", 36));

    private static int toMonths(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        int count = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
        return unit.toLowerCase(Locale.ROOT).startsWith("year") ? count * 12 : count;
    }

    /** Words before the kind of experience ("of previous full-time paid work"); compiled once, not per call (issue 15). */
    private static final Pattern KIND_LEAD = Pattern.compile("(?i)^(of\\s+)?((previous|prior|recent)\\s+)?(full-time\\s+)?(paid\\s+)?(work\\s+)?");
    /** Where the kind of experience ends. */
    private static final Pattern KIND_END = Pattern.compile("(?i)[,;.(]|\\s+(including|which|that|of which|and/or|performing|preferably|comparable|following)\\b");

    /** "professional accounting experience", "experience as a Title Examiner": the words after the duration. */
    static String kind(String sentence) {
        Matcher m = DURATION.matcher(sentence);
        if (!m.find()) {
            return "";
        }
        String rest = sentence.substring(m.end()).strip();
        rest = KIND_LEAD.matcher(rest).replaceFirst("");
        rest = KIND_END.split(rest, 2)[0].strip();
        if (rest.length() > 80) {
            int cut = rest.lastIndexOf(' ', 80);
            rest = rest.substring(0, cut < 0 ? 80 : cut) + "…";
        }
        if (rest.isEmpty() || rest.equalsIgnoreCase("experience")) {
            return "";
        }
        return rest;
    }

    // ---- education ----

    private static Needs.Education education(List<List<SpecText.Unit>> paths, List<SpecText.Unit> standards, List<SpecText.Unit> notes,
                                             Needs.Experience experience) {
        if (standards.isEmpty()) {
            return null;
        }
        EducationLevel agreed = null;
        String sentence = "";
        String section = "";
        for (List<SpecText.Unit> path : paths) {
            String[] where = new String[2];
            EducationLevel level = pathLevel(path, where);
            if (level == null && !mentionsEducation(path) && (hasEducationLabel(path) || experience != null)) {
                level = EducationLevel.NONE;
                where[0] = educationLabelSentence(path);
                where[1] = path.get(0).section();
            }
            if (level == null || (agreed != null && agreed != level)) {
                return null;
            }
            if (agreed == null) {
                agreed = level;
                sentence = where[0];
                section = where[1];
            }
        }
        if (agreed == null) {
            return null;
        }
        boolean orEquivalent = agreed != EducationLevel.NONE && (standards.stream().anyMatch(u -> has(OR_EQUIVALENT, u.text(), OR_EQUIVALENT_HINTS))
                || notes.stream().anyMatch(u -> has(OR_EQUIVALENT, u.text(), OR_EQUIVALENT_HINTS)));
        return new Needs.Education(agreed, orEquivalent, sentence == null ? "" : sentence, section);
    }

    private static EducationLevel pathLevel(List<SpecText.Unit> path) {
        return pathLevel(path, new String[2]);
    }

    /** The lowest level a path's required sentences name, or null. */
    private static EducationLevel pathLevel(List<SpecText.Unit> path, String[] where) {
        EducationLevel lowest = null;
        for (SpecText.Unit u : path) {
            for (String s : u.sentences()) {
                if (has(DESIRABLE, s, DESIRABLE_HINTS) || has(SUBSTITUTION, s, SUBSTITUTION_HINTS) || has(EQUIVALENCE_CLAUSE, s, EQUIVALENCE_CLAUSE_HINTS) || has(CONDITIONAL, s, CONDITIONAL_HINTS)) {
                    continue;
                }
                EducationLevel l = level(s);
                if (l != null && (lowest == null || l.ordinal() < lowest.ordinal())) {
                    lowest = l;
                    where[0] = s;
                    where[1] = u.section();
                }
            }
            if (lowest != null) {
                return lowest;
            }
        }
        return lowest;
    }

    /*
     * Each level's pattern is tried only when one of its literal words is in the lower-cased sentence
     * (issue 15): a case-insensitive match of a word implies the word in lower case, so the answers
     * are those of trying every pattern (RequirementsSameAnswersTest compares them with the rule before).
     */
    private static final String[] HIGH_SCHOOL_HINTS = {"high school", "ged", "twelfth grade", "12th grade", "secondary school"};
    private static final String[] ASSOCIATE_HINTS = {"associate", "two years of college", "semester units", "aa degree", "a.a. degree"};
    private static final String[] BACHELOR_HINTS = {"bachelor", "baccalaureate", "four-year", "4-year", "college or university", "college degree", "university degree"};
    private static final String[] MASTER_HINTS = {"master", "doctora", "ph", "juris doctor", "graduate degree"};

    static EducationLevel level(String s) {
        if (has(HIGH_SCHOOL, s, HIGH_SCHOOL_HINTS)) {
            return EducationLevel.HIGH_SCHOOL;
        }
        if (has(ASSOCIATE, s, ASSOCIATE_HINTS)) {
            return EducationLevel.ASSOCIATE;
        }
        if (has(BACHELOR, s, BACHELOR_HINTS)) {
            return EducationLevel.BACHELOR;
        }
        if (has(MASTER, s, MASTER_HINTS)) {
            return EducationLevel.MASTER;
        }
        return null;
    }

    /** Whether a required (not desirable) sentence of the path asks for schooling of some kind. */
    private static boolean mentionsEducation(List<SpecText.Unit> path) {
        for (SpecText.Unit u : path) {
            for (String s : u.sentences()) {
                if (has(DESIRABLE, s, DESIRABLE_HINTS) || has(SUBSTITUTION, s, SUBSTITUTION_HINTS) || has(EQUIVALENCE_CLAUSE, s, EQUIVALENCE_CLAUSE_HINTS)) {
                    continue;
                }
                if (has(EDUCATION_WORDS, s, EDUCATION_WORDS_HINTS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasEducationLabel(List<SpecText.Unit> path) {
        return path.stream().anyMatch(u -> EDUCATION_LABEL.matcher(u.text()).find());
    }

    private static String educationLabelSentence(List<SpecText.Unit> path) {
        for (SpecText.Unit u : path) {
            if (EDUCATION_LABEL.matcher(u.text()).find()) {
                return u.text();
            }
        }
        return "";
    }

    // ---- licences ----

    private static List<Needs.Licence> licences(List<SpecText.Unit> standards, List<SpecText.Unit> licences, List<SpecText.Unit> notes) {
        List<Needs.Licence> out = new ArrayList<>();
        Needs.Licence driver = null;
        for (int source = 0; source < 3; source++) {
            List<SpecText.Unit> units = source == 0 ? standards : source == 1 ? licences : notes;
            for (SpecText.Unit u : units) {
                for (String s : u.sentences()) {
                    if (has(DESIRABLE, s, DESIRABLE_HINTS) || has(CONDITIONAL, s, CONDITIONAL_HINTS)) {
                        continue;
                    }
                    if (source == 2 && !has(REQUIRED_WORDS, s, REQUIRED_WORDS_HINTS)) {
                        continue;
                    }
                    if (has(DRIVER, s, DRIVER_HINTS)) {
                        if (driver == null) {
                            driver = new Needs.Licence(true, driverClass(s), "", s, u.section());
                        }
                        continue;
                    }
                    if (!has(CERTIFICATE_WORD, s, CERTIFICATE_WORD_HINTS) && !(u.table() && source == 1)) {
                        continue;
                    }
                    if (has(NOT_A_CERTIFICATE, s, NOT_A_CERTIFICATE_HINTS) || s.indexOf(':') >= 0 && ENUMERATION.matcher(s).find()) {
                        continue;
                    }
                    String body = LABEL.matcher(s).replaceFirst("");
                    if (PEOPLE.matcher(body).find() && !has(REQUIRED_WORDS, body, REQUIRED_WORDS_HINTS)) {
                        continue;
                    }
                    boolean certificate = u.table() && source == 1 || has(CERTIFICATE_WORD, body, CERTIFICATE_WORD_HINTS)
                            && (source != 0 || has(CERTIFICATE_START, body, CERTIFICATE_START_HINTS));
                    if (certificate) {
                        String name = name(u.table() ? s.split(" — ", 2)[0] : s);
                        if (!name.isEmpty() && out.stream().noneMatch(l -> l.name().equalsIgnoreCase(name))) {
                            out.add(new Needs.Licence(false, "", name, s, u.section()));
                        }
                    }
                }
            }
        }
        if (driver != null) {
            out.add(0, driver.driverClass().isEmpty() ? driver
                    : new Needs.Licence(true, driver.driverClass(), "Class " + driver.driverClass() + " driver's licence", driver.sentence(), driver.section()));
            if (driver.driverClass().isEmpty()) {
                out.set(0, new Needs.Licence(true, "", "Driver's licence", driver.sentence(), driver.section()));
            }
        }
        return List.copyOf(out);
    }

    /** The least a driver's licence sentence accepts: "Class A or B" is B; none named is empty. */
    static String driverClass(String sentence) {
        Matcher m = DRIVER_CLASS.matcher(sentence);
        if (!m.find()) {
            return "";
        }
        String c = m.group(1);
        if (m.group(3) != null && m.group(3).compareTo(c) > 0) {
            c = m.group(3);
        }
        return c;
    }

    private static final Pattern NAME_NUMBER = Pattern.compile("^(\\d+\\.\\s*)");
    private static final Pattern NAME_ARTICLE = Pattern.compile("(?i)^(a|an|the)\\s+");
    private static final Pattern NAME_TRAILING = Pattern.compile("[,;:.\\s]+$");

    /** The certificate's name: the words after "possession of", "registration as" and the like, up to "within", "issued by" … */
    static String name(String sentence) {
        String s = NAME_TRIGGER.matcher(sentence).replaceFirst("");
        s = NAME_NUMBER.matcher(s).replaceFirst("");
        s = NAME_ARTICLE.matcher(s).replaceFirst("");
        Matcher stop = NAME_STOP.matcher(s);
        if (stop.find()) {
            s = s.substring(0, stop.start());
        }
        s = NAME_TRAILING.matcher(s).replaceAll("").strip();
        if (s.length() > 90) {
            int cut = s.lastIndexOf(' ', 90);
            s = s.substring(0, cut < 0 ? 90 : cut) + "…";
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- entry level ----

    private static Boolean entryLevel(String title, Boolean firstOfSeries, Needs.Experience experience) {
        if (TRAINEE.matcher(title).find() || Boolean.TRUE.equals(firstOfSeries) || LEVEL_ONE.matcher(title.strip()).find()) {
            return true;
        }
        if (experience != null) {
            return experience.months() == 0;
        }
        return null;
    }
}
