package org.jobspecs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.jobspecs.demo.DemoCatalogWriter;
import org.jobspecs.intake.DocumentResult;
import org.jobspecs.intake.ImportOptions;
import org.jobspecs.intake.Importer;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.spec.SectionAliases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the spec parser's inline shortcut ({@link PlainInlineParser}) against its oracle,
 * commonmark's own inline parser with the same settings. Both parse the same Markdown and the node
 * trees must be the same, every node's class, properties and source spans: on the bundled demo, on
 * generated catalogs, on imported Word exports, on the real-document corpus when
 * {@code JOBSPECS_CORPUS} names it, and on many random strings rich in markup characters.
 */
class PlainInlineParserTest {

    @TempDir
    Path dir;

    private static final Parser STOCK = MarkdownSpecReader.stockParser().build();

    /** The shortcut, counting the blocks it made itself and those it handed to the stock parser. */
    private static final class Counted {
        int plain;
        int stock;
        final Parser parser = MarkdownSpecReader.stockParser().inlineParserFactory(context -> {
            PlainInlineParser shortcut = (PlainInlineParser) PlainInlineParser.FACTORY.create(context);
            return (lines, block) -> {
                int before = shortcut.handedOn;
                shortcut.parse(lines, block);
                if (shortcut.handedOn > before) {
                    stock++;
                } else {
                    plain++;
                }
            };
        }).build();
    }

    /** The same trees from both parsers. */
    private static void assertSame(String markdown, String what, Counted counted) {
        String expected = dump(STOCK.parse(markdown));
        String actual = dump(counted.parser.parse(markdown));
        if (!expected.equals(actual)) {
            fail(what + ": the inline shortcut's tree differs from commonmark's\n" + firstDifference(expected, actual)
                    + "\nmarkdown: " + escape(markdown));
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "(end)";
            String y = i < a.length ? a[i] : "(end)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " of the dump\n  commonmark: " + x + "\n  shortcut:   " + y;
            }
        }
        return "";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    // ---- the dump: every node, its public properties and its source spans

    private static final Set<String> STRUCTURE = Set.of("getParent", "getNext", "getPrevious", "getFirstChild", "getLastChild",
            "getSourceSpans", "getClass");
    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    static String dump(Node document) {
        StringBuilder sb = new StringBuilder();
        dump(document, 0, sb);
        return sb.toString();
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(node.getClass().getName());
        for (Method m : GETTERS.computeIfAbsent(node.getClass(), PlainInlineParserTest::getters)) {
            try {
                sb.append(' ').append(m.getName()).append('=').append(escape(String.valueOf(m.invoke(node))));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        for (SourceSpan s : node.getSourceSpans()) {
            sb.append(" span(").append(s.getLineIndex()).append(':').append(s.getColumnIndex()).append(" @").append(s.getInputIndex())
                    .append('+').append(s.getLength()).append(')');
        }
        sb.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, sb);
        }
    }

    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !STRUCTURE.contains(m.getName())
                        && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    // ---- the sources

    /** The Markdown body of a native source, as the spec reader gives it to the parser. */
    private static Optional<String> body(String text) {
        return HeaderParser.parse(text, Location.file("x.md"), new Problems()).map(Header::body);
    }

