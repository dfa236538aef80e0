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

    /**
     * Issue 15: a build analyses each document on the thread that rendered its page and adds them in
     * class-code order; the analysers keep words across documents (stop words, stems, table growth),
     * so documents analysed on several threads in a shuffled order must still add up to Lucene's export.
     */
    @Test
    void issue15_documentsAnalysedOnSeveralThreadsInAnyOrderExportAsLucenes() throws Exception {
        Random random = new Random(15);
        String[] common = {"The", "clerk's", "Clerks", "CLERK’S", "it's", "of", "and", "Naïve", "ΣΊΣΥΦΟΣ", "straße", "İstanbul", "𝔘𝔫𝔦",
            "x²", "don't", "O'Brien’s", "engineering", "engineers", "supervises", "co-op", "a'", "'s", "s's", "résumé", "ǅemal"};
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            StringBuilder body = new StringBuilder();
            for (int n = 200 + random.nextInt(2500); n > 0; n--) {
                // many distinct words (the analysers' tables grow), some longer than a token buffer
                String word = random.nextInt(3) == 0 ? common[random.nextInt(common.length)]
                        : Integer.toString(random.nextInt(60_000), 36) + (random.nextInt(200) == 0 ? "q".repeat(70 + random.nextInt(60)) : "");
                body.append(random.nextBoolean() ? word : word.toUpperCase(java.util.Locale.ROOT)).append(random.nextInt(5) == 0 ? ". " : " ");
            }
            documents.add(new SearchDocument(String.format("%04d", i), List.of(), text(random, common, 8), body.toString(),
                    "classes/" + i + "/", text(random, common, 3), text(random, common, 2), "", false, "", ""));
        }
        Path dictionary = Files.writeString(tmp.resolve("words"), "engineering\nengineerings\nclerk\nsupervise\n");
        SitePostings.Builder builder = new SitePostings.Builder(documents.size(), List.of(), dictionary);
        SitePostings.Analysed[] analysed = new SitePostings.Analysed[documents.size()];
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, documents.size()).boxed().toList());
        java.util.Collections.shuffle(order, random);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i : order) {
                done.add(threads.submit(() -> analysed[i] = builder.analyse(documents.get(i))));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        for (SitePostings.Analysed a : analysed) {
            builder.add(a);
        }
        List<Page> direct = SearchExport.pages(builder.build());
        List<Page> lucene;
        try (SearchIndex index = SearchIndex.build(documents, List.of(), dictionary)) {
            lucene = SearchExport.pages(index);
        }
        assertEquals(lucene.stream().map(Page::output).toList(), direct.stream().map(Page::output).toList());
        for (int i = 0; i < lucene.size(); i++) { // the term shards' texts are made when written: compared by their bytes
            assertEquals(new String(lucene.get(i).dataBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    new String(direct.get(i).dataBytes(), java.nio.charset.StandardCharsets.UTF_8), lucene.get(i).output());
        }
    }

    @Test
    void issue15_theNormIsBm25sEncodedFieldLength() {
        String body = "supervises " + "payroll ".repeat(99) + "the and of";
        SitePostings postings = SitePostings.of(List.of(new SearchDocument("1", List.of(), "Clerk", body, "classes/1/", "", "", "", false,
                "", "")), List.of(), null);
        SitePostings.Ascii json = new SitePostings.Ascii();
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
        // Analysed on a page's thread, the document is refused when it is added (on the index's thread), as IndexWriter refuses it.
        SitePostings.Builder builder = new SitePostings.Builder(2, List.of(), null);
        SitePostings.Analysed refused = builder.analyse(huge);
        SitePostings.Analysed fine = builder.analyse(new SearchDocument("2", List.of(), "Clerk", "x".repeat(8_000), "classes/2/", "", "", "",
                false, "", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.add(refused));
        assertTrue(e.getMessage().contains("field=\"body\""), e.getMessage());
        builder.add(fine);
        // an immense word in the title: the stemmed title refuses it first, as IndexWriter does
        SearchDocument title = new SearchDocument("3", List.of(), "y".repeat(40_000), "", "classes/3/", "", "", "", false, "", "");
        assertThrows(IllegalArgumentException.class, () -> SearchIndex.build(List.of(title)).close());
        e = assertThrows(IllegalArgumentException.class, () -> SitePostings.of(List.of(title), List.of(), null));
        assertTrue(e.getMessage().contains("field=\"title\""), e.getMessage());
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
        for (int i = 0; i < lucene.size(); i++) { // the term shards' texts are made when written: compared by their bytes
            assertEquals(new String(lucene.get(i).dataBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    new String(direct.get(i).dataBytes(), java.nio.charset.StandardCharsets.UTF_8), lucene.get(i).output());
        }
    }
}
