package org.jobspecs.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jobspecs.site.Page;

/**
 * Writes the search index as static files under {@code search/}, split so that a query fetches only what
 * it needs. A pure function of the site's postings ({@link SitePostings}): documents are numbered in class-code order, files are
 * named by what they hold, and they carry raw statistics (term frequencies, encoded field lengths,
 * document counts), never scores. The browser scores with Lucene's BM25 from them.
 *
 * <pre>
 * search/manifest.json   format, BM25 constants, field statistics, the shard keys, file counts, the
 *                        synonym groups (each member as its terms)
 * search/t/KEY.json      terms starting with KEY: {term: {"t": [doc, tf, norm, …], "b": […], "d": […], "x": […]}},
 *                        doc gaps (title, body, department and unit, title words as typed)
 * search/d/N.json        documents N·SLICE … : [code, title, path, department, pay, snippet, abolished]
 * search/facets.json     department, unit and FLSA values, and each document's value index; the yes/no
 *                        facets ({@link Facets}): "flags": {"ids", "labels", "docs": [bit set per document]}
 * search/sort.json       fetched only to filter or sort by pay or title (issue 13): "pay": each document's
 *                        starting pay per year in whole dollars (-1: no annual figure), "title": its place in
 *                        title order
 * search/c/KEY.json      class codes (and former codes) starting with KEY → document
 * search/s/KEY.json      typo list: a word or the word less one letter → [word, documents, …]; a real
 *                        word no class uses but one slip from a word classes use lists itself, with 0
 * </pre>
 */
public final class SearchExport {

    static final int FORMAT = 1;
    /** Documents per slice of the document table. */
    static final int SLICE = 10;
    /** A term shard is split by a further letter while its text is above this size. */
    static final int SHARD_BYTES = 48 * 1024;
    static final int MIN_TYPO_WORD = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SitePostings site;
    private final List<Page> files = new ArrayList<>();

    private SearchExport(SitePostings site) {
        this.site = site;
    }

    /** The export's files of a Lucene index, as pages of the site. */
    public static List<Page> pages(SearchIndex index) {
        return pages(SitePostings.of(index));
    }

