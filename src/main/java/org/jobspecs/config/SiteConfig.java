package org.jobspecs.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jobspecs.spec.SectionAliases;

/**
 * The configuration of one site.
 *
 * @param source        the source folder
 * @param siteHost      JBake's {@code site.host}, without a trailing slash; empty when not set
 * @param title         {@code site.title}: the site's name
 * @param agency        {@code site.agency}: the agency, checked against Word exports' agency lines
 * @param location      {@code site.location}: where the jobs are (schema.org occupationLocation)
 * @param footer        {@code site.footer}: a line shown in every page's footer
 * @param logo          {@code site.logo}: the path of the agency's logo inside the asset folder; empty for none
 * @param abbreviations {@code abbreviation.*}: how abbreviations are spelled out on pages ("CSB")
 * @param theme         {@code theme.*}: CSS custom properties an agency may set (colours), by name
 * @param sectionAliases which canonical section a heading names: the built-in names plus the site's
 *                      {@code section.aliases.<anchor>} settings
 * @param acronyms      {@code import.acronyms}: the site's own acronyms, which import keeps upper case in
 *                      titles, as they are written ("GIS|CalPERS")
 * @param synonyms      {@code search.synonyms} and {@code search.synonyms.<name>}: groups of words and phrases
 *                      that search treats as one, each a list of members ("police|sheriff|law enforcement")
 * @param searchDictionary {@code search.dictionary}: a word list (one word a line, e.g. /usr/share/dict/words),
 *                      whose words search never corrects on its own; null when not set or not there
 * @param payHoursPerYear {@code pay.hours.per.year}: the working hours of a full-time year, by which hourly pay
 *                      is made annual and back (2080 unless set; biweekly pay is × 26, monthly × 12)
 * @param versionsFromGit {@code versions.from.git}: earlier versions of the specs are also read from the source
 *                      folder's git history (issue 14); false unless set
 */
public record SiteConfig(Path source, Path contentFolder, Path dataFolder, Path templateFolder, Path assetFolder,
                         String siteHost, String title, String agency, String location, String footer, String logo,
                         Map<String, String> abbreviations, Map<String, String> theme,
                         SectionAliases sectionAliases, Set<String> acronyms,
                         java.util.List<java.util.List<String>> synonyms, Path searchDictionary,
                         int payHoursPerYear, boolean versionsFromGit) {

    /** The working hours of a full-time year unless {@code pay.hours.per.year} says otherwise. */
    public static final int DEFAULT_HOURS_PER_YEAR = 2080;

    /** The abbreviation spelled out, or the text itself when the table has no entry for it. */
    public String spellOut(String abbreviation) {
        return abbreviations.getOrDefault(abbreviation, abbreviation);
    }
}
