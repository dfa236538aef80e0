package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The similar classes' own analysis ({@link SimilarClasses#analyse}, read by MoreLikeThis through
 * {@link WordVectors}) must give exactly the terms and frequencies that Lucene's term vectors gave
 * when the index analysed the text itself with {@link SearchAnalyzer}: the lists stay the same.
 */
class WordVectorsTest {

    private static final List<SimilarClasses.Source> SOURCES = List.of(
            new SimilarClasses.Source("1", "Senior Accountant", "Prepares the City's financial statements; reconciles accounts.\n"
                    + "Audits payroll records and the accounts' balances. Accounting, accountants, accounted.", "", false),
            new SimilarClasses.Source("2", "Maintenance Worker II", "Repairs streets, sidewalks and storm drains; operates a backhoe "
                    + "and the crew's trucks. Café façade naïve résumé — 24/7 on-call.", "mw", false),
            new SimilarClasses.Source("3", "Clerk", "", "", false));

    @Test
    void theCountsAreLuceneTermVectorsOfTheSameText() throws IOException {
        List<WordVectors.Counts[]> counts = SimilarClasses.analyse(SOURCES);
        WordVectors vectors = new WordVectors(List.of(SimilarClasses.TITLE, SimilarClasses.TEXT), counts);
        FieldType withVectors = new FieldType(TextField.TYPE_NOT_STORED);
        withVectors.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        withVectors.setStoreTermVectors(true);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new SearchAnalyzer()))) {
            for (SimilarClasses.Source s : SOURCES) {
                Document d = new Document();
                d.add(new Field(SimilarClasses.TITLE, s.title() + "\n" + s.title(), withVectors));
                d.add(new Field(SimilarClasses.TEXT, s.text(), withVectors));
                w.addDocument(d);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (int doc = 0; doc < SOURCES.size(); doc++) {
                for (String field : List.of(SimilarClasses.TITLE, SimilarClasses.TEXT)) {
                    Terms lucene = reader.termVectors().get(doc, field);
                    Terms ours = vectors.get(doc).terms(field);
                    assertNotNull(ours, field);
                    assertEquals(map(lucene), map(ours), "document " + doc + ", field " + field);
                }
            }
        }
    }

    private static Map<String, Long> map(Terms terms) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            out.put(t.utf8ToString(), te.totalTermFreq());
        }
        return out;
    }
}
