package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Issue 13 (similar classes too slow): the cached term look-ups answer exactly as the segment does. */
class CachedTermsReaderTest {

    @Test
    void issue13CachedLookUpsAndSearchesMatchTheSegment() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        String[] texts = {"road maintenance worker repairs roads", "civil engineer designs roads and bridges",
            "accountant audits ledgers", "senior accountant reviews ledgers and audits", "bridge inspector inspects bridges"};
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new SearchAnalyzer()))) {
            for (String t : texts) {
                Document d = new Document();
                d.add(new TextField("text", t, Field.Store.NO));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReader plain = reader.leaves().get(0).reader();
            LeafReader cached = new CachedTermsReader(plain, "text");
            TermsEnum all = plain.terms("text").iterator();
            int terms = 0;
            for (BytesRef t = all.next(); t != null; t = all.next()) {
                Term term = new Term("text", BytesRef.deepCopyOf(t));
                assertEquals(plain.docFreq(term), cached.docFreq(term), term.text());
                assertEquals(plain.totalTermFreq(term), cached.totalTermFreq(term), term.text());
                terms++;
            }
            assertTrue(terms > 10);
            assertEquals(0, cached.docFreq(new Term("text", "absent")));
            BooleanQuery q = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "road")), Occur.SHOULD)
                    .add(new TermQuery(new Term("text", "bridg")), Occur.SHOULD).add(new TermQuery(new Term("text", "absent")), Occur.SHOULD).build();
            ScoreDoc[] expected = new IndexSearcher(plain).search(q, 10).scoreDocs;
            ScoreDoc[] got = new IndexSearcher(cached).search(q, 10).scoreDocs;
            assertEquals(3, expected.length, "road, bridg: documents 0, 1 and 4");
            assertEquals(expected.length, got.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].doc, got[i].doc);
                assertEquals(expected[i].score, got[i].score);
            }
        }
    }
}
