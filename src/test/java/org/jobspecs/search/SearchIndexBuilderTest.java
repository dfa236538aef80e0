package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.problem.Problems;
import org.jobspecs.site.Page;
import org.jobspecs.testing.FixtureSite;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a build indexes each class as its page is rendered ({@link SearchIndex.Builder}), keeping
 * the documents without their text; its index exports the very files an index of the whole list
 * of documents exports, and finds the same classes.
 */
class SearchIndexBuilderTest {

    @Test
    void issue15_anIndexBuiltDocumentByDocumentExportsTheSameFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        Problems problems = new Problems();
        List<SearchDocument> documents;
        try (SearchIndex index = SiteBuild.searchIndex(new BuildOptions(FixtureSite.PROJECT, null, RankingParityTest.DATE), problems)) {
            documents = index.documents();
        }
        assertTrue(documents.size() > 20, "the demo's classes: " + documents.size());
        assertTrue(documents.stream().allMatch(d -> !d.body().isEmpty()));
        List<List<String>> synonyms = List.of(List.of("clerk", "office assistant"), List.of("HR", "human resources"));
        java.nio.file.Path dictionary = java.nio.file.Files.writeString(tmp.resolve("words"), "accountant\npayroll\nacountant\n");

        List<Page> whole;
        try (SearchIndex index = SearchIndex.build(documents, synonyms, dictionary)) {
            whole = SearchExport.pages(index);
        }
        SearchIndex.Builder builder = new SearchIndex.Builder(documents.size(), synonyms, dictionary);
        documents.forEach(builder::add);
        try (SearchIndex built = builder.build()) {
            assertTrue(built.documents().stream().allMatch(d -> d.body().isEmpty()), "the documents are kept without their text");
            assertEquals(documents.stream().map(SearchDocument::code).toList(), built.documents().stream().map(SearchDocument::code).toList());
            List<Page> streamed = SearchExport.pages(built);
            assertEquals(whole.size(), streamed.size());
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.get(i), streamed.get(i), whole.get(i).output());
            }
        }
    }

    @Test
    void issue15_anIndexOfFewerDocumentsThanAnnouncedIsRefused() {
        SearchDocument one = new SearchDocument("1", List.of(), "Office Assistant", "Performs clerical duties.", "classes/1/",
                "Finance", "General", "Non-exempt", false, "", "Performs clerical duties");
        SearchIndex.Builder builder = new SearchIndex.Builder(2, List.of(), null);
        builder.add(one);
        assertThrows(IllegalStateException.class, builder::build);
    }
}
