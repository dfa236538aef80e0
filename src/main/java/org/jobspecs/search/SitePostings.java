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
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.en.PorterStemFilter;
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

    /**
     * One term's postings in one field: for each document, its gap from the last, the term's frequency
     * and the document's norm byte. Issue 15: kept as variable-length bytes (the gap and the frequency
     * seven bits a byte, the norm one byte), about a third of their decimal text; the export writes the
     * text, digit by digit, only when it writes the term's shard ({@link #appendTo(Ascii)}).
     */
    static final class Postings {
        private byte[] bytes = new byte[8];
        private int length;
        private int lastDoc;

        void add(int doc, int freq, int norm) {
            if (bytes.length - length < 11) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length + (bytes.length >> 1) + 11);
            }
            varint(doc - lastDoc);
            varint(freq);
            bytes[length++] = (byte) norm;
            lastDoc = doc;
        }

        private void varint(int n) {
            while ((n & ~0x7F) != 0) {
                bytes[length++] = (byte) (n & 0x7F | 0x80);
                n >>>= 7;
            }
            bytes[length++] = (byte) n;
        }

        /** Writes the postings as the export's JSON array: {@code [gap,tf,norm,…]}. */
        void appendTo(Ascii out) {
            out.append('[');
            int[] at = {0};
            while (at[0] < length) {
                if (at[0] > 0) {
                    out.append(',');
                }
                out.number(varintAt(at)).append(',').number(varintAt(at)).append(',').number(bytes[at[0]++] & 0xFF);
            }
            out.append(']');
        }

        /** The length of the text {@link #appendTo(Ascii)} writes, found without writing it. */
        int textLength() {
            int text = 2;
            int[] at = {0};
            while (at[0] < length) {
                text += (at[0] > 0 ? 3 : 2) + Ascii.digits(varintAt(at)) + Ascii.digits(varintAt(at)) + Ascii.digits(bytes[at[0]++] & 0xFF);
            }
            return text;
        }

        /** The number written by {@link #varint} at {@code at[0]}, which is moved past it. */
        private int varintAt(int[] at) {
            int i = at[0];
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[i++];
                n |= (b & 0x7F) << shift;
                if (b >= 0) {
                    at[0] = i;
                    return n;
                }
            }
        }
    }

    /**
     * A growing text of ASCII and UTF-8 bytes (issue 15: numbers written digit by digit; a third of the
     * index thread's time once went to {@code StringBuilder.append(int)}).
     */
    static final class Ascii {
        private byte[] bytes = new byte[256];
        private int length;

        private void room(int n) {
            if (bytes.length - length < n) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        Ascii append(char c) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }

        /** Appends a string's UTF-8 bytes. */
        Ascii append(String s) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            room(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
            return this;
        }

        /** Appends a number (not negative) in decimal. */
        Ascii number(int n) {
            room(10);
            if (n < 10) {
                bytes[length++] = (byte) ('0' + n);
            } else if (n < 100) {
                bytes[length++] = (byte) ('0' + n / 10);
                bytes[length++] = (byte) ('0' + n % 10);
            } else {
                int end = length + digits(n);
                for (int i = end - 1; i >= length; i--) {
                    bytes[i] = (byte) ('0' + n % 10);
                    n /= 10;
                }
                length = end;
            }
            return this;
        }

        /** How many decimal digits a number (not negative) has. */
        static int digits(int n) {
            int digits = 1;
            for (long m = 10; m <= n; m *= 10) {
                digits++;
            }
            return digits;
        }

        int length() {
            return length;
        }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(bytes, length);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** One field: term → its postings, the documents with at least one term, the number of terms in all documents. */
    record Field(Map<String, Postings> terms, int docCount, long sumTotalTermFreq) {
    }

    private final List<SearchDocument> documents;
    private final Map<String, Field> fields;
    private final SortedMap<String, Integer> words;
    private final Synonyms synonyms;
    /** Issue 15: found when first asked for (by the export, on a thread of its own). */
    private final java.util.function.Supplier<SortedSet<String>> realWords;

    private SitePostings(List<SearchDocument> documents, Map<String, Field> fields, SortedMap<String, Integer> words, Synonyms synonyms,
                         java.util.function.Supplier<SortedSet<String>> realWords) {
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
        return new SitePostings(index.documents(), fields, index.words(), index.synonyms(), index::realWords);
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

    /**
     * The real words of a dictionary near the corpus's, found once, when first asked for (made in a
     * static method: the builder, with its analysers, is let go of).
     */
    private static java.util.function.Supplier<SortedSet<String>> realWords(java.nio.file.Path dictionary, java.util.Set<String> corpus) {
        return new java.util.function.Supplier<>() {
            private SortedSet<String> found;

            @Override
            public synchronized SortedSet<String> get() {
                if (found == null) {
                    found = RealWords.of(dictionary, corpus);
                }
                return found;
            }
        };
    }

    /** See {@link SearchIndex#realWords()}. */
    SortedSet<String> realWords() {
        return realWords.get();
    }

    Synonyms synonyms() {
        return synonyms;
    }

    /**
     * The postings of a site's documents, made in two steps (issue 15): each document is analysed on
     * whichever thread made it ({@link #analyse}, thread-safe), and the analysed documents are then
     * added one at a time, in class-code order ({@link #add(Analysed)}, from one thread), which only
     * appends each distinct term's posting and counts each distinct word. Each field is analysed once,
     * with the analysis of {@link SearchIndex} (tokenizer, lower case, possessive, stop words, Porter
     * stem; the title's words as typed for the exact field); the documents kept are without their
     * {@code body}. The norm byte is BM25Similarity's: {@code SmallFloat.intToByte4} of the field's
     * number of tokens (these analyzers stack no token on another, so discounting overlaps takes
     * nothing off).
     */
    public static final class Builder {

        private final int count;
        private final List<List<String>> synonyms;
        private final java.nio.file.Path dictionary;
        private final WordCounts words = new WordCounts();
        /** Title, body, department and unit (stemmed), then the title's words as typed. */
        private final List<CharArrayMap<Postings>> terms = FIELDS.stream().map(f -> new CharArrayMap<Postings>(1 << 12, false)).toList();
        private final int[] docCount = new int[FIELDS.size()];
        private final long[] sumTotalTermFreq = new long[FIELDS.size()];
        private final List<SearchDocument> kept = new ArrayList<>();
        /** The analysers not in use (one is made for each thread analysing at the same time). */
        private final java.util.concurrent.ConcurrentLinkedQueue<Analyser> analysers = new java.util.concurrent.ConcurrentLinkedQueue<>();

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

        /**
         * Analyses a document, ready to be added. Thread-safe: documents may be analysed on any
         * threads, in any order. A document that a Lucene index would refuse (an immense term) is
         * refused when it is added.
         */
        public Analysed analyse(SearchDocument d) {
            Analyser a = analysers.poll();
            if (a == null) {
                a = new Analyser();
            }
            try {
                return a.analyse(d);
            } finally {
                analysers.offer(a);
            }
        }

        /** Analyses and adds the next class's document (in class-code order). */
        public void add(SearchDocument d) {
            add(analyse(d));
        }

        /** Adds the next class's document (in class-code order), analysed by {@link #analyse}. */
        public void add(Analysed a) {
            if (a.refused != null) {
                throw new IllegalArgumentException(a.refused);
            }
            int doc = kept.size();
            words.nextDocument();
            for (Analyser.Word w : a.words) {
                if (w.counted == null) {
                    w.counted = words.add(w.key, w.key.length);
                } else {
                    words.count(w.counted);
                }
            }
            for (int f = 0; f < Analyser.STEMMED; f++) {
                Analyser.Term[] ts = a.terms[f];
                if (ts.length > 0) {
                    int[] freqs = a.freqs[f];
                    int norm = norm(f, a.lengths[f]);
                    for (int i = 0; i < ts.length; i++) {
                        Postings p = ts[i].postings[f];
                        if (p == null) {
                            p = postings(f, ts[i].key);
                            ts[i].postings[f] = p;
                        }
                        p.add(doc, freqs[i], norm);
                    }
                }
            }
            int exact = Analyser.STEMMED;
            if (a.exact.length > 0) {
                int norm = norm(exact, a.lengths[0]);
                for (int i = 0; i < a.exact.length; i++) {
                    Analyser.Word w = a.exact[i];
                    if (w.exactPostings == null) {
                        w.exactPostings = postings(exact, w.key);
                    }
                    w.exactPostings.add(doc, a.exactFreqs[i], norm);
                }
            }
            kept.add(a.document);
        }

        /** Counts a field of the document being added; its norm byte. */
        private int norm(int field, int length) {
            docCount[field]++;
            sumTotalTermFreq[field] += length;
            return SmallFloat.intToByte4(length) & 0xFF;
        }

        private Postings postings(int field, char[] term) {
            CharArrayMap<Postings> map = terms.get(field);
            Postings p = map.get(term, 0, term.length);
            if (p == null) {
                p = new Postings();
                map.put(term, p);
            }
            return p;
        }

        /** The postings of the documents added (as many as announced). */
        public SitePostings build() {
            if (kept.size() != count) {
                throw new IllegalStateException(kept.size() + " documents added, " + count + " announced");
            }
            Map<String, Field> out = new LinkedHashMap<>();
            for (int i = 0; i < FIELDS.size(); i++) {
                Map<String, Postings> postings = new HashMap<>(terms.get(i).size() * 2);
                CharArrayMap<Postings>.EntryIterator it = terms.get(i).entrySet().iterator();
                while (it.hasNext()) {
                    postings.put(new String(it.nextKey()), it.currentValue());
                }
                out.put(FIELDS.get(i), new Field(postings, docCount[i], sumTotalTermFreq[i]));
            }
            SortedMap<String, Integer> sorted = words.sorted();
            return new SitePostings(List.copyOf(kept), out, sorted, Synonyms.of(synonyms, new SearchAnalyzer()),
                    realWords(dictionary, sorted.keySet()));
        }
    }

    /**
     * One document analysed by {@link Builder#analyse}: in each stemmed field its distinct terms and
     * their frequencies, the title's distinct words as typed and theirs, the fields' lengths, and its
     * distinct words as typed (the typo list counts them).
     */
    public static final class Analysed {
        private final SearchDocument document;
        private Analyser.Word[] words;
        private final Analyser.Term[][] terms = new Analyser.Term[Analyser.STEMMED][];
        private final int[][] freqs = new int[Analyser.STEMMED][];
        private final int[] lengths = new int[Analyser.STEMMED];
        private Analyser.Word[] exact;
        private int[] exactFreqs;
        /** Why a Lucene index would refuse the document, or null. */
        private String refused;

        private Analysed(SearchDocument document) {
            this.document = document;
        }
    }

    /**
     * Analyses documents one at a time on one thread at a time, as {@link SearchAnalyzer} does (its
     * tokenizer, lower case, possessive, stop words, Porter stem) but without Lucene's token streams
     * (issue 15): each field's text is scanned by {@link WordTokenizer}'s own scan, each word lower-cased
     * as {@link FastLowerCaseFilter} does and its possessive removed as EnglishPossessiveFilter does,
     * and looked up by its characters (no String per token) among the words met before, which know
     * whether they are stop words and their Porter stem (Lucene's PorterStemFilter, once per distinct
     * word). The words and the stems are kept, with what the document being analysed counted of them.
     * {@code SitePostingsTest} compares the result with a Lucene index of the same documents.
     */
    private static final class Analyser {

        /** The stemmed fields: title, body, department and unit. */
        static final int STEMMED = 3;
        private static final String[] NAMES = {SearchIndex.TITLE, SearchIndex.BODY, SearchIndex.DEPT};
        /** A distinct word as typed (lower-cased, possessive removed). */
        static final class Word {
            final char[] key;
            final int hash;
            /** A stop word: dropped. */
            final boolean stop;
            final Term stem;
            /** Longer than a Lucene index takes as a term (of the exact field). */
            final boolean immense;
            int doc;
            int exactDoc;
            int exactFreq;
            /** Read and written by the thread adding the documents only: the word's count and its postings in the exact field. */
            WordCounts.Word counted;
            Postings exactPostings;

            Word(char[] key, int hash, boolean stop, Term stem, boolean immense) {
                this.key = key;
                this.hash = hash;
                this.stop = stop;
                this.stem = stem;
                this.immense = immense;
            }
        }

        /** A distinct stem. */
        static final class Term {
            final char[] key;
            final int[] doc = new int[STEMMED];
            final int[] freq = new int[STEMMED];
            /** Read and written by the thread adding the documents only: the term's postings in each stemmed field. */
            final Postings[] postings = new Postings[STEMMED];

            Term(char[] key) {
                this.key = key;
            }
        }

        /** The words met, by hash (open addressing, linear probing). */
        private Word[] words = new Word[1 << 12];
        private int wordCount;
        private final CharArrayMap<Term> stems = new CharArrayMap<>(1 << 12, false);
        private final OneToken one = new OneToken();
        private final CharTermAttribute oneTerm = one.addAttribute(CharTermAttribute.class);
        private final PorterStemFilter stemmer = new PorterStemFilter(one);
        /** The text being scanned, and the word being looked up. */
        private char[] text = new char[4096];
        private char[] token = new char[64];
        private final List<Word> docWords = new ArrayList<>();
        private final List<List<Term>> docTerms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        private final List<Word> docExact = new ArrayList<>();
        private int doc;
        private boolean exactImmense;

        Analysed analyse(SearchDocument d) {
            doc++;
            docWords.clear();
            docExact.clear();
            docTerms.forEach(List::clear);
            exactImmense = false;
            Analysed out = new Analysed(d.withoutBody());
            try {
                out.lengths[0] = field(0, d.title());
                out.lengths[1] = field(1, d.body());
                out.lengths[2] = field(2, d.department() + "\n" + d.unit());
                if (exactImmense) {
                    throw new IllegalArgumentException(immense(SearchIndex.TITLE_EXACT));
                }
            } catch (IllegalArgumentException e) {
                out.refused = e.getMessage();
                return out;
            }
            out.words = docWords.toArray(new Word[0]);
            for (int f = 0; f < STEMMED; f++) {
                Term[] ts = docTerms.get(f).toArray(new Term[0]);
                int[] freqs = new int[ts.length];
                for (int i = 0; i < ts.length; i++) {
                    freqs[i] = ts[i].freq[f];
                }
                out.terms[f] = ts;
                out.freqs[f] = freqs;
            }
            out.exact = docExact.toArray(new Word[0]);
            out.exactFreqs = new int[out.exact.length];
            for (int i = 0; i < out.exact.length; i++) {
                out.exactFreqs[i] = out.exact[i].exactFreq;
            }
            return out;
        }

        /** Analyses one field's text; its number of tokens. The title's words also make the exact field's terms. */
        private int field(int f, String field) {
            int n = field.length();
            if (text.length < n) {
                text = new char[Math.max(n, 2 * text.length)];
            }
            char[] t = text;
            field.getChars(0, n, t, 0);
            List<Term> inDocument = docTerms.get(f);
            int length = 0;
            int pos = 0;
            while (true) {
                pos = WordTokenizer.wordStart(t, pos, n); // the scan of WordTokenizer
                if (pos >= n) {
                    return length;
                }
                int start = pos;
                pos = WordTokenizer.wordEnd(t, pos, n);
                Word w = word(f, t, start, pos - start);
                if (w.stop) {
                    continue;
                }
                if (w.doc != doc) {
                    w.doc = doc;
                    docWords.add(w);
                }
                Term s = w.stem;
                if (s.doc[f] != doc) {
                    s.doc[f] = doc;
                    s.freq[f] = 0;
                    inDocument.add(s);
                }
                s.freq[f]++;
                if (f == 0) {
                    if (w.exactDoc != doc) {
                        w.exactDoc = doc;
                        w.exactFreq = 0;
                        docExact.add(w);
                    }
                    w.exactFreq++;
                    exactImmense |= w.immense;
                }
                length++;
            }
        }

        /**
         * The word of the token {@code t[start, start + n)}: lower-cased (FastLowerCaseFilter), its
         * possessive removed (EnglishPossessiveFilter), looked up among the words met before, or stemmed
         * and kept when met for the first time.
         */
        private Word word(int f, char[] t, int start, int n) {
            if (token.length < n + 1) {
                token = new char[n + 16];
            }
            char[] b = token;
            // ASCII words (nearly all) are copied, lower-cased and hashed in one pass
            int h = 0;
            int h1 = 0;
            int h2 = 0; // the hash of the first i, i - 1 and i - 2 characters
            int i = 0;
            for (; i < n; i++) {
                char c = t[start + i];
                if (c >= 0x80) {
                    break;
                }
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                b[i] = c;
                h2 = h1;
                h1 = h;
                h = 31 * h + c;
            }
            if (i == n) {
                if (n >= 2 && b[n - 2] == '\'' && b[n - 1] == 's') {
                    n -= 2;
                    h = h2;
                }
            } else {
                System.arraycopy(t, start + i, b, i, n - i);
                FastLowerCaseFilter.toLowerCase(b, n);
                if (n >= 2 && (b[n - 2] == '\'' || b[n - 2] == '\u2019' || b[n - 2] == '\uFF07') && (b[n - 1] == 's' || b[n - 1] == 'S')) {
                    n -= 2;
                }
                h = 0;
                for (i = 0; i < n; i++) {
                    h = 31 * h + b[i];
                }
            }
            Word[] table = words;
            int mask = table.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            for (Word w = table[slot]; w != null; w = table[slot]) {
                if (w.hash == h && equal(w.key, b, n)) {
                    return w;
                }
                slot = (slot + 1) & mask;
            }
            Word w = newWord(f, java.util.Arrays.copyOf(b, n), h);
            table[slot] = w;
            if (2 * ++wordCount > table.length) {
                grow();
            }
            return w;
        }

        private static boolean equal(char[] key, char[] b, int n) {
            if (key.length != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (key[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            Word[] table = new Word[words.length * 2];
            int mask = table.length - 1;
            for (Word w : words) {
                if (w != null) {
                    int slot = (w.hash ^ (w.hash >>> 16)) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = w;
                }
            }
            words = table;
        }

        /** A word met for the first time: a stop word, or stemmed (the stem checked as IndexWriter checks a term). */
        private Word newWord(int f, char[] key, int hash) {
            if (SearchAnalyzer.STOP_WORDS.contains(key, 0, key.length)) {
                return new Word(key, hash, true, null, false);
            }
            oneTerm.copyBuffer(key, 0, key.length);
            one.ready = true;
            try {
                stemmer.incrementToken();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Term t = stems.get(oneTerm.buffer(), 0, oneTerm.length());
            if (t == null) {
                if (tooLong(oneTerm.buffer(), oneTerm.length())) {
                    throw new IllegalArgumentException(immense(NAMES[f]));
                }
                t = new Term(java.util.Arrays.copyOf(oneTerm.buffer(), oneTerm.length()));
                stems.put(t.key, t);
            }
            return new Word(key, hash, false, t, tooLong(key, key.length));
        }

        /** A term too long for a Lucene index (IndexWriter refuses it). */
        private static boolean tooLong(char[] term, int length) {
            return length > IndexWriter.MAX_TERM_LENGTH / UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR
                    && UnicodeUtil.calcUTF16toUTF8Length(java.nio.CharBuffer.wrap(term, 0, length), 0, length) > IndexWriter.MAX_TERM_LENGTH;
        }

        /** What IndexWriter says of a document with a term too long. */
        private static String immense(String field) {
            return "Document contains at least one immense term in field=\"" + field
                    + "\" (whose UTF8 encoding is longer than the max length " + IndexWriter.MAX_TERM_LENGTH + ")";
        }
    }
}
