package org.jobspecs.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jobspecs.site.BlockView;
import org.jobspecs.spec.Inline;

/**
 * The template directives that write section bodies: {@code <@body blocks=section.blocks level=3/>} ({@code level}: the heading level of sub-headings, default 3) and
 * {@code <@text inlines=section.heading/>}.
 */
final class BodyDirectives {

    private BodyDirectives() {
    }

    static final TemplateDirectiveModel BODY = new TemplateDirectiveModel() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            Object level = params.containsKey("level") ? param(params, "level") : null;
            Utf8Output out = target(env);
            BodyHtml.blocks((List<BlockView>) param(params, "blocks"), level instanceof Number n ? n.intValue() : 3, out);
            done(env, out);
        }
    };

    static final TemplateDirectiveModel TEXT = new TemplateDirectiveModel() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            Utf8Output out = target(env);
            BodyHtml.inlines((List<Inline>) param(params, "inlines"), out);
            done(env, out);
        }
    };

    /**
     * Issue 15: the page's own output, written into directly; elsewhere (a template capturing the
     * directive's output, e.g. in {@code <#assign x>}) a buffer handed on by {@link #done}.
     */
    private static Utf8Output target(Environment env) {
        return env.getOut() instanceof Utf8Output page ? page : new Utf8Output(1024);
    }

    private static void done(Environment env, Utf8Output out) throws IOException {
        if (env.getOut() != out) {
            env.getOut().write(new String(out.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Object param(Map params, String name) throws TemplateModelException {
        Object model = params.get(name);
        if (!(model instanceof TemplateModel m)) {
            throw new TemplateModelException("the directive needs the parameter " + name);
        }
        return DeepUnwrap.unwrap(m);
    }
}