    private static List<Path> files(Path folder, String... extensions) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> Arrays.stream(extensions).anyMatch(e -> p.toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted().toList();
        }
    }

    /** Every native source's body, and the whole text of every other text file, parsed by both. */
    private static void sameOnFolder(Path folder, Counted counted) throws IOException {
        for (Path p : files(folder, ".md", ".markdown", ".txt", ".html")) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            assertSame(text, p.toString(), counted);
            Optional<String> body = body(text);
            if (body.isPresent()) {
                assertSame(body.get(), p + " (body)", counted);
            }
        }
    }

    @Test
    void theBundledDemoParsesTheSame() throws IOException {
        Counted counted = new Counted();
        sameOnFolder(Path.of("content"), counted);
        assertTrue(counted.plain > 100 && counted.stock > 10, "both paths taken: " + counted.plain + " plain, " + counted.stock + " stock");
    }

    @Test
    void generatedCatalogsParseTheSame() throws IOException {
        Counted counted = new Counted();
        new DemoCatalogWriter(300, 1).withVersions().write(dir.resolve("a"));
        new DemoCatalogWriter(200, 42).write(dir.resolve("b"));
        sameOnFolder(dir.resolve("a/content"), counted);
        sameOnFolder(dir.resolve("b/content"), counted);
        assertTrue(counted.plain > 1000 && counted.stock > 10, "both paths taken: " + counted.plain + " plain, " + counted.stock + " stock");
    }

    @Test
    void importedWordExportsParseTheSame() throws IOException {
        Counted counted = new Counted();
        List<Path> docs = new ArrayList<>(files(Path.of("content"), ".txt"));
        Path seed = Path.of("/work/shared/seed");
        if (Files.isDirectory(seed)) {
            docs.addAll(files(seed, ".txt", ".md", ".docx", ".pdf", ".html"));
        }
        assertFalse(docs.isEmpty());
        for (String markdown : imported(docs)) {
            assertSame(markdown, "imported", counted);
            assertSame(body(markdown).orElseThrow(), "imported (body)", counted);
        }
        assertTrue(counted.plain > 10, counted.plain + " plain");
    }

    @Test
    void theRealDocumentCorpusParsesTheSame() throws IOException {
        String named = System.getenv("JOBSPECS_CORPUS");
        if (named == null || named.isBlank()) {
            named = System.getProperty("jobspecs.corpus", "");
        }
        Assumptions.assumeTrue(!named.isBlank() && Files.isDirectory(Path.of(named)), "real-document corpus skipped: set JOBSPECS_CORPUS");
        Counted counted = new Counted();
        Path corpus = Path.of(named);
        sameOnFolder(corpus, counted);
        List<Path> docs = files(corpus, ".txt", ".md", ".docx", ".pdf", ".html", ".doc");
        for (String markdown : imported(docs)) {
            assertSame(markdown, "imported from the corpus", counted);
            body(markdown).ifPresent(b -> assertSame(b, "imported from the corpus (body)", counted));
        }
        System.out.println("corpus: " + docs.size() + " documents, " + counted.plain + " plain blocks, " + counted.stock + " stock");
        assertTrue(counted.plain > 100, counted.plain + " plain");
    }

    /** The native sources import writes for documents (dry run), each imported alone. */
    private List<String> imported(List<Path> docs) throws IOException {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Path doc : docs) {
            Path site = Files.createDirectories(dir.resolve("import" + (++n)));
            for (String[] given : new String[][] {{null, null}, {"T" + n, "Untitled " + n}}) {
                ImportOptions options = new ImportOptions(site.resolve("content"), site.resolve("data/classes.csv"), site.resolve("data/units.csv"),
                        false, true, given[0], given[1]);
                boolean any = false;
                for (DocumentResult r : new Importer(options, SectionAliases.builtIn(), "Agency").run(List.of(doc))) {
                    for (DocumentResult.SpecResult s : r.specs()) {
                        if (!s.source().isEmpty()) {
                            out.add(s.source());
                            any = true;
                        }
                    }
                }
                if (any) {
                    break;
                }
            }
        }
        return out;
    }

    // ---- random Markdown

    private static final String[] MARKUP = {
        "a", "word", "Duties", " ", "  ", "   ", "\t", " \t", "\n", "\n", "\n\n", "\n  ", "\n    ", "\n\t", "*", "**", "_", "__", "~", "~~",
        "`", "``", "\\", "\\\n", "[", "]", "](#)", "(", ")", "[x](#)", "[y](http://e.org)", "!", "![", "<", ">", "<b>", "</b>", "<http://a.b>",
        "&", "&amp;", "&#35;", "&nbsp", "#", "# ", "## ", "-", "- ", "+ ", "1. ", "2) ", "|", " | ", "|---|---|\n", "=", "===\n", "---\n",
        ":", ".", ",", "é", "’", "—", "中文", "😀", "\u00a0", "\u2028", "\u0085", "\0", "\r", "\r\n", "> ", "```\n", "~~~\n", "    code",
        "\"", "'", "[ref]: /u\n", "[ref]", "*a*", "_b_", "~~c~~", "`d`",
    };

    private static final String[] PROSE = {
        "the", "classification", "performs", "duties", " ", " ", " ", "  ", "   ", "\t", " \t ", "\n", "\n", "\n\n", "\n ", "\n   ", "\n\t",
        ",", ".", ";", "(", ")", "é", "’", "—", "中", "😀", "\u00a0", "-", "- ", "1. ", "# ", "## ", "|", "=", "\"", "'", "%", "$", "/", "?",
    };

    private static String random(SplittableRandom r, String[] alphabet, int tokens) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(tokens);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet[r.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    @Test
    void randomMarkdownParsesTheSame() {
        Counted counted = new Counted();
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 20_000; i++) {
            String markdown = random(r, MARKUP, 40);
            assertSame(markdown, "random markup #" + i, counted);
        }
        for (int i = 0; i < 20_000; i++) {
            String markdown = random(r, PROSE, 60);
            assertSame(markdown, "random prose #" + i, counted);
        }
        for (int i = 0; i < 5_000; i++) {
            // mostly prose with now and then one markup character: the shortcut's boundary
            String markdown = random(r, PROSE, 30) + MARKUP[r.nextInt(MARKUP.length)] + random(r, PROSE, 30);
            assertSame(markdown, "random mixed #" + i, counted);
        }
        assertTrue(counted.plain > 10_000 && counted.stock > 10_000, "both paths taken: " + counted.plain + " plain, " + counted.stock + " stock");
    }

    // ---- the parser alone

    /** The stock parser's own set of special characters, read from its private field. */
    @Test
    void theShortcutsSpecialCharactersAreTheStockParsersAndNul() throws ReflectiveOperationException {
        InlineParserContext context = context();
        Field field = InlineParserImpl.class.getDeclaredField("specialCharacters");
        field.setAccessible(true);
        BitSet stock = (BitSet) field.get(new InlineParserImpl(context));
        boolean[] ours = PlainInlineParser.specialCharacters(context);
        BitSet expected = (BitSet) stock.clone();
        expected.set(0);
        BitSet actual = new BitSet();
        for (int c = 0; c < ours.length; c++) {
            if (ours[c]) {
                actual.set(c);
            }
        }
        assertEquals(expected, actual);
        assertTrue(actual.get('~'), "the strikethrough extension's tilde");
    }

    /** The context the spec parser gives its inline parser, caught from a parse. */
    private static InlineParserContext context() {
        InlineParserContext[] caught = new InlineParserContext[1];
        InlineParserFactory catching = c -> {
            caught[0] = c;
            return PlainInlineParser.FACTORY.create(c);
        };
        MarkdownSpecReader.stockParser().inlineParserFactory(catching).build().parse("x");
        return caught[0];
    }

    @Test
    void aBlockWithoutMarkupNeverReachesTheStockParser() {
        PlainInlineParser parser = (PlainInlineParser) PlainInlineParser.FACTORY.create(context());
        Paragraph p = new Paragraph();
        SourceLines lines = SourceLines.empty();
        lines.addLine(SourceLine.of("Performs duties  ", SourceSpan.of(3, 0, 40, 17)));
        lines.addLine(SourceLine.of(new StringBuilder("of the class — é 中\t "), SourceSpan.of(4, 2, 59, 20))); // not a String
        lines.addLine(SourceLine.of("   and others \t", SourceSpan.of(5, 0, 80, 15)));
        parser.parse(lines, p);
        assertEquals(0, parser.handedOn);
        assertEquals("org.commonmark.node.Paragraph\n"
                + "  org.commonmark.node.Text getLiteral=Performs duties span(3:0 @40+17)\n"
                + "  org.commonmark.node.HardLineBreak\n"
                + "  org.commonmark.node.Text getLiteral=of the class — é 中\\t span(4:2 @59+20)\n"
                + "  org.commonmark.node.SoftLineBreak\n"
                + "  org.commonmark.node.Text getLiteral=   and others span(5:0 @80+15)\n", dump(p));
        Paragraph marked = new Paragraph();
        parser.parse(SourceLines.of(SourceLine.of("a *b*", null)), marked);
        assertEquals(1, parser.handedOn);
    }

    /** A char above U+00FF whose low byte is a special character's sends its block to the stock parser, with the same tree. */
    @Test
    void aCharSharingASpecialCharactersLowByteIsHandedOn() {
        Counted counted = new Counted();
        assertSame("Knowledge \u015b of \u2026 the \ud83d\ude00 class\n", "low bytes [ & and NUL", counted);
        assertEquals(0, counted.plain);
        assertEquals(1, counted.stock);
    }

    @Test
    void linkReferenceDefinitionsStillResolve() {
        Counted counted = new Counted();
        assertSame("[ref]: http://x.org\n\nsee [ref] here\n\nplain words\n", "definitions", counted);
        assertTrue(counted.plain >= 1 && counted.stock >= 1);
        assertTrue(STOCK.parse("[ref]: http://x.org\n").getFirstChild() instanceof LinkReferenceDefinition);
    }

}
