package org.jobspecs.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds the real words of {@link Typos#realWords}: the words of a word list that no class uses but
 * that are one likely slip from a correctable word classes use. A word list has about 100,000
 * words and a site a few hundred to a few tens of thousands, so the list is scanned once, as bytes:
 * each word and its one-letter deletions are hashed in place (no string is made), and only a word
 * whose hash meets one of the site's is made a string and checked exactly. Issue 15: reading the
 * list into a set of strings and making every deletion of every word took most of a one-class
 * build's plan and index steps.
 */
final class RealWords {

    private static final long P = 0x9E3779B97F4A7C15L;
    private static final int MAX = 64; // longer "words" are not words (the exact check still sees any that hit)

    /**
     * Issue 15: a list longer than this is scanned in two halves at once. The scan ends a build (the
     * typo list needs every class's words), when the other core has little else to do.
     */
    static final int SPLIT_BYTES = 1 << 16;
    private static final long[] POWER = new long[MAX + 1];

    static {
        POWER[0] = 1;
        for (int i = 1; i <= MAX; i++) {
            POWER[i] = POWER[i - 1] * P;
        }
    }

    private final Set<String> corpus;
    /** One-letter deletions (and the word itself) of each correctable corpus word → the words (read only once made). */
    private final Map<String, List<String>> variants;
    /** The hashes of {@link #variants}' keys (read only once made). */
    private final LongSet hashes;
    private final TreeSet<String> found = new TreeSet<>();
    private final long[] prefix = new long[MAX + 1];
    private final long[] suffix = new long[MAX + 1];
    private final char[] word = new char[MAX];

    RealWords(Set<String> corpus) {
        this.corpus = corpus;
        this.variants = new HashMap<>();
        this.hashes = new LongSet();
        for (String w : corpus) {
            if (Typos.correctable(w)) {
                for (String v : Typos.deletions(w)) {
                    variants.computeIfAbsent(v, k -> new ArrayList<>(2)).add(w);
                    hashes.add(hash(v));
                }
            }
        }
    }

    /** A second finder for the same corpus, sharing its variants (made once), with its own words found. */
    private RealWords(RealWords same) {
        this.corpus = same.corpus;
        this.variants = same.variants;
        this.hashes = same.hashes;
    }

    /** The real words found so far, sorted. */
    SortedSet<String> found() {
        return found;
    }

    /** Checks one word of the list (lower case, as a set of words would hold it). */
    void offer(String d) {
        if (!Typos.correctable(d) || corpus.contains(d) || variants.isEmpty()) {
            return;
        }
        search:
        for (String v : Typos.deletions(d)) {
            for (String w : variants.getOrDefault(v, List.of())) {
                if (!w.equals(d) && Typos.distance(d, w, 1) <= 1 && Typos.likely(d, w)) {
                    found.add(d);
                    break search;
                }
            }
        }
    }

    /**
     * Reads a word list (UTF-8, a word a line) as {@code Files.lines} then strip, lower case, letters
     * only would, checking each word. A file that cannot be read or is not UTF-8 gives no words.
     */
    static SortedSet<String> of(Path file, Set<String> corpus) {
        RealWords finder = new RealWords(corpus);
        if (file == null || finder.variants.isEmpty()) {
            return finder.found();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new TreeSet<>();
        }
        int cut = cut(bytes);
        if (cut == bytes.length) {
            return finder.scan(bytes, 0, bytes.length) ? finder.found() : new TreeSet<>();
        }
        RealWords second = new RealWords(finder);
        java.util.concurrent.CompletableFuture<Boolean> secondHalf =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> second.scan(bytes, cut, bytes.length));
        boolean firstHalf = finder.scan(bytes, 0, cut);
        if (!secondHalf.join() || !firstHalf) {
            return new TreeSet<>();
        }
        finder.found.addAll(second.found);
        return finder.found();
    }

    /**
     * Where a list is split for {@link #of}: just after the first line feed from its middle on (so no
     * line, and no CR LF pair, is cut); the list's length (no split) when it is short or has no such
     * line feed.
     */
    static int cut(byte[] b) {
        if (b.length < SPLIT_BYTES) {
            return b.length;
        }
        for (int i = b.length / 2; i < b.length - 1; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return b.length;
    }

    /** Scans a word list's bytes {@code from} (a line's start) {@code to} (a line's end or the list's); false when a line is not UTF-8 (the whole list is then unusable). */
    private boolean scan(byte[] b, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == '\n' || b[i] == '\r') {
                if (!line(b, start, i)) {
                    return false;
                }
                if (i + 1 < to && b[i] == '\r' && b[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private boolean line(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) { // not ASCII: the exact way
                try {
                    String line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString();
                    String w = line.strip().toLowerCase(Locale.ROOT);
                    if (!w.isEmpty() && w.chars().allMatch(Character::isLetter)) {
                        offer(w);
                    }
                    return true;
                } catch (CharacterCodingException e) {
                    return false;
                }
            }
        }
        while (from < to && Character.isWhitespace(b[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(b[to - 1])) {
            to--;
        }
        int n = to - from;
        if (n < SearchExport.MIN_TYPO_WORD || n > MAX) {
            if (n > MAX) {
                offerIfLetters(b, from, to);
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c < 'a' || c > 'z') {
                return true; // an apostrophe, a digit: not letters only
            }
            word[i] = (char) c;
        }
        prefix[0] = 0;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] * P + word[i];
        }
        suffix[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = word[i] * POWER[n - 1 - i] + suffix[i + 1];
        }
        boolean hit = hashes.contains(prefix[n]);
        for (int i = 0; i < n && !hit; i++) {
            hit = hashes.contains(prefix[i] * POWER[n - 1 - i] + suffix[i + 1]);
        }
        if (hit) {
            offer(new String(word, 0, n));
        }
        return true;
    }

    private void offerIfLetters(byte[] b, int from, int to) {
        String w = new String(b, from, to - from, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isLetter)) {
            offer(w);
        }
    }

    /** The polynomial hash the scan computes in place. */
    static long hash(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * P + s.charAt(i);
        }
        return h;
    }

    /** A set of longs without boxing (open addressing, linear probing). */
    static final class LongSet {
        private long[] keys = new long[64];
        private boolean zero;
        private int size;

        void add(long k) {
            if (k == 0) {
                zero = true;
                return;
            }
            if (2 * (size + 1) > keys.length) {
                long[] old = keys;
                keys = new long[old.length * 2];
                size = 0;
                for (long o : old) {
                    if (o != 0) {
                        add(o);
                    }
                }
            }
            int i = slot(k);
            while (keys[i] != 0) {
                if (keys[i] == k) {
                    return;
                }
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = k;
            size++;
        }

        boolean contains(long k) {
            if (k == 0) {
                return zero;
            }
            int i = slot(k);
            while (keys[i] != 0) {
                if (keys[i] == k) {
                    return true;
                }
                i = (i + 1) & (keys.length - 1);
            }
            return false;
        }

        private int slot(long k) {
            long h = k * 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 32)) & (keys.length - 1);
        }
    }
}
