package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jobspecs.spec.ClassCode;

/**
 * The Lucene index of a site, in memory, one document per class. Documents are added in class-code
 * order into a single segment, so Lucene's document number is the class's place in code order: the
 * number the static export and the browser client use. What searches ({@link Searcher}: the
 * {@code search} command, serve's searcher, the tests) uses it; a build writes its export from
 * {@link SitePostings} instead, which the tests compare with this index (issue 15).
 */
public final class SearchIndex implements AutoCloseable {

    static final String TITLE = "title";
    static final String BODY = "body";
    /** The class's department and unit (a field of its own, so that naming a department finds its classes first). */
    static final String DEPT = "dept";
    /**
     * The title's words as typed (not stemmed): a query word that is a title word exactly ranks that
     * title above one that only shares its stem ("dispatcher": Public Safety Dispatcher before
     * Dispatch Manager; Porter makes both "dispatch").
     */
    static final String TITLE_EXACT = "titlex";
    static final String CODE = "code";
    /** Ranking: Lucene's BM25 with its defaults. The browser client uses the same constants. */
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** A word in the title counts twice as much as one in the body. */
    static final float TITLE_BOOST = 2.0f;
    /** A word of the department or unit counts as one in the body: the field is short, so BM25 already weighs it high. */
    static final float DEPT_BOOST = 1.0f;
    static final float EXACT_BOOST = 1.0f;

    /**
     * A text field without positions: ranking and the export use term frequencies and field lengths
     * only (no phrase queries), and a field's length and norm do not depend on positions.
     */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT.freeze();
    }

    private final List<SearchDocument> documents;
    private final DirectoryReader reader;
    private final java.util.SortedMap<String, Integer> words;
    private final Synonyms synonyms;
    private final java.util.SortedSet<String> realWords;

    private SearchIndex(List<SearchDocument> documents, DirectoryReader reader, java.util.SortedMap<String, Integer> words,
                        Synonyms synonyms, java.util.SortedSet<String> realWords) {
        this.documents = documents;
        this.reader = reader;
        this.words = words;
        this.synonyms = synonyms;
        this.realWords = realWords;
    }

    /** @param documents the classes, in class-code order */
    public static SearchIndex build(List<SearchDocument> documents) {
        return build(documents, List.of());
    }

    /**
     * @param documents the classes, in class-code order
     * @param synonyms  groups of words and phrases that queries treat as one (expanded at query time)
     */
    public static SearchIndex build(List<SearchDocument> documents, List<List<String>> synonyms) {
        return build(documents, synonyms, (java.nio.file.Path) null);
    }

    /**
     * @param dictionary a word list of real words (one a line, UTF-8; null for none): one that no class uses but that is a likely typo of a
     *                   word classes use is never corrected on its own, only offered ({@link Typos})
     */
    public static SearchIndex build(List<SearchDocument> documents, List<List<String>> synonyms, java.nio.file.Path dictionary) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        WordCounts words = new WordCounts();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new SearchAnalyzer(words), java.util.Map.of(TITLE_EXACT, new SearchAnalyzer(false)));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity(K1, B))
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(1024)
                .setMaxBufferedDocs(Math.max(2, documents.size() + 1))
                .setUseCompoundFile(false);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (SearchDocument d : documents) {
                    words.nextDocument();
                    writer.addDocument(document(d));
                }
                writer.commit();
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("the search index has " + reader.leaves().size() + " segments; it must have one");
            }
            java.util.SortedMap<String, Integer> sorted = words.sorted();
            return new SearchIndex(List.copyOf(documents), reader, sorted, Synonyms.of(synonyms, new SearchAnalyzer()),
                    RealWords.of(dictionary, sorted.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new Field(TITLE, d.title(), TEXT));
        doc.add(new Field(BODY, d.body(), TEXT));
        doc.add(new Field(DEPT, d.department() + "\n" + d.unit(), TEXT));
        doc.add(new Field(TITLE_EXACT, d.title(), TEXT));
        doc.add(new StringField(CODE, new ClassCode(d.code()).key(), Field.Store.NO));
        for (String former : d.formerCodes()) {
            doc.add(new StringField(CODE, new ClassCode(former).key(), Field.Store.NO));
        }
        return doc;
    }

    public List<SearchDocument> documents() {
        return documents;
    }

    /** Every word of the documents as typed (lower-cased, stop words removed, not stemmed) → documents using it. */
    java.util.SortedMap<String, Integer> words() {
        return words;
    }

    /** The dictionary's words that no class uses and that are a likely typo of a word classes use (see {@link Typos#realWords}). */
    java.util.SortedSet<String> realWords() {
        return realWords;
    }

    Synonyms synonyms() {
        return synonyms;
    }

    DirectoryReader reader() {
        return reader;
    }

    /** The single segment (empty index: null). */
    LeafReader leaf() {
        return reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
