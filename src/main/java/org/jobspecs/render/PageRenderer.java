package org.jobspecs.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;
import org.jobspecs.site.Page;

/**
 * Renders pages with one FreeMarker configuration over the site's template folder. Templates are
 * {@code .ftl} files (JBake's convention) rendered as HTML with auto-escaping unless a template
 * declares another output format ({@code sitemap.ftl} is XML). Each page's view is the template's
 * {@code page} variable. Pages are independent, so they render in parallel.
 */
public final class PageRenderer {

    /**
     * Issue 15: each render thread's page writer, emptied for each page; its buffer (32 KiB, grown to
     * the largest page) was allocated anew for each of a build's pages, a tenth of all it allocates.
     */
    private static final ThreadLocal<Utf8Output> OUTPUT = ThreadLocal.withInitial(() -> new Utf8Output(32 * 1024));

    private final Configuration freemarker;
    private final DefaultObjectWrapper wrapper;
    private final String templateFolder;
    /** Issue 15: the templates {@link #parseTemplates} parses ahead, and the next of them not yet taken. */
    private List<String> templateNames;
    private final java.util.concurrent.atomic.AtomicInteger nextTemplate = new java.util.concurrent.atomic.AtomicInteger();
    /** The templates whose syntax error was reported (template and line). */
    private final java.util.Set<String> syntaxErrors = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param templates     the template folder
     * @param templateLabel the folder as reported in messages, e.g. "templates"
     */
    public PageRenderer(Path templates, String templateLabel) throws IOException {
        this.templateFolder = templateLabel;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(templates.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        this.wrapper = new ViewWrapper();
        cfg.setObjectWrapper(wrapper);
        cfg.setSharedVariable("body", BodyDirectives.BODY);
        cfg.setSharedVariable("text", BodyDirectives.TEXT);
        this.freemarker = cfg;
    }

    /**
     * Parses every template of the folder into FreeMarker's cache ahead of the first page, so that a
     * build can do it on another thread while it reads its sources. A template that does not parse is
     * left for {@link #render} to report (FreeMarker keeps the error and gives it again).
     *
     * <p>Issue 15: threads may call this at the same time (a build's main thread helps once it has
     * nothing else to do); each takes the next template not yet taken, and returns when none is left,
     * though the others may still be parsing their last.
     *
     * @return how many templates this call parsed (or found not to parse)
     */
    public int parseTemplates(Path templates) {
        List<String> names = templateNames(templates);
        int taken = 0;
        for (int i = nextTemplate.getAndIncrement(); i < names.size(); i = nextTemplate.getAndIncrement()) {
            taken++;
            try {
                freemarker.getTemplate(names.get(i));
            } catch (IOException e) {
                // reported when a page uses it
            }
        }
        return taken;
    }

    /** The template files of the folder (relative, with '/'), listed once, in the order the walk gives; none when it cannot be read. */
    private synchronized List<String> templateNames(Path templates) {
        if (templateNames == null) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(templates)) {
                templateNames = files.filter(f -> f.toString().endsWith(".ftl"))
                        .map(f -> templates.relativize(f).toString().replace('\\', '/')).toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                templateNames = List.of(); // nothing parsed ahead: each template is parsed when first used
            }
        }
        return templateNames;
    }

    /** Renders every page; a page whose template fails is reported (file and line) and left out. */
    public List<RenderedPage> render(List<Page> pages, Problems problems) {
        return pages.parallelStream().map(p -> render(p, problems)).flatMap(Optional::stream).toList();
    }

    /**
     * Renders every page and hands each to {@code sink} as soon as it is rendered (in parallel: the
     * sink must be thread-safe), keeping none; a page whose template fails is reported and left out.
     *
     * @return the number of pages rendered
     */
    public int render(List<Page> pages, Problems problems, java.util.function.Consumer<RenderedPage> sink) {
        return render(pages.size(), pages::get, problems, sink);
    }

    /**
     * Issue 15: renders {@code count} pages that are made only now, page {@code i} by {@code page.apply(i)}
     * right before it is rendered (in parallel: {@code page} and the sink must be thread-safe), and
     * hands each to {@code sink}; neither a page nor its bytes is kept, so memory holds only the
     * pages being rendered. A page whose template fails is reported and left out.
     *
     * @return the number of pages rendered
     */
    public int render(int count, java.util.function.IntFunction<Page> page, Problems problems, java.util.function.Consumer<RenderedPage> sink) {
        return java.util.stream.IntStream.range(0, count).parallel()
                .mapToObj(i -> render(page.apply(i), problems)).flatMap(Optional::stream)
                .mapToInt(rendered -> {
                    sink.accept(rendered);
                    return 1;
                }).sum();
    }

    /**
     * Issue 15: renders {@code count} groups of pages, each made only now, group {@code i} by
     * {@code group.apply(i)} right before its pages are rendered (groups in parallel: {@code group} and
     * the sink must be thread-safe), and hands each page to {@code sink}; nothing is kept. A page whose
     * template fails is reported and left out.
     *
     * @return the number of pages rendered
     */
    public int renderGroups(int count, java.util.function.IntFunction<List<Page>> group, Problems problems,
                            java.util.function.Consumer<RenderedPage> sink) {
        return java.util.stream.IntStream.range(0, count).parallel().map(i -> {
            int rendered = 0;
            for (Page page : group.apply(i)) {
                Optional<RenderedPage> done = render(page, problems);
                if (done.isPresent()) {
                    sink.accept(done.get());
                    rendered++;
                }
            }
            return rendered;
        }).sum();
    }

    private Optional<RenderedPage> render(Page page, Problems problems) {
        if (page.isData()) {
            return Optional.of(new RenderedPage(page.output(), page.dataBytes()));
        }
        try {
            Template template = freemarker.getTemplate(page.template());
            Utf8Output out = OUTPUT.get().reset();
            // The view wrapped once: a Map would wrap it anew at every ${page.…} of the templates.
            SimpleHash root = new SimpleHash(wrapper);
            root.put("page", wrapper.wrap(page.view()));
            template.process(root, out);
            return Optional.of(new RenderedPage(page.output(), out.toByteArray()));
        } catch (TemplateNotFoundException e) {
            problems.error(Location.file(templateFolder + "/" + page.template()), "template is missing (needed for " + page.output() + ")",
                    "add the template, or copy it from the jobspecs demo site");
        } catch (ParseException e) {
            syntaxError(page, e, problems);
        } catch (TemplateException e) {
            ParseException included = parseCause(e);
            if (included != null) { // an included template that does not parse: named, with its line
                syntaxError(page, included, problems);
                return Optional.empty();
            }
            problems.error(new Location(templateFolder + "/" + (e.getTemplateSourceName() == null ? page.template() : e.getTemplateSourceName()),
                            e.getLineNumber() == null ? 0 : e.getLineNumber()),
                    "template failed for " + page.output() + ": " + firstLine(e.getMessageWithoutStackTop()), "correct the template");
        } catch (IOException e) {
            if (e.getCause() instanceof ParseException p) { // FreeMarker gives a template's syntax error again wrapped
                syntaxError(page, p, problems);
            } else {
                problems.error(Location.file(templateFolder + "/" + page.template()), "template cannot be read: " + e.getMessage(), "");
            }
        }
        return Optional.empty();
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof ParseException p) {
                return p;
            }
        }
        return null;
    }

    /** Reports a template's syntax error once, however many pages use the template. */
    private void syntaxError(Page page, ParseException e, Problems problems) {
        String template = e.getTemplateName() != null ? e.getTemplateName() : page.template();
        if (syntaxErrors.add(template + ":" + e.getLineNumber())) {
            problems.error(new Location(templateFolder + "/" + template, Math.max(0, e.getLineNumber())),
                    "template syntax error: " + firstLine(e.getEditorMessage()), "correct the template");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
