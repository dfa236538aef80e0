package org.jobspecs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problem;
import org.jobspecs.problem.Problems;
import org.junit.jupiter.api.Test;

/** issue 11: "Recreation & Parks" beside "Recreation and Parks" made two departments and no error. */
class NearDuplicatesTest {

    private final Problems problems = new Problems();
    private final NearDuplicates departments = new NearDuplicates("department");
    private int line = 1;

    private void rows(String name, int count) {
        for (int i = 0; i < count; i++) {
            departments.add(name, new Location("data/classes.csv", ++line));
        }
    }

    private List<String> report() {
        departments.report(problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void ampersandForAndIsOneNameNamedAtTheLessUsedSpelling() {
        rows("Recreation and Parks", 3);
        rows("Recreation & Parks", 1);
        assertEquals(List.of("data/classes.csv:5: error: department \"Recreation & Parks\" (line 5, 1 row) and"
                + " \"Recreation and Parks\" (line 2, 3 rows) differ only in case, \"&\" or punctuation"
                + " — write one spelling, e.g. \"Recreation and Parks\", on every row"), report());
    }

    @Test
    void caseAndPunctuationAndSpacing() {
        rows("Sheriff's Office", 2);
        rows("Sheriffs Office", 1);
        rows("SHERIFF'S  OFFICE", 1);
        rows("Public Works", 1);
        rows("Public-Works", 2);
        List<String> lines = report();
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("\"Sheriffs Office\" (line 4, 1 row) and \"Sheriff's Office\" (line 2, 2 rows)"), lines::toString);
        assertTrue(lines.get(1).contains("\"SHERIFF'S  OFFICE\""), lines::toString);
        assertTrue(lines.get(2).startsWith("data/classes.csv:6: error: department \"Public Works\" (line 6, 1 row) and \"Public-Works\""),
                lines::toString);
    }

    @Test
    void oneLetterApartIsATypo() {
        rows("Finance", 4);
        rows("Finnance", 1);
        rows("Libary", 1);
        rows("Library", 2);
        List<String> lines = report();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("department \"Finnance\" (line 6, 1 row) is one letter away from \"Finance\" (line 2, 4 rows)"
                + " — if they are one department, write \"Finance\" on every row"), lines::toString);
        assertTrue(lines.get(1).contains("\"Libary\" (line 7, 1 row) is one letter away from \"Library\""), lines::toString);
    }

    @Test
    void namesThatTellThingsApartAreNotTypos() {
        rows("Unit A", 1);
        rows("Unit B", 1);
        rows("District 1", 1);
        rows("District 2", 1);
        rows("Fire Station II", 1);
        rows("Fire Station III", 1);
        rows("Police", 1);
        rows("Planning", 1);
        rows("IT", 1);
        rows("HR", 1);
        assertEquals(List.of(), report());
    }

    @Test
    void oneEditApartNeedsWordsOfSomeLength() {
        assertTrue(NearDuplicates.oneEditApart("public works", "public work"));
        assertTrue(NearDuplicates.oneEditApart("parks department", "parksdepartment"));
        assertFalse(NearDuplicates.oneEditApart("fire", "fir"), "three letters are too short to call a typo");
        assertFalse(NearDuplicates.oneEditApart("clerk", "clerk"));
        assertFalse(NearDuplicates.oneEditApart("finance", "finances and budget"));
        assertEquals("recreation and parks", NearDuplicates.key(" Recreation &amp; Parks ".replace("&amp;", "&")));
    }

    @Test
    void thousandsOfNamesAreComparedWithoutEveryPair() {
        java.util.Random random = new java.util.Random(11);
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder w = new StringBuilder();
            for (int c = 0; c < 9; c++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
            rows("Series " + w, 1);
        }
        rows("Series " + words.get(1234).substring(1), 1);
        List<String> lines = report();
        assertEquals(1, lines.size(), lines::toString);
    }

    /**
     * Issue 15: the candidate pairs are found from each name's key made once, and counted without
     * sets; they must be the pairs the way before found (copied here), in the same order.
     */
    @Test
    void issue15CandidatePairsAreThoseOfTheSetsBefore() {
        java.util.Random random = new java.util.Random(15);
        String letters = "aabbcd eillnr";
        for (int round = 0; round < 200; round++) {
            List<String> keys = new java.util.ArrayList<>();
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (int k = random.nextInt(60); k > 0; k--) {
                StringBuilder sb = new StringBuilder();
                for (int c = 1 + random.nextInt(7); c > 0; c--) {
                    sb.append(letters.charAt(random.nextInt(letters.length())));
                }
                if (distinct.add(sb.toString())) {
                    keys.add(sb.toString());
                }
            }
            long[] pairs = NearDuplicates.candidatePairs(keys);
            assertEquals(before(keys), java.util.Arrays.stream(pairs).boxed().toList(), keys.toString());
        }
    }

    /** The candidate pairs as found before issue 15: a set of variants per name, a sorted set of pairs. */
    private static List<Long> before(List<String> keys) {
        java.util.Map<String, List<Integer>> byVariant = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            java.util.Set<String> variants = new java.util.HashSet<>();
            variants.add(k);
            for (int c = 0; c < k.length(); c++) {
                variants.add(k.substring(0, c) + k.substring(c + 1));
            }
            for (String v : variants) {
                byVariant.computeIfAbsent(v, x -> new java.util.ArrayList<>()).add(i);
            }
        }
        java.util.SortedSet<Long> pairIds = new java.util.TreeSet<>();
        for (List<Integer> group : byVariant.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    pairIds.add((long) group.get(x) << 32 | group.get(y));
                }
            }
        }
        return List.copyOf(pairIds);
    }
}
