package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.problem.Problems;
import org.jobspecs.testing.FixtureSite;
import org.jobspecs.testing.NodeScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The browser's search engine (assets/js/search-core.js, run under Node.js over the demo site's
 * static export) as a visitor meets it: class codes and former codes, typo correction, prefix
 * expansion while typing, a few known answers, hostile and odd input, and facet counts. Every query
 * runs in one Node.js process, started once for the class.
 */
class SearchClientTest {

    /** Odd or hostile input: none may throw, and each answer must have the documented shape. */
    static final List<String> BAD = List.of(
            "", " ", "   \t\n  ", "\u0000", "\u200b",
            "a".repeat(2000), "customer service ".repeat(118), "7565 ".repeat(400), "x1".repeat(1000),
            "😀", "😀😀 customer 😀", "👩‍💼 billing", "مرحبا بالعالم", "خدمة العملاء", "東京都庁", "顧客サービス", "客户服务代表",
            "𝐀𝐁𝐂𝐃𝐄", "𝐜𝐮𝐬𝐭𝐨𝐦𝐞𝐫", "İstanbul", "ΣΊΣΥΦΟΣ", "e\u0301tude", "\ud800", "abc\udfff", "\udbff\udfff\ud800customer",
            "\"", "'", "\"'", "\"customer service\"", "'billing'", "customer\"service", "o'brien", "''''", "’s",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)",
            "\\", "\\\\", "C:\\temp\\7565", "\\u0041", "\\n", "\\\"", "/", "../../etc/passwd", "%00", "%20customer",
            "?q=billing&department=Finance", "& < > ; #", ".*", "[", "(", "$&", "^$", "+++", "***", "{}", "[]", "null",
            "undefined", "NaN", "Infinity", "-1", "0", "00000", "1e309", "0x1F",
            "__proto__", "__proto__ customer", "prototype", "hasOwnProperty", "hasownproperty", "toString", "tostring",
            "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupSetter__",
            "Object", "Array", "length", "then", "eval");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path out;
    static SearchIndex index;
    static Searcher lucene;
    static List<String> codes;
    static JsonNode facets;
    /** The client's answer to each case, by "query" + (prefix ? " [prefix]" : ""). */
    static Map<String, JsonNode> answers = new LinkedHashMap<>();
    static List<JsonNode> filterAnswers = new ArrayList<>();
    static List<Map<String, List<Integer>>> filterSelections = new ArrayList<>();
    /**
     * Issue 13: per filter case, the yes/no facets ticked (indexes of facets.json "flags"), the minimum starting pay
     * per year (0: any), the order ("", "pay", "title") and whether it runs with no words (every class).
     */
    record Extra(List<Integer> flags, int minPay, String sort, boolean all) { }
    static List<Extra> filterExtras = new ArrayList<>();
    static JsonNode codeKeys;
    static List<String> codeKeyInputs = List.of("7565", "07565", "0007565", " 7565", "7565 ", "\t7565\n", "7565.", "75-65", "#7565",
            "2108", "2112", "2105", "9999", "M-104", "m104", "7565a", "7565 7563", "75 65", "customer", "", "   ",
            "x".repeat(33) + "1", "1".repeat(32), "1".repeat(33), "7565\u00a0", "\u00a07565", "7565\u3000");
    /** Where Java's and JavaScript's ideas of a blank differ. */
    static List<String> codeKeyBlanks = List.of("75\u00a065", "75\u200765", "75\u202f65", "75\ufeff65", "75\u001c65", "75\u001f65");

    @BeforeAll
    static void runTheClient() throws IOException, InterruptedException {
        out = tmp.resolve("out");
        BuildReport report = SiteBuild.run(new BuildOptions(FixtureSite.PROJECT, out, RankingParityTest.DATE));
        assertTrue(report.published(), () -> "the demo site did not build: " + report.problems());
        Problems problems = new Problems();
        index = SiteBuild.searchIndex(new BuildOptions(FixtureSite.PROJECT, null, RankingParityTest.DATE), problems);
        lucene = new Searcher(index);
        facets = JSON.readTree(out.resolve("search/facets.json").toFile());

        List<Map<String, Object>> cases = new ArrayList<>();
        for (String q : queries()) {
            for (boolean prefix : new boolean[] {false, true}) {
                cases.add(Map.of("q", q, "prefix", prefix));
            }
        }
        List<Map<String, Object>> filters = new ArrayList<>();
        int power = value("department", "Alameda Municipal Power");
        int works = value("department", "Public Works");
        int finance = value("department", "Finance");
        int acea = value("unit", "Alameda City Employees Association");
        int exempt = value("flsa", "Exempt");
        filterSelections.add(Map.of("department", List.of(power)));
        filterSelections.add(Map.of("department", List.of(works), "unit", List.of(acea)));
        filterSelections.add(Map.of("department", List.of(finance, works)));
        filterSelections.add(Map.of("department", List.of(finance), "flsa", List.of(exempt)));
        filterSelections.add(Map.of());
        filters.add(Map.of("q", "customer service", "selected", filterSelections.get(0)));
        filters.add(Map.of("q", "work", "selected", filterSelections.get(1)));
        filters.add(Map.of("q", "work", "selected", filterSelections.get(2)));
        filters.add(Map.of("q", "work", "selected", filterSelections.get(3)));
        filters.add(Map.of("q", "work", "selected", filterSelections.get(4)));
        for (int i = 0; i < filters.size(); i++) {
            filterExtras.add(new Extra(List.of(), 0, "", false));
        }
        // Issue 13: yes/no facets, the pay filter and the sorts, alone and combined; and no words (every class).
        int entry = flag("entry-level");
        extra(filters, "work", Map.of(), new Extra(List.of(entry), 0, "", false));
        extra(filters, "work", Map.of(), new Extra(List.of(), 80_000, "", false));
        extra(filters, "work", Map.of(), new Extra(List.of(entry), 60_000, "pay", false));
        extra(filters, "work", Map.of("department", List.of(works)), new Extra(List.of(), 0, "title", false));
        extra(filters, "customer service", Map.of(), new Extra(List.of(), 0, "pay", false));
        extra(filters, "", Map.of(), new Extra(List.of(), 100_000, "pay", true));
        extra(filters, "", Map.of("flsa", List.of(exempt)), new Extra(List.of(entry), 0, "title", true));
        extra(filters, "", Map.of(), new Extra(List.of(), 0, "title", true));
        List<String> keyInputs = new ArrayList<>(codeKeyInputs);
        keyInputs.addAll(codeKeyBlanks);

        JsonNode node = NodeScript.run(tmp.resolve("node"), SCRIPT,
                Map.of("dir", out.resolve("search").toString(), "cases", cases, "filters", filters, "codeKeys", keyInputs));
        codes = new ArrayList<>();
        node.get("codes").forEach(c -> codes.add(c.asText()));
        assertEquals(index.documents().stream().map(SearchDocument::code).toList(), codes, "the export's documents are the index's");
        for (int i = 0; i < cases.size(); i++) {
            answers.put(key((String) cases.get(i).get("q"), (Boolean) cases.get(i).get("prefix")), node.get("cases").get(i));
        }
        node.get("filters").forEach(filterAnswers::add);
        codeKeys = node.get("codeKeys");
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    static List<String> queries() {
        List<String> q = new ArrayList<>(List.of("7565", "07565", "7565 ", "2108", "custmer service", "acounting", "custo",
                "billing", "lifeguard", "customer service", "constructor", "Constructor", "constructors",
                "IBEW", "ibew", "HR", "human resources", "electrician", "police", "nurse", "billinq", "customer zzqxvw", "customer",
                "service", "CSB", "civil service board", "estate", "hearts"));
        q.addAll(BAD);
        return q.stream().distinct().toList();
    }

    private static String key(String q, boolean prefix) {
        return q + (prefix ? " [prefix]" : "");
    }

    private static JsonNode answer(String q, boolean prefix) {
        JsonNode a = answers.get(key(q, prefix));
        assertNotNull(a, "no answer for " + key(q, prefix));
        assertTrue(a.get("error").isNull(), () -> "the client threw on " + show(q) + (prefix ? " (prefix)" : "") + ": " + a.get("error"));
        return a;
    }

    private static int doc(String code) {
        int doc = codes.indexOf(code);
        assertTrue(doc >= 0, "the demo site has class " + code);
        return doc;
    }

    private static int value(String facet, String value) {
        List<String> values = new ArrayList<>();
        facets.get(facet).get("values").forEach(v -> values.add(v.asText()));
        int i = values.indexOf(value);
        assertTrue(i >= 0, facet + " " + value + " is among " + values);
        return i;
    }

    private static List<Integer> ranked(JsonNode answer) {
        List<Integer> docs = new ArrayList<>();
        answer.get("ranked").forEach(r -> docs.add(r.get(0).asInt()));
        return docs;
    }

    private static List<String> rankedCodes(JsonNode answer) {
        return ranked(answer).stream().map(codes::get).toList();
    }

    // ---------------------------------------------------------------------------------------

    @Test
    void aClassCodeFindsItsClass() {
        int doc = doc("7565");
        for (String q : List.of("7565", "07565", "7565 ")) {
            for (boolean prefix : new boolean[] {false, true}) {
                JsonNode a = answer(q, prefix);
                assertEquals(doc, a.get("code").asInt(), "\"" + q + "\"" + (prefix ? " (prefix)" : "") + " is the code of 7565");
                assertEquals("classes/7565/", a.get("codeRow").get(2).asText(), "the code hit's row is 7565's");
            }
        }
    }

    @Test
    void aFormerCodeFindsTheClassThatReplacedIt() {
        for (boolean prefix : new boolean[] {false, true}) {
            JsonNode a = answer("2108", prefix);
            assertEquals(doc("2112"), a.get("code").asInt(), "2108 is a former code of 2112");
            assertEquals("2112", a.get("codeRow").get(0).asText());
        }
    }

    @Test
    void aWordsQueryIsNoCode() {
        assertEquals(-1, answer("customer service", false).get("code").asInt());
        assertEquals(-1, answer("billing", false).get("code").asInt());
    }

    @Test
    void codeLookupAgreesWithLucene() {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < codeKeyInputs.size(); i++) {
            String q = codeKeyInputs.get(i);
            JsonNode js = codeKeys.get(i);
            if (!Searcher.codeKey(q).equals(js.get("key").asText()) || lucene.codeMatch(q) != js.get("doc").asInt()) {
                differences.add(show(q) + ": Lucene " + Searcher.codeKey(q) + " → " + lucene.codeMatch(q) + ", JS " + js);
            }
        }
        assertTrue(differences.isEmpty(), "codeKey/codeLookup differ from Searcher: " + differences);
        assertEquals(doc("7565"), lucene.codeMatch("07565"), "the oracle itself finds 7565");
    }

    /** Regression: bug: assets/js/search-core.js codeKey() treats blanks differently from Searcher.codeKey(): JS /\s/ counts U+00A0, U+2007, U+202F and U+FEFF as blanks (Java's Character.isWhitespace does not), and Java counts U+001C..U+001F as blanks (JS does not); so "75\u00a065" is class 7565 to Lucene and no code to the client, and "75\u001c65" the other way round (fixed). */
    @Test
    void codeLookupAgreesWithLuceneOnUnusualBlanks() {
        for (int i = 0; i < codeKeyBlanks.size(); i++) {
            String q = codeKeyBlanks.get(i);
            JsonNode js = codeKeys.get(codeKeyInputs.size() + i);
            assertEquals(Searcher.codeKey(q), js.get("key").asText(), show(q) + ": codeKey");
            assertEquals(lucene.codeMatch(q), js.get("doc").asInt(), show(q) + ": the class");
        }
    }

    @Test
    void aMisspelledWordIsCorrected() {
        for (boolean prefix : new boolean[] {false, true}) {
            JsonNode a = answer("custmer service", prefix);
            assertEquals("customer service", a.get("didYouMean").asText(), "custmer service" + (prefix ? " (prefix)" : ""));
            assertTrue(rankedCodes(a).contains("7565"), "custmer service finds 7565: " + rankedCodes(a));
            JsonNode b = answer("acounting", prefix);
            assertEquals("accounting", b.get("didYouMean").asText(), "acounting");
            assertEquals(List.of("account"), terms(b), "acounting searches for accounting's stem");
            assertFalse(ranked(b).isEmpty(), "acounting finds the accounting classes");
        }
        assertTrue(answer("customer service", false).get("didYouMean").isNull(), "a correct query is not corrected");
        assertEquals(rankedCodes(answer("customer service", false)), rankedCodes(answer("custmer service", false)),
                "the corrected query ranks as the correct one");
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        JsonNode typing = answer("custo", true);
        JsonNode done = answer("custo", false);
        assertTrue(rankedCodes(typing).contains("7565"), "custo… finds 7565: " + rankedCodes(typing));
        assertTrue(terms(typing).contains("custom"), "custo… expands to the index's terms: " + terms(typing));
        assertTrue(ranked(done).size() < ranked(typing).size(), "custo as a whole word finds fewer: " + rankedCodes(done));
        assertTrue(done.get("didYouMean").isNull());
    }

    @Test
    void knownAnswers() {
        assertTrue(rankedCodes(answer("billing", false)).contains("7565"), "billing: " + rankedCodes(answer("billing", false)));
        assertEquals("6230", rankedCodes(answer("lifeguard", false)).get(0), "lifeguard: " + rankedCodes(answer("lifeguard", false)));
        assertEquals("6230", rankedCodes(answer("lifeguard", true)).get(0));
        List<String> service = rankedCodes(answer("customer service", false));
        assertTrue(service.subList(0, 4).containsAll(List.of("7563", "7565", "7567")), "customer service: " + service);
    }

    /** Issue 11: a unit's id, a configured synonym and an abbreviation find what their group names. */
    @Test
    void issue11SynonymsFindTheirGroup() {
        int ibew = value("unit", "International Brotherhood of Electrical Workers, Local 1245");
        List<Integer> ibewDocs = new ArrayList<>();
        for (int d = 0; d < codes.size(); d++) {
            if (facets.get("unit").get("docs").get(d).asInt() == ibew) {
                ibewDocs.add(d);
            }
        }
        assertFalse(ibewDocs.isEmpty());
        List<Integer> found = ranked(answer("IBEW", false));
        assertTrue(found.containsAll(ibewDocs), "IBEW finds every class of the IBEW unit: " + rankedCodes(answer("IBEW", false)));
        assertEquals(found, ranked(answer("ibew", false)), "case does not matter");
        assertEquals(List.of("1205", "1210"), rankedCodes(answer("HR", false)).subList(0, 2), "HR: " + rankedCodes(answer("HR", false)));
        assertEquals(rankedCodes(answer("HR", false)), rankedCodes(answer("human resources", false)), "a group's members find the same");
        assertTrue(rankedCodes(answer("electrician", false)).subList(0, 2).containsAll(List.of("7421", "7431")),
                "electrician: " + rankedCodes(answer("electrician", false)));
        assertEquals(rankedCodes(answer("CSB", false)), rankedCodes(answer("civil service board", false)), "an abbreviation is its spelling out");
        assertFalse(ranked(answer("CSB", false)).isEmpty());
    }

    /** Issue 11: every word must match; only when none has them all, any word, and the answer says so. */
    @Test
    void issue11EveryWordMustMatchThenAnyWord() {
        List<Integer> both = ranked(answer("customer service", false));
        List<Integer> customer = ranked(answer("customer", false));
        List<Integer> service = ranked(answer("service", false));
        assertTrue(both.stream().allMatch(d -> customer.contains(d) && service.contains(d)), "customer service: " + both);
        assertEquals(customer.stream().filter(service::contains).sorted().toList(), both.stream().sorted().toList(),
                "every class with both words");
        assertFalse(answer("customer service", false).get("anyWord").asBoolean());
        JsonNode fallback = answer("customer zzqxvw", false);
        assertTrue(fallback.get("anyWord").asBoolean(), "no class has zzqxvw: any word");
        assertEquals(customer, ranked(fallback), "the classes with customer");
        Searcher.Result java = lucene.run("customer zzqxvw", 100);
        assertTrue(java.anyWord());
        assertEquals(customer.size(), java.total());
    }

    /** Issue 11: a correction that is not a likely typo (g and q are far apart) is offered, never used; a dead end offers nothing false. */
    @Test
    void issue11AnUnlikelyCorrectionIsOnlyOffered() {
        JsonNode a = answer("billinq", false);
        assertTrue(ranked(a).isEmpty(), "billinq is not silently replaced: " + rankedCodes(a));
        assertTrue(a.get("didYouMean").isNull());
        assertEquals("billing", a.get("suggestion").asText());
        assertEquals("billing", lucene.run("billinq", 10).suggestion(), "Lucene's searcher offers the same");
        JsonNode nurse = answer("nurse", false);
        assertTrue(ranked(nurse).isEmpty() && nurse.get("didYouMean").isNull() && nurse.get("suggestion").isNull(),
                "nurse: nothing, and no correction that finds nothing: " + nurse);
        assertTrue(answer("custmer service", false).get("suggestion").isNull(), "a likely typo is corrected, not only offered");
        JsonNode estate = answer("estate", false);
        assertTrue(ranked(estate).isEmpty() && estate.get("didYouMean").isNull(),
                "estate, a real word (search.dictionary) one letter from state, is not corrected on its own: " + estate);
        assertEquals("state", estate.get("suggestion").asText());
        assertEquals("state", lucene.run("estate", 10).suggestion());
        assertTrue(index.realWords().contains("estate"));
        JsonNode hearts = answer("hearts", false);
        assertEquals(lucene.run("hearts", 10).suggestion(), hearts.get("suggestion").isNull() ? null : hearts.get("suggestion").asText(),
                "a real word listed in the typo list is never itself a correction");
        assertTrue(hearts.get("didYouMean").isNull());
    }

    static Stream<Arguments> badQueries() {
        return BAD.stream().flatMap(q -> Stream.of(Arguments.of(show(q), q, false), Arguments.of(show(q), q, true)));
    }

    @ParameterizedTest(name = "{0} prefix={2}")
    @MethodSource("badQueries")
    void oddInputNeverThrowsAndAnswersInShape(String shown, String q, boolean prefix) {
        JsonNode a = answer(q, prefix);
        assertShape(q, a);
    }

    /** Regression: bug: assets/js/search-core.js Search.correction() reads the typo shard with `shard[v] || []`, so for the word "constructor" (or any word one letter away from it, e.g. "constructors") it gets Object.prototype.constructor (the function Object), records found.set(undefined, undefined), and editDistance(word, undefined) throws "TypeError: Cannot read properties of undefined (reading 'length')"; query("constructor") rejects instead of answering with no results (the search page then says search is unavailable). Fix: Object.prototype.hasOwnProperty.call(shard, v) ? shard[v] : [] as postings() does (fixed). */
    @Test
    void objectPropertyNamesAreJustWords() {
        for (String q : List.of("constructor", "Constructor", "constructors")) {
            for (boolean prefix : new boolean[] {false, true}) {
                assertShape(q, answer(q, prefix));
            }
        }
    }

    private static void assertShape(String q, JsonNode a) {
        String where = show(q) + ": ";
        assertTrue(a.get("problems").isEmpty(), () -> where + a.get("problems"));
        int docs = codes.size();
        int code = a.get("code").asInt();
        assertTrue(a.get("code").isInt() && code >= -1 && code < docs, where + "code " + a.get("code"));
        assertTrue(a.get("ranked").isArray(), where + "ranked");
        assertTrue(a.get("terms").isArray(), where + "terms");
        a.get("terms").forEach(t -> assertTrue(t.isTextual() && !t.asText().isEmpty(), where + "term " + t));
        assertTrue(a.get("didYouMean").isNull() || a.get("didYouMean").isTextual(), where + "didYouMean " + a.get("didYouMean"));
        assertEquals(a.get("ranked").size(), a.get("rows").size(), where + "a row per ranked document");
        a.get("rows").forEach(row -> {
            assertEquals(7, row.size(), where + "row " + row);
            assertTrue(codes.contains(row.get(0).asText()), where + "row " + row);
        });
        assertEquals(new TreeSet<>(ranked(a)).size(), ranked(a).size(), where + "no document twice");
        if (q.isBlank()) {
            assertEquals(0, a.get("ranked").size(), where + "nothing for a blank query");
            assertEquals(-1, code, where + "no code for a blank query");
        }
    }

    private static List<String> terms(JsonNode a) {
        List<String> terms = new ArrayList<>();
        a.get("terms").forEach(t -> terms.add(t.asText()));
        return terms;
    }

    // ---------------------------------------------------------------------------------------

    @Test
    void facetCountsCountWhatTheOtherFiltersLetThrough() {
        assertEquals(filterSelections.size(), filterAnswers.size());
        for (int s = 0; s < filterAnswers.size(); s++) {
            JsonNode f = filterAnswers.get(s);
            Map<String, List<Integer>> selected = filterSelections.get(s);
            List<Integer> ranked = new ArrayList<>();
            f.get("ranked").forEach(d -> ranked.add(d.asInt()));
            List<Integer> results = new ArrayList<>();
            f.get("results").forEach(d -> results.add(d.asInt()));
            String where = f.get("q").asText() + " " + selected + ": ";
            assertFalse(ranked.isEmpty(), where + "the query finds classes");

            Extra extra = filterExtras.get(s);
            where += extra + ": ";
            List<Integer> expected = ranked.stream().filter(d -> passes(d, selected, null) && passesExtra(d, extra, null)).toList();
            expected = sorted(expected, extra.sort());
            assertEquals(expected, results, where + "the results pass every filter, in " + (extra.sort().isEmpty() ? "rank" : extra.sort()) + " order");
            if (extra.all()) {
                assertEquals(index.documents().size(), ranked.size(), where + "no words: every class");
            }
            List<Integer> flagCounts = new ArrayList<>();
            for (int i = 0; i < Facets.ALL.size(); i++) {
                int flag = i;
                flagCounts.add((int) ranked.stream().filter(d -> passes(d, selected, null) && passesExtra(d, extra, "flags")
                        && extra.flags().stream().allMatch(x -> has(d, x)) && has(d, flag)).count());
            }
            List<Integer> actualFlags = new ArrayList<>();
            f.get("counts").get("flags").forEach(c -> actualFlags.add(c.asInt()));
            assertEquals(flagCounts, actualFlags, where + "yes/no facet counts: the classes that would remain with each ticked too");
            for (String facet : List.of("department", "unit", "flsa")) {
                int values = facets.get(facet).get("values").size();
                int[] counts = new int[values];
                for (int d : ranked) {
                    if (passes(d, selected, facet) && passesExtra(d, extra, null)) {
                        counts[valueOf(facet, d)]++;
                    }
                }
                List<Integer> actual = new ArrayList<>();
                f.get("counts").get(facet).forEach(c -> actual.add(c.asInt()));
                assertEquals(java.util.Arrays.stream(counts).boxed().toList(), actual, where + facet + " counts");
            }
        }

        // The same, said plainly for the first case: Alameda Municipal Power selected for "customer service".
        JsonNode power = filterAnswers.get(0);
        int dept = value("department", "Alameda Municipal Power");
        List<Integer> results = new ArrayList<>();
        power.get("results").forEach(d -> results.add(d.asInt()));
        assertTrue(results.size() >= 3, "several customer service classes are in Alameda Municipal Power: " + results);
        results.forEach(d -> assertEquals(dept, valueOf("department", d), codes.get(d) + " is in the selected department"));
        int unitTotal = 0;
        for (JsonNode c : power.get("counts").get("unit")) {
            unitTotal += c.asInt();
        }
        assertEquals(results.size(), unitTotal, "unit counts count only the selected department's classes");
        int departmentTotal = 0;
        for (JsonNode c : power.get("counts").get("department")) {
            departmentTotal += c.asInt();
        }
        assertEquals(power.get("ranked").size(), departmentTotal, "department counts ignore the department filter itself");
        assertTrue(departmentTotal > results.size(), "other departments keep their counts");
    }

    /**
     * Issue 13: the pay filter, the yes/no facets and the sorts change what a visitor sees (each case narrows or
     * reorders), and the export carries the pay the class page states: Lead Customer Service Representative
     * (7565) is paid $6,418.45 a month (× 12 = $77,021 a year); Lifeguard (6230) is part-time, so it has no annual
     * figure and no pay filter lets it through.
     */
    @Test
    void issue13PayFilterFacetsAndSortsBite() {
        int base = 5; // the first issue-13 case
        List<Integer> entryRanked = docs(filterAnswers.get(base), "ranked");
        List<Integer> entry = docs(filterAnswers.get(base), "results");
        assertTrue(!entry.isEmpty() && entry.size() < entryRanked.size(), "Entry level narrows \"work\": " + entry);
        List<Integer> paid = docs(filterAnswers.get(base + 1), "results");
        assertTrue(!paid.isEmpty() && paid.size() < entryRanked.size(), "at least $80,000 narrows \"work\": " + paid);
        paid.forEach(d -> assertTrue(index.documents().get(d).annualPay() >= 80_000, codes.get(d) + " starts at $80,000 or more"));
        List<Integer> byPay = docs(filterAnswers.get(base + 4), "results");
        assertFalse(byPay.equals(docs(filterAnswers.get(base + 4), "ranked")), "sorting by pay reorders \"customer service\"");
        for (int i = 1; i < byPay.size(); i++) {
            assertTrue(index.documents().get(byPay.get(i - 1)).annualPay() >= index.documents().get(byPay.get(i)).annualPay(),
                    "highest pay first: " + byPay);
        }
        List<Integer> all = docs(filterAnswers.get(base + 5), "results");
        long top = index.documents().stream().mapToLong(SearchDocument::annualPay).max().orElseThrow();
        assertEquals(top, index.documents().get(all.get(0)).annualPay(), "with no words, the best-paid class comes first");
        List<Integer> titles = docs(filterAnswers.get(base + 7), "results");
        assertEquals(index.documents().size(), titles.size(), "no words and no filter but an order: every class");

        int lead = codes.indexOf("7565");
        int lifeguard = codes.indexOf("6230");
        assertEquals(77_021, index.documents().get(lead).annualPay(), "7565: $6,418.45 a month × 12");
        assertEquals(-1, index.documents().get(lifeguard).annualPay(), "6230 is part-time: no annual figure");
        assertTrue(index.documents().get(lifeguard).pay().endsWith("per hour (part-time)"), index.documents().get(lifeguard).pay());
        assertFalse(paid.contains(lifeguard));
    }

    private static List<Integer> docs(JsonNode answer, String field) {
        List<Integer> docs = new ArrayList<>();
        answer.get(field).forEach(d -> docs.add(d.asInt()));
        return docs;
    }

    /** Issue 13: the pay filter and the yes/no facets ("flags" left out when {@code except} names them), from the index's documents. */
    private static boolean passesExtra(int doc, Extra extra, String except) {
        SearchDocument d = index.documents().get(doc);
        if (extra.minPay() > 0 && (d.annualPay() < 0 || d.annualPay() < extra.minPay())) {
            return false;
        }
        return "flags".equals(except) || extra.flags().stream().allMatch(i -> has(doc, i));
    }

    private static boolean has(int doc, int flag) {
        return index.documents().get(doc).facets().contains(Facets.ALL.get(flag).id());
    }

    /** The order asked for, computed here from the documents: pay (highest first, none last, then title), title (A to Z). */
    private static List<Integer> sorted(List<Integer> docs, String sort) {
        java.util.Comparator<Integer> byTitle = java.util.Comparator.comparing((Integer d) -> index.documents().get(d).title().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(d -> d);
        return switch (sort) {
            case "pay" -> docs.stream().sorted(java.util.Comparator.comparing((Integer d) -> -index.documents().get(d).annualPay()).thenComparing(byTitle)).toList();
            case "title" -> docs.stream().sorted(byTitle).toList();
            default -> docs;
        };
    }

    private static void extra(List<Map<String, Object>> filters, String q, Map<String, List<Integer>> selected, Extra extra) {
        filterSelections.add(selected);
        filterExtras.add(extra);
        filters.add(Map.of("q", q, "selected", selected, "flags", extra.flags(), "minPay", extra.minPay(), "sort", extra.sort(),
                "all", extra.all()));
    }

    private static int flag(String id) {
        List<String> ids = new ArrayList<>();
        facets.get("flags").get("ids").forEach(v -> ids.add(v.asText()));
        assertTrue(ids.contains(id), "facets.json lists the yes/no facet " + id + ": " + ids);
        return ids.indexOf(id);
    }

    private static int valueOf(String facet, int doc) {
        return facets.get(facet).get("docs").get(doc).asInt();
    }

    private static boolean passes(int doc, Map<String, List<Integer>> selected, String except) {
        for (Map.Entry<String, List<Integer>> e : selected.entrySet()) {
            if (!e.getKey().equals(except) && !e.getValue().isEmpty() && !e.getValue().contains(valueOf(e.getKey(), doc))) {
                return false;
            }
        }
        return true;
    }

    /** A query as Java would write it, with the code points of anything that is not printable ASCII. */
    static String show(String q) {
        String text = q.length() > 40 ? q.substring(0, 40) + "…(" + q.length() + " chars)" : q;
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f) {
                b.appendCodePoint(cp);
            } else if (cp == '…') {
                b.append('…');
            } else {
                b.append(String.format("\\u{%04X}", cp));
            }
        });
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------------------------------

    /**
     * Runs every case, checking in JavaScript what JSON cannot carry (NaN, Infinity, undefined,
     * integers); then the filter cases and the code keys.
     */
    private static final String SCRIPT = """
            import { readFileSync, writeFileSync } from 'node:fs';
            import { join } from 'node:path';
            import { Search, filter, sortResults, codeKey } from './search-core.js';
            const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
            const search = await Search.open(async (path) => JSON.parse(readFileSync(join(input.dir, path), 'utf8')));
            const n = search.m.docs;
            const codes = (await search.documents([...Array(n).keys()])).map((row) => row[0]);

            function problems(a) {
              const p = [];
              if (typeof a !== 'object' || a === null) return ['the answer is ' + typeof a];
              for (const k of ['code', 'ranked', 'terms', 'didYouMean']) if (!(k in a)) p.push('no ' + k);
              if (!Number.isInteger(a.code) || a.code < -1 || a.code >= n) p.push('code ' + a.code);
              if (!Array.isArray(a.ranked)) return [...p, 'ranked is ' + typeof a.ranked];
              a.ranked.forEach((r, i) => {
                if (!Number.isInteger(r.doc) || r.doc < 0 || r.doc >= n) p.push('ranked[' + i + '].doc ' + r.doc);
                if (typeof r.score !== 'number' || !Number.isFinite(r.score) || r.score <= 0) p.push('ranked[' + i + '].score ' + r.score);
                const before = a.ranked[i - 1];
                if (before && (before.score < r.score || (before.score === r.score && before.doc >= r.doc))) p.push('ranked out of order at ' + i);
              });
              if (!Array.isArray(a.terms) || a.terms.some((t) => typeof t !== 'string')) p.push('terms ' + a.terms);
              if (a.didYouMean !== null && typeof a.didYouMean !== 'string') p.push('didYouMean ' + a.didYouMean);
              return p;
            }

            const cases = [];
            for (const c of input.cases) {
              try {
                const a = await search.query(c.q, { prefix: c.prefix });
                const p = problems(a);
                const rows = p.length ? [] : await search.documents(a.ranked.map((r) => r.doc));
                rows.forEach((row, i) => {
                  if (!Array.isArray(row) || row.length !== 7 || row.slice(0, 6).some((x) => typeof x !== 'string') || ![0, 1].includes(row[6])) {
                    p.push('row ' + i + ' ' + JSON.stringify(row));
                  }
                });
                const codeRow = a.code >= 0 ? (await search.documents([a.code]))[0] : null;
                cases.push({ code: a.code, ranked: (a.ranked || []).map((r) => [r.doc, r.score]), terms: a.terms,
                  didYouMean: a.didYouMean, suggestion: a.suggestion, anyWord: a.anyWord, rows, codeRow, problems: p, error: null });
              } catch (e) {
                cases.push({ error: String((e && e.stack) || e) });
              }
            }

            const facets = await search.facets();
            const keys = await search.sortKeys();
            const filters = [];
            for (const f of input.filters) {
              const a = f.all ? { ranked: search.everyDocument() } : await search.query(f.q, { prefix: false });
              const selected = Object.fromEntries(Object.entries(f.selected).map(([k, v]) => [k, new Set(v)]));
              if (f.flags) selected.flags = new Set(f.flags);
              const { results, counts } = filter(a.ranked, facets, selected, { minPay: f.minPay || 0, pay: keys.pay });
              const sorted = sortResults(results, f.sort || '', keys);
              filters.push({ q: f.q, ranked: a.ranked.map((r) => r.doc), results: sorted.map((r) => r.doc), counts });
            }

            const codeKeys = [];
            for (const q of input.codeKeys) codeKeys.push({ key: codeKey(q), doc: await search.codeLookup(q) });

            writeFileSync(process.argv[3], JSON.stringify({ codes, cases, filters, codeKeys }));
            """;
}
