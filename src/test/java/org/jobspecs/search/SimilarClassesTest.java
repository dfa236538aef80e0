package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13: the similar classes' rules, on made-up classes whose texts are equal or unrelated. */
class SimilarClassesTest {

    private static final String LEDGER = "Reconciles general ledger accounts and journal entries. Reconciles general ledger accounts and journal entries.";

    /** Six equal accountant texts (50 abolished; 10 and 60 one series), eight unrelated classes. */
    static List<SimilarClasses.Source> sources() {
        List<SimilarClasses.Source> s = new ArrayList<>();
        for (String code : List.of("10", "20", "30", "40", "50", "60")) {
            s.add(new SimilarClasses.Source(code, "Accountant", LEDGER, code.equals("10") || code.equals("60") ? "acc" : "", code.equals("50")));
        }
        String[] other = {"Maintains sewer lines and lift stations", "Repairs diesel engines and brakes", "Plans storytimes for children",
            "Dispatches emergency calls by radio", "Inspects building plans and permits", "Tests water samples in the laboratory",
            "Mows turf and prunes trees", "Processes purchase orders and bids"};
        for (int i = 0; i < other.length; i++) {
            s.add(new SimilarClasses.Source(Integer.toString(70 + i * 10), "Worker " + (char) ('A' + i), other[i] + ". " + other[i] + ".", "", false));
        }
        return s;
    }

    @Test
    void issue13EqualScoresGoInCodeOrderWithoutTheClassItsSeriesOrAbolishedClasses() {
        Map<String, List<String>> similar = SimilarClasses.of(sources());
        assertEquals(List.of("20", "30", "40"), similar.get("10"), "not itself, not 60 (its series), not 50 (abolished)");
        assertEquals(List.of("10", "20", "30", "60"), similar.get("40"), "60 is in 10's series, not 40's");
        assertEquals(List.of("10", "20", "30", "40", "60"), similar.get("50"), "an abolished class's page lists current classes, five at most");
    }

    @Test
    void issue13UnrelatedClassesAreNotListed() {
        Map<String, List<String>> similar = SimilarClasses.of(sources());
        similar.forEach((code, list) -> {
            boolean accountant = Integer.parseInt(code) <= 60;
            assertTrue(list.stream().allMatch(c -> (Integer.parseInt(c) <= 60) == accountant), () -> code + " → " + list);
        });
        assertFalse(similar.containsKey("70"), "a class no other resembles has no list: " + similar.get("70"));
    }

    @Test
    void issue13TheSameClassesGiveTheSameLists() {
        assertEquals(SimilarClasses.of(sources()), SimilarClasses.of(sources()));
        assertEquals(Map.of(), SimilarClasses.of(sources().subList(0, 1)), "one class: nothing to compare");
    }

    /** Issue 15: serve keeps each class's analysis; an edit re-analyses that class alone, and the lists are those of a fresh computation. */
    @Test
    void issue15KeptAnalysesGiveTheListsOfAFreshComputation() {
        List<SimilarClasses.Source> before = sources();
        SimilarClasses.Analysed analysed = new SimilarClasses.Analysed();
        assertEquals(SimilarClasses.of(before), SimilarClasses.of(before, analysed));
        assertEquals(before.size(), analysed.analysedLast());
        List<SimilarClasses.Source> after = new ArrayList<>(before);
        SimilarClasses.Source edited = after.get(after.size() - 1);
        // The last class now reads like the ledger classes: it joins their lists.
        after.set(after.size() - 1, new SimilarClasses.Source(edited.code(), "Accountant", before.get(0).text(), "", false));
        Map<String, List<String>> kept = SimilarClasses.of(after, analysed);
        assertEquals(1, analysed.analysedLast(), "only the edited class is analysed again");
        assertEquals(SimilarClasses.of(after), kept);
        assertNotEquals(SimilarClasses.of(before), kept, "the edit changes the lists");
        assertEquals(SimilarClasses.of(before), SimilarClasses.of(before, analysed), "and back");
        assertEquals(1, analysed.analysedLast());
    }

    /**
     * Issue 15: the similar classes' analysis (each distinct lower-cased word run through the rest of
     * the index's analysis once) counts the terms the index's analyzer gives, on random texts with
     * stop words, possessives, apostrophes, capitals, digits and accented letters.
     */
    @Test
    void issue15TheAnalysisCountsTheIndexsTerms() {
        String[] pieces = {"The", "the", "and", "manager's", "Manager’s", "managers", "MANAGES", "o'clock", "rock'n'roll", "Élise", "élise",
            "STRASSE", "straße", "café", "naïve", "x-ray", "3rd", "2025", "a1b2", "it's", "its", "'quoted'", "don’t", "résumé", "I", "II",
            "Ü", "İstanbul", "ΣΟΦΙΑ", "accountant", "accounting", "accounts", "duties:", "—", "(b)", "e.g.", "…", "12.5", "1,000"};
        java.util.Random random = new java.util.Random(15);
        List<SimilarClasses.Source> sources = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder title = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(5); w > 0; w--) {
                title.append(pieces[random.nextInt(pieces.length)]).append(' ');
            }
            for (int w = random.nextInt(60); w > 0; w--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(8) == 0 ? "\n" : " ");
            }
            sources.add(new SimilarClasses.Source(Integer.toString(i), title.toString(), text.toString(), "", false));
        }
        List<WordVectors.Counts[]> analysed = SimilarClasses.analyse(sources);
        SearchAnalyzer index = new SearchAnalyzer();
        for (int i = 0; i < sources.size(); i++) {
            assertEquals(counted(index.terms(sources.get(i).title()), 2), counted(analysed.get(i)[0]), "title " + i);
            assertEquals(counted(index.terms(sources.get(i).text()), 1), counted(analysed.get(i)[1]), "text " + i);
        }
    }

    /** Terms in the order of their UTF-8 bytes, each with its count times {@code times}. */
    private static List<String> counted(List<String> terms, int times) {
        Map<org.apache.lucene.util.BytesRef, Integer> counts = new java.util.TreeMap<>();
        terms.forEach(t -> counts.merge(new org.apache.lucene.util.BytesRef(t), times, Integer::sum));
        List<String> out = new ArrayList<>();
        counts.forEach((t, n) -> out.add(t.utf8ToString() + "×" + n));
        return out;
    }

    private static List<String> counted(WordVectors.Counts counts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < counts.words().length; i++) {
            assertEquals(new org.apache.lucene.util.BytesRef(counts.words()[i]), counts.terms()[i]);
            out.add(counts.words()[i] + "×" + counts.freqs()[i]);
        }
        return out;
    }
}
