package org.jobspecs.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
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
            StringBuilder out = new StringBuilder(4096);
            Object level = params.containsKey("level") ? param(params, "level") : null;
            BodyHtml.blocks((List<BlockView>) param(params, "blocks"), level instanceof Number n ? n.intValue() : 3, out);
            env.getOut().write(out.toString());
        }
    };

    static final TemplateDirectiveModel TEXT = new TemplateDirectiveModel() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            StringBuilder out = new StringBuilder(256);
            BodyHtml.inlines((List<Inline>) param(params, "inlines"), out);
            env.getOut().write(out.toString());
        }
    };

    @SuppressWarnings("rawtypes")
    private static Object param(Map params, String name) throws TemplateModelException {
        Object model = params.get(name);
        if (!(model instanceof TemplateModel m)) {
            throw new TemplateModelException("the directive needs the parameter " + name);
        }
        return DeepUnwrap.unwrap(m);
    }
}
