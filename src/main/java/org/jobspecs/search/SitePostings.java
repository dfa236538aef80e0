package org.jobspecs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Issue 15: the postings of a site's search fields (title, body, department and unit, title words as
 * typed) and what else {@link SearchExport} writes: each term's documents with the term's frequency
 * and the document's encoded field length, each field's statistics, the words as typed (typo list),
 * the synonym groups. A build makes them straight from the analysed tokens ({@link Builder}), with no
 * Lucene index; {@link #of(SearchIndex)} reads the same out of a Lucene index, the oracle the tests
 * compare the direct statistics with (the searcher and its ranking stay Lucene's).
 */
public final class SitePostings {

    /** The indexed text fields, in the order the export lists them. */
    static final List<String> FIELDS = List.of(SearchIndex.TITLE, SearchIndex.BODY, SearchIndex.DEPT, SearchIndex.TITLE_EXACT);

    /** One term's postings in one field, as the export writes them: doc gap, term frequency, norm byte, … */
    static final class Postings {
        private final StringBuilder text = new StringBuilder();
        private int lastDoc;
        /** Builder only: the document being analysed, and the term's frequency in it so far. */
        private int doc = -1;
        private int freq;

        void add(int doc, int freq, int norm) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(doc - lastDoc).append(',').append(freq).append(',').append(norm);
            lastDoc = doc;
        }

        void appendTo(StringBuilder json) {
            json.append('[').append(text).append(']');
        }
    }

    /** One field: term → its postings, the documents with at least one term, the number of terms in all documents. */
    record Field(Map<String, Postings> terms, int docCount, long sumTotalTermFreq) {
    }

    private final List<SearchDocument> documents;
    private final Map<String, Field> fields;
    private final SortedMap<String, Integer> words;
    private final Synonyms synonyms;
    private final SortedSet<String> realWords;

    private SitePostings(List<SearchDocument> documents, Map<String, Field> fields, SortedMap<String, Integer> words, Synonyms synonyms,
                         SortedSet<String> realWords) {
        this.documents = documents;
        this.fields = fields;
        this.words = words;
        this.synonyms = synonyms;
        this.realWords = realWords;
    }

    /** The postings a Lucene index holds (the oracle of the direct statistics: it reads back what IndexWriter stored). */
    static SitePostings of(SearchIndex index) {
        Map<String, Field> fields = new LinkedHashMap<>();
        LeafReader leaf = index.leaf();
        try {
            for (String field : FIELDS) {
                Terms terms = leaf == null ? null : leaf.terms(field);
                fields.put(field, terms == null ? new Field(Map.of(), 0, 0) : read(leaf, field, terms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SitePostings(index.documents(), fields, index.words(), index.synonyms(), index.realWords());
    }

    private static Field read(LeafReader leaf, String field, Terms terms) throws IOException {
        byte[] norms = new byte[leaf.maxDoc()];
        NumericDocValues values = leaf.getNormValues(field);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            norms[doc] = (byte) values.longValue();
        }
        Map<String, Postings> postings = new HashMap<>();
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            pe = te.postings(pe, PostingsEnum.FREQS);
            Postings p = new Postings();
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                p.add(doc, pe.freq(), norms[doc] & 0xFF);
            }
            postings.put(term.utf8ToString(), p);
        }
        return new Field(postings, terms.getDocCount(), terms.getSumTotalTermFreq());
    }

    /** The postings of documents analysed directly (what {@link Builder} makes of them, all at once). */
    static SitePostings of(List<SearchDocument> documents, List<List<String>> synonyms, java.nio.file.Path dictionary) {
        Builder builder = new Builder(documents.size(), synonyms, dictionary);
        documents.forEach(builder::add);
        return builder.build();
    }

    List<SearchDocument> documents() {
        return documents;
    }

    Field field(String name) {
        return fields.get(name);
    }

    /** Every word of the documents as typed (lower-cased, stop words removed, not stemmed) → documents using it. */
    SortedMap<String, Integer> words() {
        return words;
    }

    /** See {@link SearchIndex#realWords()}. */
    SortedSet<String> realWords() {
        return realWords;
    }

    Synonyms synonyms() {
        return synonyms;
    }

    /**
     * The postings of a site's documents added one at a time, in class-code order, as a build renders
     * the class pages (the documents kept are without their {@code body}). Each field is analysed once,
     * with the analyzers of {@link SearchIndex}, and each term's postings are written as the document's
     * tokens are counted. The norm byte is BM25Similarity's: {@code SmallFloat.intToByte4} of the
     * field's number of tokens (these analyzers stack no token on another, so discounting overlaps
     * takes nothing off). Not thread-safe: documents are added from one thread.
     */
    public static final class Builder {

        private final int count;
        private final List<List<String>> synonyms;
        private final java.nio.file.Path dictionary;
        private final WordCounts words = new WordCounts();
        private final Analyzer stemmed = new SearchAnalyzer(words);
        private final Analyzer exact = new SearchAnalyzer(false);
        private final List<FieldBuilder> fields = FIELDS.stream().map(f -> new FieldBuilder()).toList();
        private final List<SearchDocument> kept = new ArrayList<>();

        /**
         * @param count      how many documents will be added
         * @param synonyms   as for {@link SearchIndex#build(List, List, java.nio.file.Path)}
         * @param dictionary as for {@link SearchIndex#build(List, List, java.nio.file.Path)}
         */
        public Builder(int count, List<List<String>> synonyms, java.nio.file.Path dictionary) {
            this.count = count;
            this.synonyms = synonyms;
            this.dictionary = dictionary;
        }

        /** Adds the next class's document (in class-code order). */
        public void add(SearchDocument d) {
            int doc = kept.size();
            words.nextDocument();
            fields.get(0).add(stemmed, SearchIndex.TITLE, d.title(), doc);
            fields.get(1).add(stemmed, SearchIndex.BODY, d.body(), doc);
            fields.get(2).add(stemmed, SearchIndex.DEPT, d.department() + "\n" + d.unit(), doc);
            fields.get(3).add(exact, SearchIndex.TITLE_EXACT, d.title(), doc);
            kept.add(d.withoutBody());
        }

        /** The postings of the documents added (as many as announced). */
        public SitePostings build() {
            if (kept.size() != count) {
                throw new IllegalStateException(kept.size() + " documents added, " + count + " announced");
            }
            Map<String, Field> out = new LinkedHashMap<>();
            for (int i = 0; i < FIELDS.size(); i++) {
                out.put(FIELDS.get(i), fields.get(i).build());
            }
            SortedMap<String, Integer> sorted = words.sorted();
            return new SitePostings(List.copyOf(kept), out, sorted, Synonyms.of(synonyms, new SearchAnalyzer()),
                    RealWords.of(dictionary, sorted.keySet()));
        }
    }

    /** One field's postings being written, document by document. */
    private static final class FieldBuilder {

        private final CharArrayMap<Postings> terms = new CharArrayMap<>(1 << 12, false);
        private final List<Postings> inDocument = new ArrayList<>();
        private int docCount;
        private long sumTotalTermFreq;

        void add(Analyzer analyzer, String field, String text, int doc) {
            int length = 0;
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    Postings p = terms.get(term.buffer(), 0, term.length());
                    if (p == null) {
                        checkLength(field, term);
                        p = new Postings();
                        terms.put(java.util.Arrays.copyOf(term.buffer(), term.length()), p);
                    }
                    if (p.doc != doc) {
                        p.doc = doc;
                        p.freq = 0;
                        inDocument.add(p);
                    }
                    p.freq++;
                    length++;
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (length > 0) {
                int norm = SmallFloat.intToByte4(length) & 0xFF;
                for (Postings p : inDocument) {
                    p.add(doc, p.freq, norm);
                }
                inDocument.clear();
                docCount++;
                sumTotalTermFreq += length;
            }
        }

        /** A term too long for a Lucene index is refused as IndexWriter refuses it. */
        private static void checkLength(String field, CharTermAttribute term) {
            if (term.length() > IndexWriter.MAX_TERM_LENGTH / UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR
                    && UnicodeUtil.calcUTF16toUTF8Length(term, 0, term.length()) > IndexWriter.MAX_TERM_LENGTH) {
                throw new IllegalArgumentException("Document contains at least one immense term in field=\"" + field
                        + "\" (whose UTF8 encoding is longer than the max length " + IndexWriter.MAX_TERM_LENGTH + ")");
            }
        }

        Field build() {
            Map<String, Postings> out = new HashMap<>(terms.size() * 2);
            CharArrayMap<Postings>.EntryIterator it = terms.entrySet().iterator();
            while (it.hasNext()) {
                out.put(new String(it.nextKey()), it.currentValue());
            }
            return new Field(out, docCount, sumTotalTermFreq);
        }
    }
}
