package org.jobspecs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jobspecs.testing.NodeScript;

/**
 * The browser's analyser (assets/js/search-analyzer.js, run under Node.js) turns every input
 * into the same terms as {@link SearchAnalyzer}: the demo site's words, a large English word
 * list, each letter and digit of the JDK's Unicode, and hand-picked tricky inputs.
 */
class AnalyzerParityTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path DICTIONARY = Path.of("/usr/share/dict/words");
    private static final int SHOWN = 30;

    /** Inputs a word list would not hold. */
    private static final List<String> TRICKY = List.of(
            // possessives
            "customer's", "CUSTOMER’S", "James's", "James'", "its", "it's", "IT'S", "s's", "'s", "x's",
            "employees' benefits", "the city’s policy", "boss’s", "class'S", "Ｊａｍｅｓ＇ｓ",
            // apostrophes
            "o'brien", "O’Brien", "rock'n'roll", "don't", "can't", "won’t", "'quoted'", "‘single’", "a''b", "l'amour",
            // case
            "Customer SERVICE Representative", "McDonald", "iPhone", "HR", "HRIS", "PAYROLL",
            // digits and codes
            "7565", "0900", "3rd", "1st", "22nd", "2,000", "5,432.10", "$1,234.56", "v2", "V2.1", "A1", "B-12",
            "401(k)", "9am", "24/7", "Class 7565", "Step 5", "1990s", "80's", "mp3s", "x86", "12th-grade",
            // hyphens and other joiners
            "e-mail", "full-time", "non-exempt", "part‑time", "co-op", "re-enter", "well_known", "and/or",
            "user@example.org", "https://example.org/jobs?id=7565",
            // accents and other scripts
            "café", "CAFÉ", "naïve", "Straße", "STRASSE", "ẞ", "İstanbul", "ISTANBUL", "ıi", "ΣΊΣΥΦΟΣ", "σίσυφος",
            "ΟΔΥΣΣΕΥΣ", "москва", "МОСКВА", "東京", "東京都庁", "ﬁnance", "Ǆemal", "ǅ", "Ωmega", "Ꭰ", "Ⅻ", "①②",
            "٣٤٥", "१२३", "𝐀𝐁𝐂", "𐐀𐐨", "résumé", "résumés", "señor's", "über", "Ångström", "déjà vu", "jalapeño",
            "e\u0301tude", "cooperation", "coöperation", "Zürich", "Łódź", "ﬀ",
            // stop words
            "a", "an", "and", "The", "THE", "to", "of", "such", "there", "these", "will", "with", "into",
            "the and of to in", "to be or not to be", "it is what it is", "this is not that",
            // short words
            "s", "y", "i", "I", "ok", "us", "go", "ox", "ax", "is", "ie", "yes", "yay", "sss", "ies", "eed", "ing", "eing",
            "sses", "ss", "ed", "bed", "fed", "red", "sky", "ply", "pry", "spy", "toy", "guy", "aye",
            // -y words
            "pay", "attorney", "journey", "happy", "sky", "by", "key", "keys", "yearly", "yield", "youth", "agency",
            "agencies", "policy", "policies", "duty", "duties", "supply", "supplies", "employ", "employee",
            "syzygy", "yyy", "ayy", "boy", "boys", "daily", "monthly", "buy", "buying", "analyze", "analyses",
            // classic Porter cases
            "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring",
            "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing",
            "filing", "happy", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer",
            "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication",
            "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti",
            "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful",
            "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible",
            "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou", "communism",
            "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease",
            "controll", "roll", "generalizations", "oscillators", "archaeology", "biology", "ion", "lion",
            "sion", "tion", "supervision", "administration", "administrative", "responsibilities",
            // sentences
            "The Customer Services Supervisor plans, assigns and reviews the work of customer service staff.",
            "Performs journey-level electrical line work; may act as a lead worker in the supervisor’s absence.",
            "Requires: (1) a bachelor's degree; (2) three years' experience — or an equivalent combination.",
            "Salary: $5,432.10–$6,789.00 per month (Schedule 7565, step 3rd of 5).",
            "It's the employee's responsibility to report to the Police Records Unit by 0900.",
            "Ο ΣΊΣΥΦΟΣ ΚΑΙ Η ΠΈΤΡΑ. İSTANBUL'DA BİR GÜN. Москва — столица России. 東京は日本の首都です。",
            "  leading and trailing spaces\t\n", "", " ", "...", "'", "’s", "----",
            "line\nbreaks\r\nand\ttabs", "ALL CAPS SENTENCE WITH SOME STOP WORDS IN IT");

    private static List<String> inputs;
    private static Map<String, List<List<String>>> js;

    @BeforeAll
    static void runBoth(@TempDir Path dir) throws IOException, InterruptedException {
        inputs = inputs();
        js = runNode(dir, inputs);
    }

    @Test
    void termsAreLucenes() {
        SearchAnalyzer lucene = new SearchAnalyzer();
        compare("analyze()", lucene::terms, js.get("analyze"));
    }

    @Test
    void wordsAreLucenesUnstemmed() {
        SearchAnalyzer lucene = new SearchAnalyzer(false);
        compare("words()", lucene::terms, js.get("words"));
    }

    @Test
    void stopWordsAreLucenes() {
        Set<String> lucene = new TreeSet<>();
        SearchAnalyzer.STOP_WORDS.forEach(word -> lucene.add(new String((char[]) word)));
        assertEquals(lucene, new TreeSet<>(js.get("stopWords").get(0)), "STOP_WORDS");
    }

    @Test
    void theInputsAreMany() {
        assertTrue(inputs.size() > 100_000, "only " + inputs.size() + " inputs");
    }

    private static void compare(String what, Function<String, List<String>> lucene, List<List<String>> script) {
        assertEquals(inputs.size(), script.size(), what + ": Node.js gave a different number of results");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<String> expected = lucene.apply(inputs.get(i));
            if (!expected.equals(script.get(i))) {
                differences.add(String.format("%s%n    Lucene: %s%n    JS:     %s", show(inputs.get(i)), expected, script.get(i)));
            }
        }
        if (!differences.isEmpty()) {
            fail(String.format("%s differs from Lucene on %d of %d inputs; the first %d:%n  %s", what, differences.size(),
                    inputs.size(), Math.min(SHOWN, differences.size()),
                    String.join(System.lineSeparator() + "  ", differences.subList(0, Math.min(SHOWN, differences.size())))));
        }
        System.out.printf("AnalyzerParityTest: %s equals Lucene on %d inputs%n", what, inputs.size());
    }

    /** The input as Java would write it, cut short, with its code points where it is not ASCII. */
    private static String show(String input) {
        String text = input.length() > 100 ? input.substring(0, 100) + "…" : input;
        StringBuilder shown = new StringBuilder("\"").append(text.replace("\n", "\\n")).append('"');
        if (!text.chars().allMatch(c -> c < 0x80)) {
            shown.append(" [");
            text.codePoints().limit(20).forEach(cp -> shown.append(String.format(" U+%04X", cp)));
            shown.append(" ]");
        }
        return shown.toString();
    }

    // ---------------------------------------------------------------------------------------

    private static List<String> inputs() throws IOException {
        Set<String> all = new LinkedHashSet<>(TRICKY);
        Pattern token = Pattern.compile(SearchAnalyzer.TOKEN);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> content = Files.walk(PROJECT.resolve("content"))) {
            content.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        try (Stream<Path> data = Files.list(PROJECT.resolve("data"))) {
            data.filter(file -> file.toString().endsWith(".csv")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 10, "the demo site's content and data were not found under " + PROJECT);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            all.add(text); // the whole file as one text, too
            Matcher matcher = token.matcher(text);
            while (matcher.find()) {
                all.add(matcher.group());
            }
        }
        if (!Files.isRegularFile(DICTIONARY)) {
            fail(DICTIONARY + " is missing: install the English word list, Debian package wamerican (apt-get install wamerican)");
        }
        all.addAll(Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8));
        all.addAll(unicode());
        return new ArrayList<>(all);
    }

    /**
     * Every code point the JDK assigns, but surrogates and private use, 64 to a text and each
     * between spaces: the tokenizer's letters and digits and Java's lower case of each. (Code
     * points that are new since the JDK's Unicode version are letters to a newer browser and
     * nothing to Lucene; they are left out.)
     */
    private static List<String> unicode() {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            }
            text.append(' ').appendCodePoint(cp);
            if (++count % 64 == 0) {
                texts.add(text.toString());
                text.setLength(0);
            }
        }
        texts.add(text.toString());
        return texts;
    }

    /** Node.js's analyze(), words() and STOP_WORDS for the inputs. */
    private static Map<String, List<List<String>>> runNode(Path dir, List<String> inputs) throws IOException, InterruptedException {
        JsonNode answer = NodeScript.run(dir, String.join("\n",
                "import { readFileSync, writeFileSync } from 'node:fs';",
                "import { analyze, words, STOP_WORDS } from './search-analyzer.js';",
                "const inputs = JSON.parse(readFileSync(process.argv[2], 'utf8'));",
                "writeFileSync(process.argv[3], JSON.stringify({",
                "  analyze: inputs.map(analyze),",
                "  words: inputs.map(words),",
                "  stopWords: [[...STOP_WORDS]],",
                "}));",
                ""), inputs);
        return new ObjectMapper().convertValue(answer, new TypeReference<Map<String, List<List<String>>>>() {});
    }
}
