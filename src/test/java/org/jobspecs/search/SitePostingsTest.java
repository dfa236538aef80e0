package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.util.SmallFloat;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.problem.Problems;
import org.jobspecs.site.Page;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a build writes the search export from postings counted as the class pages are analysed
 * ({@link SitePostings.Builder}), with no Lucene index. Lucene is the oracle: the export of the direct
 * postings must equal, file for file and byte for byte, the export read back from a Lucene index of
 * the same documents ({@link SitePostings#of(SearchIndex)}).
 */
class SitePostingsTest {

    @TempDir
    Path tmp;

    @Test
    void issue15_theDemoSitesExportEqualsLucenes() throws Exception {
        List<SearchDocument> documents = documentsOf(FixtureSite.PROJECT);
        assertTrue(documents.size() > 20, "the demo's classes: " + documents.size());
        List<List<String>> synonyms = List.of(List.of("clerk", "office assistant"), List.of("HR", "human resources"));
        Path dictionary = Files.writeString(tmp.resolve("words"), "accountant\npayroll\nacountant\n");
        assertSameExport(documents, synonyms, dictionary);
    }

    @Test
    void issue15_aGeneratedCatalogsExportEqualsLucenes() throws Exception {
        Path source = tmp.resolve("catalog");
        new DemoCatalogWriter(300, 42).write(source, FixtureSite.PROJECT);
        List<SearchDocument> documents = documentsOf(source);
        assertEquals(300, documents.size());
        assertSameExport(documents, List.of(List.of("engineer", "technician")), null);
    }

    @Test
    void issue15_randomDocumentsExportAsLucenes() throws Exception {
        String[] words = {"clerk", "clerks", "clerk's", "Clerk", "CLERK", "the", "and", "of", "it's", "O'Brien", "o’brien", "naïve",
            "NAÏVE", "Ωmega", "ΣΊΣΥΦΟΣ", "straße", "İstanbul", "日本語", "x²", "½", "123", "007", "0075a", "a", "i", "z9", "😀", "—", "--",
            "\u0301e", "e\u0301", "co-op", "engineer", "engineering", "engineers", "dispatch", "dispatcher", "running", "ran", "\t", "\n\n",
            "accountant", "acountant", "payroll", "ﬁle", "Ⅻ", "١٢٣", "\u00a0", "résumé", "don't", "'quoted'", "’", "supervises", "s"};
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<SearchDocument> documents = new ArrayList<>();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                List<String> former = new ArrayList<>();
                for (int f = random.nextInt(3); f > 0; f--) {
                    former.add(String.format("%03d", random.nextInt(1000)) + (random.nextBoolean() ? "a" : ""));
                }
                documents.add(new SearchDocument(String.format("%04d", i), former, text(random, words, 6), text(random, words, 400),
                        "classes/" + i + "/", text(random, words, 3), text(random, words, 3), random.nextBoolean() ? "Exempt" : "",
                        random.nextInt(5) == 0, "", text(random, words, 5)));
            }
            Path dictionary = Files.writeString(tmp.resolve("words" + seed), "accountant\nacountant\nnaive\nclerks\n");
            assertSameExport(documents, List.of(List.of("clerk", "office assistant"), List.of("naïve", "o'brien")), dictionary);
        }
    }

    @Test
    void issue15_theNormIsBm25sEncodedFieldLength() {
        String body = "supervises " + "payroll ".repeat(99) + "the and of";
        SitePostings postings = SitePostings.of(List.of(new SearchDocument("1", List.of(), "Clerk", body, "classes/1/", "", "", "", false,
                "", "")), List.of(), null);
        StringBuilder json = new StringBuilder();
        postings.field(SearchIndex.BODY).terms().get("payrol").appendTo(json);
        assertEquals("[0,99," + (SmallFloat.intToByte4(100) & 0xFF) + "]", json.toString(), "100 terms: stop words do not count");
        assertEquals(1, postings.field(SearchIndex.BODY).docCount());
        assertEquals(100, postings.field(SearchIndex.BODY).sumTotalTermFreq());
        assertEquals(0, postings.field(SearchIndex.DEPT).docCount(), "an empty field is in no document");
    }

    @Test
    void issue15_theDocumentsAreKeptWithoutTheirText() {
        SitePostings.Builder builder = new SitePostings.Builder(1, List.of(), null);
        builder.add(new SearchDocument("1", List.of(), "Office Assistant", "Performs clerical duties.", "classes/1/", "Finance", "General",
                "Non-exempt", false, "", "Performs clerical duties"));
        SitePostings postings = builder.build();
        assertEquals("", postings.documents().get(0).body());
        assertFalse(postings.field(SearchIndex.BODY).terms().isEmpty(), "the text was analysed before it was dropped");
    }

    @Test
    void issue15_fewerDocumentsThanAnnouncedAreRefused() {
        SitePostings.Builder builder = new SitePostings.Builder(2, List.of(), null);
        builder.add(new SearchDocument("1", List.of(), "Office Assistant", "Performs clerical duties.", "classes/1/", "Finance", "General",
                "Non-exempt", false, "", "Performs clerical duties"));
        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void issue15_anImmenseTermIsRefusedAsLuceneRefusesIt() {
        SearchDocument huge = new SearchDocument("1", List.of(), "Clerk", "x".repeat(40_000), "classes/1/", "", "", "", false, "", "");
        assertThrows(IllegalArgumentException.class, () -> SearchIndex.build(List.of(huge)).close());
        assertThrows(IllegalArgumentException.class, () -> SitePostings.of(List.of(huge), List.of(), null));
    }

    private static String text(Random random, String[] words, int most) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    private List<SearchDocument> documentsOf(Path source) {
        Problems problems = new Problems();
        try (SearchIndex index = SiteBuild.searchIndex(new BuildOptions(source, null, RankingParityTest.DATE), problems)) {
            return index.documents();
        }
    }

    /** The export of the direct postings is the export of a Lucene index of the same documents, file for file and byte for byte. */
    private static void assertSameExport(List<SearchDocument> documents, List<List<String>> synonyms, Path dictionary) {
        List<Page> lucene;
        try (SearchIndex index = SearchIndex.build(documents, synonyms, dictionary)) {
            lucene = SearchExport.pages(index);
        }
        List<Page> direct = SearchExport.pages(SitePostings.of(documents, synonyms, dictionary));
        assertEquals(lucene.stream().map(Page::output).toList(), direct.stream().map(Page::output).toList());
        for (int i = 0; i < lucene.size(); i++) {
            assertEquals(lucene.get(i), direct.get(i), lucene.get(i).output());
        }
    }
}
