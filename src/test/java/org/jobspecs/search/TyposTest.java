package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jobspecs.testing.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: which one-edit corrections are likely typos, in Java ({@link Typos}) and in search-core.js alike. */
class TyposTest {

    @TempDir
    Path tmp;

    static final List<List<String>> PAIRS = List.of(
            List.of("custmer", "customer"), List.of("acountant", "accountant"), List.of("enginer", "engineer"),
            List.of("librarain", "librarian"), List.of("engineeer", "engineer"), List.of("servicw", "service"),
            List.of("sherif", "sheriff"), List.of("police", "policy"), List.of("billinq", "billing"), List.of("nurse", "purse"),
            List.of("electrican", "electrical"), List.of("servixe", "service"), List.of("worker", "worker"),
            List.of("clerkp", "clerk"), List.of("clerkz", "clerk"), List.of("aclerk", "clerk"));

    @Test
    void likelyTyposAreAHandsSlips() {
        assertTrue(Typos.likely("custmer", "customer"), "a letter left out");
        assertTrue(Typos.likely("librarain", "librarian"), "two neighbours swapped");
        assertTrue(Typos.likely("engineeer", "engineer"), "a letter doubled");
        assertTrue(Typos.likely("servicw", "service"), "w is beside e");
        assertTrue(Typos.likely("clerkp", "clerk") == false, "p is not beside k");
        assertFalse(Typos.likely("police", "policy"), "e and y are far apart: a different word");
        assertFalse(Typos.likely("billinq", "billing"));
        assertFalse(Typos.likely("nurse", "purse"));
        assertFalse(Typos.likely("worker", "worker"), "no edit");
        assertEquals(1, Typos.distance("librarain", "librarian", 1));
        assertEquals(2, Typos.distance("police", "polish", 1));
    }

    /** A dictionary word no class uses, one slip from a word classes use, is a real word: never corrected on its own. */
    @Test
    void realWordsAreDictionaryWordsOneSlipFromTheSite() {
        java.util.Set<String> corpus = java.util.Set.of("state", "county", "customer", "policy");
        java.util.Set<String> dictionary = java.util.Set.of("estate", "count", "police", "customer", "zebra", "states"); // custmer is no word
        // police → policy: e and y are far apart, so it was never likely; states is one slip from state (a letter added beside)
        assertEquals(new java.util.TreeSet<>(List.of("count", "estate", "states")), Typos.realWords(dictionary, corpus));
        assertEquals(java.util.Set.of(), Typos.realWords(java.util.Set.of(), corpus));
    }

    @Test
    void theClientAgrees() throws Exception {
        JsonNode node = NodeScript.run(tmp, """
                import { readFileSync, writeFileSync } from 'node:fs';
                import { likelyTypo, plan } from './search-core.js';
                const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
                const likely = input.pairs.map(([a, b]) => likelyTypo(a, b));
                const groups = [[['polic'], ['sheriff'], ['law', 'enforc']], [['hr'], ['human', 'resourc']]];
                const clauses = plan(groups, ['senior', 'law', 'enforc', 'hr', 'law']);
                writeFileSync(process.argv[3], JSON.stringify({ likely, clauses }));
                """, Map.of("pairs", PAIRS));
        List<Boolean> js = new ArrayList<>();
        node.get("likely").forEach(b -> js.add(b.asBoolean()));
        List<Boolean> java = PAIRS.stream().map(p -> Typos.likely(p.get(0), p.get(1))).toList();
        assertEquals(java, js, "likely typos of " + PAIRS);

        Synonyms synonyms = Synonyms.of(List.of(List.of("police", "sheriff", "law enforcement"), List.of("HR", "human resources")),
                new SearchAnalyzer());
        List<Synonyms.Clause> clauses = synonyms.plan(List.of("senior", "law", "enforc", "hr", "law"));
        assertEquals(4, clauses.size(), clauses.toString());
        assertEquals(List.of(List.of("polic"), List.of("sheriff"), List.of("law", "enforc")), clauses.get(1).alternatives());
        assertEquals(List.of(List.of("law")), clauses.get(3).alternatives(), "a phrase's first word alone is just a word");
        JsonNode jsClauses = node.get("clauses");
        assertEquals(clauses.size(), jsClauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            assertEquals(clauses.get(i).start(), jsClauses.get(i).get("start").asInt());
            assertEquals(clauses.get(i).end(), jsClauses.get(i).get("end").asInt());
            assertEquals(clauses.get(i).alternatives().toString(), jsClauses.get(i).get("alternatives").toString().replace("\"", "")
                    .replace(",", ", "));
        }
    }
}
