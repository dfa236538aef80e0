package org.jobspecs.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis that the browser client repeats exactly: words are runs of letters and digits
 * (joined by an apostrophe), lower-cased, possessive "'s" removed, English stop words dropped,
 * Porter-stemmed. Lucene's StandardTokenizer would be hard to mirror in JavaScript; words here are
 * what one regular expression ({@link #TOKEN}) finds, in Java ({@link WordTokenizer}) and in JavaScript.
 */
public final class SearchAnalyzer extends Analyzer {

    /** The token pattern; search.js uses the same expression with the "u" flag. */
    public static final String TOKEN = "[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*";

    /** Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET). */
    public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final boolean stem;
    private final WordCounts words;

    /** The analyzer of the index. */
    public SearchAnalyzer() {
        this(true, null);
    }

    /** @param stem false for the words as typed (lower-cased, possessive and stop words removed) */
    SearchAnalyzer(boolean stem) {
        this(stem, null);
    }

    /**
     * The analyzer of the index that also counts every word in {@code words} as it was before
     * stemming (the index builds its typo list from them without analysing the text twice).
     */
    SearchAnalyzer(WordCounts words) {
        this(true, words);
    }

    private SearchAnalyzer(boolean stem, WordCounts words) {
        this.stem = stem;
        this.words = words;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new WordTokenizer();
        TokenStream stream = new FastLowerCaseFilter(tokenizer);
        stream = new EnglishPossessiveFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        if (words != null) {
            stream = new CountingStemFilter(stream, words);
        } else if (stem) {
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** The terms of a text, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }
}
