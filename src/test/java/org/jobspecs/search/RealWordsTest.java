package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the word list is scanned as bytes with hashed deletions instead of being read into a set
 * of strings; the real words must be exactly those of the set-based rule ({@link Typos#realWords}).
 */
class RealWordsTest {

    @TempDir
    Path tmp;

    /** The word list as the build read it before issue 15: lines, stripped, lower case, letters only. */
    private static Set<String> asSet(Path file) throws Exception {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty() && w.chars().allMatch(Character::isLetter))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void theSystemWordListGivesWhatTheSetGave() throws Exception {
        Path words = Path.of("/usr/share/dict/words");
        assumeTrue(Files.isReadable(words), "needs a word list (Debian: wamerican)");
        Set<String> dictionary = asSet(words);
        // A site's words: every 40th dictionary word, some with a slip, and words of no list.
        Set<String> corpus = new HashSet<>();
        int i = 0;
        for (String w : new TreeSet<>(dictionary)) {
            if (i++ % 40 == 0) {
                corpus.add(w);
                if (w.length() > 6) {
                    corpus.add(w.substring(0, 3) + w.substring(4));
                }
            }
        }
        corpus.addAll(List.of("custmer", "acountant", "supervisor", "ibew", "hvac"));
        SortedSet<String> expected = Typos.realWords(dictionary, corpus);
        assertTrue(expected.size() > 500, "a realistic test: " + expected.size());
        assertEquals(expected, RealWords.of(words, corpus));
    }

    @Test
    void linesAreReadAsFilesLinesWouldReadThem() throws Exception {
        Path list = tmp.resolve("words");
        // CRLF, a lone CR, padding, capitals, an apostrophe, letters beyond ASCII, a digit, tabs.
        Files.write(list, ("Estate\r\ncount\rstates \n\t  COUNTY\t\nstate's\nÉtats\nétates\nstat3s\n\u2003estates\u2003\n"
                + "x".repeat(70) + "\n").getBytes(StandardCharsets.UTF_8));
        Set<String> corpus = Set.of("state", "county", "etats", "x".repeat(69));
        SortedSet<String> expected = Typos.realWords(asSet(list), corpus);
        assertEquals(expected, RealWords.of(list, corpus));
        assertTrue(expected.containsAll(List.of("estate", "states", "count", "x".repeat(70))), expected.toString());
    }

    @Test
    void anUnreadableOrNonUtf8ListHasNoWords() throws Exception {
        Set<String> corpus = Set.of("state");
        assertEquals(Set.of(), RealWords.of(tmp.resolve("missing"), corpus));
        assertEquals(Set.of(), RealWords.of(null, corpus));
        Path bad = tmp.resolve("latin1");
        Files.write(bad, "estate\nd\u00e9tat\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Set.of(), RealWords.of(bad, corpus), "Files.lines fails on the whole list, and so does the scan");
    }

    /** The in-place hash of a deletion is the hash of the deleted string (what makes the scan exact). */
    @Test
    void aCollisionOnlyCostsAnExactCheck() {
        RealWords.LongSet set = new RealWords.LongSet();
        for (long k = -1000; k <= 1000; k++) {
            set.add(k * 7919);
        }
        for (long k = -1000; k <= 1000; k++) {
            assertTrue(set.contains(k * 7919));
            assertEquals(k % 7919 == 0 || k == 0, set.contains(k), "k=" + k);
        }
    }

    /**
     * Issue 15: a list longer than {@link RealWords#SPLIT_BYTES} is scanned in two halves at once; the
     * words found are the set rule's, whatever line ending meets the cut.
     */
    @Test
    void aLongListScannedInTwoHalvesGivesWhatTheSetGave() throws Exception {
        for (String ending : List.of("\n", "\r\n", "\r")) {
            StringBuilder text = new StringBuilder();
            Set<String> corpus = new HashSet<>();
            java.util.Random random = new java.util.Random(ending.length());
            while (text.length() < 3 * RealWords.SPLIT_BYTES) {
                StringBuilder w = new StringBuilder();
                int n = 5 + random.nextInt(6);
                for (int k = 0; k < n; k++) {
                    w.append((char) ('a' + random.nextInt(6)));
                }
                text.append(random.nextInt(9) == 0 ? w.toString().toUpperCase(Locale.ROOT) : w).append(ending);
                if (random.nextInt(5) == 0) {
                    corpus.add(w.deleteCharAt(random.nextInt(n)).toString());
                }
            }
            Path list = tmp.resolve("long" + ending.length() + ending.charAt(0));
            byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
            Files.write(list, bytes);
            int cut = RealWords.cut(bytes);
            if (ending.equals("\r")) {
                assertEquals(bytes.length, cut, "no line feed: not split");
            } else {
                assertTrue(cut > bytes.length / 2 && cut < bytes.length && bytes[cut - 1] == '\n', "cut " + cut);
            }
            SortedSet<String> expected = Typos.realWords(asSet(list), corpus);
            assertTrue(expected.size() > 100, "a realistic test: " + expected.size());
            assertEquals(expected, RealWords.of(list, corpus), "ending " + ending.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    /** Issue 15: a line that is not UTF-8 in either half of a split list makes the whole list unusable, as before. */
    @Test
    void aNonUtf8LineInEitherHalfOfALongListGivesNoWords() throws Exception {
        String words = "estates\n".repeat(RealWords.SPLIT_BYTES / 8 * 2);
        Set<String> corpus = Set.of("estate");
        byte[] good = words.getBytes(StandardCharsets.US_ASCII);
        assertEquals(Set.of("estates"), RealWords.of(write("good", good), corpus));
        for (int at : new int[] {8, good.length - 8}) {
            byte[] bad = good.clone();
            bad[at] = (byte) 0xE9; // Latin-1 é
            assertEquals(Set.of(), RealWords.of(write("bad" + at, bad), corpus), "bad byte at " + at);
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }
}
