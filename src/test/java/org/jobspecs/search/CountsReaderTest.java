package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the similar classes' index read straight from the counted words ({@link CountsReader})
 * answers what a segment IndexWriter writes from the same words does: terms, frequencies, postings,
 * field statistics and norms, on random classes (empty titles and texts, shared and rare words,
 * accented letters).
 */
class CountsReaderTest {

    private static final String[] WORDS = {"account", "ledger", "journal", "the", "pipe", "sewer", "inspect", "plan", "permit",
        "water", "café", "résumé", "straße", "x", "radio", "dispatch", "emerg", "diesel", "brake", "engin", "mow", "turf"};

    /** The index as the similar classes made it before: each class's counted words replayed into IndexWriter. */
    private static DirectoryReader written(List<SimilarClasses.Source> sources, List<WordVectors.Counts[]> words, ByteBuffersDirectory directory)
            throws IOException {
        FieldType counted = new FieldType(TextField.TYPE_NOT_STORED);
        counted.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        counted.freeze();
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(256).setMaxBufferedDocs(sources.size() + 1).setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < sources.size(); i++) {
                Document doc = new Document();
                doc.add(new Field(SimilarClasses.TITLE, new Replay(words.get(i)[0]), counted));
                doc.add(new Field(SimilarClasses.TEXT, new Replay(words.get(i)[1]), counted));
                doc.add(new StringField("code", sources.get(i).code(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        assertEquals(1, reader.leaves().size());
        return reader;
    }

    @Test
    void issue15TheCountedIndexIsTheWrittenOne() throws IOException {
        Random random = new Random(15);
        List<SimilarClasses.Source> sources = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sources.add(new SimilarClasses.Source(Integer.toString(1000 + i), text(random, random.nextInt(4)), text(random, random.nextInt(80)), "", false));
        }
        List<WordVectors.Counts[]> words = SimilarClasses.analyse(sources);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = written(sources, words, directory)) {
            LeafReader written = reader.leaves().get(0).reader();
            LeafReader counted = SimilarClasses.index(sources, words);
            assertEquals(written.maxDoc(), counted.maxDoc());
            assertEquals(written.numDocs(), counted.numDocs());
            for (String field : List.of(SimilarClasses.TITLE, SimilarClasses.TEXT, "code")) {
                sameTerms(field, written.terms(field), counted.terms(field));
                sameNorms(field, written.getNormValues(field), counted.getNormValues(field), written.maxDoc());
                assertEquals(written.getDocCount(field), counted.getDocCount(field), field);
            }
        }
    }

    private static String text(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(30) == 0 ? "rare" + random.nextInt(1000) : WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    private static void sameTerms(String field, Terms written, Terms counted) throws IOException {
        if (written == null) {
            assertNull(counted, field);
            return;
        }
        assertNotNull(counted, field);
        assertEquals(written.size(), counted.size(), field);
        assertEquals(written.getSumTotalTermFreq(), counted.getSumTotalTermFreq(), field);
        assertEquals(written.getSumDocFreq(), counted.getSumDocFreq(), field);
        assertEquals(written.getDocCount(), counted.getDocCount(), field);
        assertEquals(written.hasFreqs(), counted.hasFreqs(), field);
        TermsEnum w = written.iterator();
        TermsEnum c = counted.iterator();
        PostingsEnum wp = null;
        for (BytesRef next = w.next(); next != null; next = w.next()) {
            BytesRef term = BytesRef.deepCopyOf(next);
            assertEquals(term, c.next(), field);
            assertEquals(w.docFreq(), c.docFreq(), () -> field + ":" + term.utf8ToString());
            assertEquals(w.totalTermFreq(), c.totalTermFreq(), () -> field + ":" + term.utf8ToString());
            wp = w.postings(wp, PostingsEnum.FREQS);
            PostingsEnum cp = c.postings(null, PostingsEnum.FREQS);
            for (int doc = wp.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = wp.nextDoc()) {
                assertEquals(doc, cp.nextDoc(), () -> field + ":" + term.utf8ToString());
                assertEquals(wp.freq(), cp.freq(), () -> field + ":" + term.utf8ToString());
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, cp.nextDoc());
            sameSkips(field, term, w, c);
            TermsEnum exact = counted.iterator();
            assertEquals(true, exact.seekExact(term));
            assertEquals(w.docFreq(), exact.docFreq());
        }
        assertNull(c.next(), field);
        assertEquals(false, counted.iterator().seekExact(new BytesRef("absent")), field);
    }

    /**
     * Skipping to documents ({@code advance}, as LikeScores.top looks classes up) lands where the
     * written postings land, on random targets near and far, mixed with steps, and past the end.
     */
    private static void sameSkips(String field, BytesRef term, TermsEnum written, TermsEnum counted) throws IOException {
        Random random = new Random(term.hashCode());
        for (int round = 0; round < 3; round++) {
            PostingsEnum wp = written.postings(null, PostingsEnum.FREQS);
            PostingsEnum cp = counted.postings(null, PostingsEnum.FREQS);
            int doc = -1;
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                int target = doc + 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(200));
                if (random.nextInt(4) == 0) {
                    doc = wp.nextDoc();
                    assertEquals(doc, cp.nextDoc(), () -> field + ":" + term.utf8ToString());
                } else {
                    doc = wp.advance(target);
                    assertEquals(doc, cp.advance(target), () -> field + ":" + term.utf8ToString() + " to " + target);
                }
                assertEquals(doc, cp.docID());
                if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                    assertEquals(wp.freq(), cp.freq(), () -> field + ":" + term.utf8ToString());
                }
            }
        }
    }

    private static void sameNorms(String field, NumericDocValues written, NumericDocValues counted, int maxDoc) throws IOException {
        if (written == null) {
            assertNull(counted, field);
            return;
        }
        assertNotNull(counted, field);
        for (int doc = 0; doc < maxDoc; doc++) {
            boolean has = written.advanceExact(doc);
            assertEquals(has, counted.advanceExact(doc), field + " " + doc);
            if (has) {
                assertEquals(written.longValue(), counted.longValue(), field + " norm of " + doc);
            }
        }
    }

    /** A field's counted terms, given to IndexWriter as they are (each distinct term once, with its frequency). */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final WordVectors.Counts counts;
        private int at;

        Replay(WordVectors.Counts counts) {
            this.counts = counts;
        }

        @Override
        public boolean incrementToken() {
            if (at == counts.words().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(counts.words()[at]);
            frequency.setTermFrequency(counts.freqs()[at]);
            at++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
        }
    }
}
