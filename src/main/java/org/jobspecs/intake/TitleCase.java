package org.jobspecs.intake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes upper-case titles and headings in title case ("LEAD CUSTOMER SERVICE REPRESENTATIVE" →
 * "Lead Customer Service Representative") without spoiling what must stay upper case: Roman
 * numerals of levels, the acronyms agencies use in titles ("HVAC Technician", "GIS Analyst"; a
 * site adds its own with {@code import.acronyms} in jbake.properties) and words without vowels
 * ("HR"). Text that is not all upper case is left as written.
 */
final class TitleCase {

    /** Acronyms common in public-sector class titles. */
    static final Set<String> BUILT_IN = Set.of(
            "ABA", "ADA", "ADU", "AFSCME", "AV", "BIM", "CAD", "CADD", "CCTV", "CDL", "CEO", "CFO", "CIO", "CNA", "CNC", "CPA",
            "CSI", "DMV", "DNA", "DOT", "EEO", "EMS", "EMT", "EOC", "EPA", "ERP", "FAA", "FEMA", "GED", "GIS", "GPS",
            "HIV", "HUD", "HVAC", "IBEW", "ICU", "II", "III", "IT", "IV", "LAN", "LVN", "LPN", "MIS", "NPDES", "OSHA",
            "PBX", "PC", "PIO", "PLC", "POST", "QA", "QC", "RN", "SAP", "SCADA", "SEIU", "SQL", "SWAT", "TV", "UAV",
            "UI", "UX", "VA", "WAN", "WIC");

    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");
    private static final Pattern ROMAN = Pattern.compile("(?i)(?:i{1,3}|iv|v|vi{1,3}|ix|x{1,3})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern VOWEL = Pattern.compile("(?i)[aeiouy]");

    /** Each acronym in upper case → as it is written ("CALPERS" → "CalPERS"). */
    private final Map<String, String> acronyms;

    /** @param siteAcronyms the site's own acronyms, as they are written ("GIS", "CalPERS") */
    TitleCase(Set<String> siteAcronyms) {
        Map<String, String> all = new HashMap<>();
        BUILT_IN.forEach(a -> all.put(a, a));
        siteAcronyms.forEach(a -> all.put(a.strip().toUpperCase(Locale.ROOT), a.strip()));
        this.acronyms = Map.copyOf(all);
    }

    static TitleCase builtIn() {
        return new TitleCase(Set.of());
    }

    /** The text in title case when it is all upper case; otherwise as written, stripped. */
    String apply(String text) {
        String t = text.strip();
        if (!HeadingRules.isUpperCase(t)) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD.matcher(t);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            sb.append(t, last, m.start());
            String word = m.group();
            boolean abbreviation = m.end() < t.length() && t.charAt(m.end()) == '.'; // "SR." is "Sr.", not an acronym
            sb.append(word(word, first, abbreviation));
            first = false;
            last = m.end();
        }
        sb.append(t.substring(last));
        return sb.toString();
    }

    private String word(String upper, boolean first, boolean abbreviation) {
        if (acronyms.containsKey(upper)) {
            return acronyms.get(upper);
        }
        if (ROMAN.matcher(upper).matches() && !upper.equalsIgnoreCase("x") && !first) {
            return upper;
        }
        if (!abbreviation && upper.length() > 1 && !VOWEL.matcher(upper).find()) {
            return upper; // "HR", "CPR": no vowel, so not a word to be title-cased
        }
        String lower = upper.toLowerCase(Locale.ROOT);
        if (!first && SMALL.contains(lower)) {
            return lower;
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