    /** The export's files, as pages of the site. */
    public static List<Page> pages(SitePostings site) {
        SearchExport export = new SearchExport(site);
        try {
            export.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(export.files);
    }

    private void write() throws IOException {
        // Issue 15: the typo list (with the dictionary's real words) is made on another thread meanwhile.
        List<Page> typoFiles = new ArrayList<>();
        CompletableFuture<List<String>> typoKeys = CompletableFuture.supplyAsync(() -> {
            try {
                return typos(typoFiles);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("docs", site.documents().size());
        manifest.put("k1", SearchIndex.K1);
        manifest.put("b", SearchIndex.B);
        manifest.put("titleBoost", SearchIndex.TITLE_BOOST);
        manifest.put("deptBoost", SearchIndex.DEPT_BOOST);
        manifest.put("exactBoost", SearchIndex.EXACT_BOOST);
        manifest.put("fields", fieldStatistics());
        manifest.put("terms", termShards());
        manifest.put("slice", SLICE);
        manifest.put("slices", docSlices());
        manifest.put("codes", codes());
        manifest.put("typos", join(typoKeys));
        files.addAll(typoFiles);
        manifest.put("synonyms", site.synonyms().groups());
        facets();
        file("search/manifest.json", manifest);
    }

    /** The result of work done on another thread, or what it threw. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    private Map<String, Object> fieldStatistics() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : SitePostings.FIELDS) {
            SitePostings.Field field = site.field(name);
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("docCount", field.docCount());
            stats.put("sumTotalTermFreq", field.sumTotalTermFreq());
            fields.put(name, stats);
        }
        return fields;
    }

    /** The fields of a term's JSON object, by the key the export gives each. */
    private List<Map.Entry<String, Map<String, SitePostings.Postings>>> termFields() {
        return List.of(
                Map.entry("t", site.field(SearchIndex.TITLE).terms()), Map.entry("b", site.field(SearchIndex.BODY).terms()),
                Map.entry("d", site.field(SearchIndex.DEPT).terms()), Map.entry("x", site.field(SearchIndex.TITLE_EXACT).terms()));
    }

    /**
     * Every term with its postings in the four fields, grouped into shards by prefix. Issue 15: each
     * shard's text is made only when its file is written (the texts of 100,000 classes' terms, made
     * all at once, were some 230 MB, beside the postings); here only each term's length is found.
     */
    private List<String> termShards() throws IOException {
        TreeMap<String, Integer> sizes = new TreeMap<>(); // term → its entry's length in its shard
        List<Map.Entry<String, Map<String, SitePostings.Postings>>> fields = termFields();
        fields.forEach(f -> f.getValue().keySet().forEach(term -> sizes.put(term, 0)));
        for (Map.Entry<String, Integer> term : sizes.entrySet()) {
            int length = 1;
            for (Map.Entry<String, Map<String, SitePostings.Postings>> field : fields) {
                SitePostings.Postings p = field.getValue().get(term.getKey());
                if (p != null) {
                    length += (length > 1 ? 1 : 0) + field.getKey().length() + 3 + p.textLength();
                }
            }
            term.setValue(term.getKey().length() + length + 1 + 4);
        }
        List<String> keys = new ArrayList<>();
        shard(sizes, 2, "", keys);
        return keys;
    }

    /**
     * Groups terms by their first {@code depth} characters; a group above {@link #SHARD_BYTES} is
     * split by one more character (terms no longer than the prefix stay in the group's own shard).
     *
     * @param sizes each term's length in a shard (its key, its JSON object and four)
     */
    private void shard(TreeMap<String, Integer> sizes, int depth, String within, List<String> keys) {
        TreeMap<String, TreeMap<String, Integer>> groups = new TreeMap<>();
        List<String> own = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            String term = e.getKey();
            if (term.length() < depth && !within.isEmpty()) {
                own.add(term);
            } else {
                groups.computeIfAbsent(term.substring(0, Math.min(depth, term.length())), k -> new TreeMap<>()).put(term, e.getValue());
            }
        }
        if (!own.isEmpty()) {
            keys.add(within);
            shardFile(within, own);
        }
        for (Map.Entry<String, TreeMap<String, Integer>> g : groups.entrySet()) {
            int size = g.getValue().values().stream().mapToInt(Integer::intValue).sum();
            boolean splittable = g.getValue().keySet().stream().anyMatch(t -> t.length() > g.getKey().length());
            if (size > SHARD_BYTES && splittable && g.getKey().length() == depth) {
                shard(g.getValue(), depth + 1, g.getKey(), keys);
            } else {
                keys.add(g.getKey());
                shardFile(g.getKey(), List.copyOf(g.getValue().keySet()));
            }
        }
    }

    /** A shard's file, its text made when the file is written: {term: {"t": […], …}, …} for its terms (in order). */
    private void shardFile(String key, List<String> terms) {
        List<Map.Entry<String, Map<String, SitePostings.Postings>>> fields = termFields();
        files.add(Page.data("search/t/" + fileKey(key) + ".json", () -> {
            SitePostings.Ascii json = new SitePostings.Ascii();
            json.append('{');
            for (String term : terms) {
                try {
                    json.append(json.length() > 1 ? "," : "").append(jsonString(term)).append(':').append('{');
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
                int start = json.length();
                for (Map.Entry<String, Map<String, SitePostings.Postings>> field : fields) {
                    SitePostings.Postings p = field.getValue().get(term);
                    if (p != null) {
                        json.append(json.length() > start ? "," : "").append('"').append(field.getKey()).append("\":");
                        p.appendTo(json);
                    }
                }
                json.append('}');
            }
            return json.append('}').toBytes();
        }));
    }

    private int docSlices() throws IOException {
        List<SearchDocument> docs = site.documents();
        int slices = (docs.size() + SLICE - 1) / SLICE;
        for (int s = 0; s < slices; s++) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = s * SLICE; i < Math.min(docs.size(), (s + 1) * SLICE); i++) {
                SearchDocument d = docs.get(i);
                rows.add(List.of(d.code(), d.title(), d.path(), d.department(), d.pay(), d.snippet(), d.abolished() ? 1 : 0));
            }
            file("search/d/" + s + ".json", rows);
        }
        return slices;
    }

    private void facets() throws IOException {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("department", facet(SearchDocument::department));
        facets.put("unit", facet(SearchDocument::unit));
        facets.put("flsa", facet(SearchDocument::flsa));
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("ids", Facets.ALL.stream().map(Facets.Facet::id).toList());
        flags.put("labels", Facets.ALL.stream().map(Facets.Facet::label).toList());
        flags.put("docs", site.documents().stream().map(d -> Facets.bits(d.facets())).toList());
        facets.put("flags", flags);
        file("search/facets.json", facets);
        sortKeys();
    }

    /** Each document's starting pay per year and its place in title order, for the pay filter and the sorts. */
    private void sortKeys() throws IOException {
        List<SearchDocument> docs = site.documents();
        Integer[] byTitle = new Integer[docs.size()];
        // Each title lower-cased once, not in every comparison of the sort.
        String[] lower = new String[docs.size()];
        for (int i = 0; i < byTitle.length; i++) {
            byTitle[i] = i;
            lower[i] = docs.get(i).title().toLowerCase(java.util.Locale.ROOT);
        }
        java.util.Arrays.sort(byTitle, java.util.Comparator.comparing((Integer i) -> lower[i]).thenComparing(i -> i));
        int[] place = new int[docs.size()];
        for (int p = 0; p < byTitle.length; p++) {
            place[byTitle[p]] = p;
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("pay", docs.stream().map(SearchDocument::annualPay).toList());
        keys.put("title", place);
        file("search/sort.json", keys);
    }

    private Map<String, Object> facet(java.util.function.Function<SearchDocument, String> value) {
        List<String> values = site.documents().stream().map(value).distinct().sorted().toList();
        List<Integer> docs = site.documents().stream().map(d -> values.indexOf(value.apply(d))).toList();
        Map<String, Object> facet = new LinkedHashMap<>();
        facet.put("values", values);
        facet.put("docs", docs);
        return facet;
    }

    /** Code lookup, by the first two characters of the code's key (see {@link Searcher#codeKey}). */
    private List<String> codes() throws IOException {
        TreeMap<String, TreeMap<String, Integer>> shards = new TreeMap<>();
        List<SearchDocument> docs = site.documents();
        for (int i = 0; i < docs.size(); i++) {
            List<String> codes = new ArrayList<>();
            codes.add(docs.get(i).code());
            codes.addAll(docs.get(i).formerCodes());
            for (String code : codes) {
                String key = Searcher.codeKey(code);
                shards.computeIfAbsent(key.substring(0, Math.min(2, key.length())), k -> new TreeMap<>()).putIfAbsent(key, i);
            }
        }
        for (Map.Entry<String, TreeMap<String, Integer>> e : shards.entrySet()) {
            file("search/c/" + fileKey(e.getKey()) + ".json", e.getValue());
        }
        return new ArrayList<>(shards.keySet());
    }

    /**
     * The typo list: every word of five letters or more, and each of its one-letter deletions (a
     * deletion within a run of one letter once), each with the words it stands for; files in the order of
     * their keys, the variants' first two letters (sorting all variants at once gives them shard by shard).
     */
    private List<String> typos(List<Page> out) throws IOException {
        Map<String, List<Typo>> byVariant = new HashMap<>();
        char[] variant = new char[64];
        for (Map.Entry<String, Integer> e : site.words().entrySet()) {
            String w = e.getKey();
            if (!Typos.correctable(w)) {
                continue;
            }
            Typo typo = new Typo(w, e.getValue());
            variant(byVariant, w, typo);
            int n = w.length();
            if (variant.length < n) {
                variant = new char[n];
            }
            w.getChars(1, n, variant, 0);
            for (int i = 0; i < n; i++) {
                // variant holds w without its letter i; the same as without letter i - 1 when the two are alike
                if (i > 0) {
                    variant[i - 1] = w.charAt(i - 1);
                    if (w.charAt(i) == w.charAt(i - 1)) {
                        continue;
                    }
                }
                variant(byVariant, new String(variant, 0, n - 1), typo);
            }
        }
        // A real word near a corpus word is listed as itself (with no documents): the client then
        // only offers its correction (Typos.realWords).
        for (String real : site.realWords()) {
            variant(byVariant, real, new Typo(real, 0));
        }
        String[] variants = byVariant.keySet().toArray(new String[0]);
        java.util.Arrays.sort(variants);
        List<String> keys = new ArrayList<>();
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < variants.length; i++) {
            String v = variants[i];
            String key = v.substring(0, 2);
            json.append(json.isEmpty() ? "{" : ",").append(jsonString(v)).append(":[");
            List<Typo> ws = byVariant.get(v);
            if (ws.size() > 1) {
                ws.sort(java.util.Comparator.comparing(Typo::word));
            }
            for (int k = 0; k < ws.size(); k++) {
                json.append(k > 0 ? "," : "").append(jsonString(ws.get(k).word())).append(',').append(ws.get(k).documents());
            }
            json.append(']');
            if (i + 1 == variants.length || !variants[i + 1].startsWith(key)) {
                keys.add(key);
                out.add(Page.data("search/s/" + fileKey(key) + ".json", json.append('}').toString()));
                json.setLength(0);
            }
        }
        return keys;
    }

    /** A word of the typo list and the documents using it (0: a real word no class uses). */
    private record Typo(String word, int documents) {
    }

    private static void variant(Map<String, List<Typo>> byVariant, String variant, Typo typo) {
        byVariant.computeIfAbsent(variant, k -> new ArrayList<>(2)).add(typo);
    }

    /** A string as Jackson writes it: quoted as it is when nothing in it needs escaping, else by Jackson. */
    static String jsonString(String s) throws JsonProcessingException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return JSON.writeValueAsString(s);
            }
        }
        return "\"" + s + "\"";
    }

    /** A shard key as a file name: itself when plain lower-case ASCII letters and digits, else "x" and its UTF-8 in hex. */
    static String fileKey(String key) {
        if (!key.isEmpty() && key.matches("[a-z0-9]+")) {
            return key;
        }
        return "x" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }

    private void file(String path, Object content) throws JsonProcessingException {
        files.add(Page.data(path, JSON.writeValueAsString(content)));
    }
}
