package org.jobspecs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewWrapperTest {

    /** A view as templates see one: record components, a method with an argument, a list, an absent value. */
    public record Sample(String title, int count, List<String> items, String missing) {
        public String label(int times) {
            return title.repeat(times);
        }

        public boolean shown() {
            return count > 0;
        }
    }

    private static String render(ObjectWrapper wrapper, String source, Object view) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper);
        cfg.setNumberFormat("computer");
        StringWriter out = new StringWriter();
        new Template("t", source, cfg).process(Map.of("page", view), out);
        return out.toString();
    }

    @Test
    void issue15TemplatesReadTheViewsAsWithTheStockWrapper() throws Exception {
        Sample view = new Sample("Clerk", 3, List.of("a", "b"), null);
        String source = "${page.title} ${page.count} ${page.label(2)} ${page.shown()?c} "
                + "<#list page.items as i>${i}</#list> ${page.missing!'none'} ${page.items?size}";
        DefaultObjectWrapper stock = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
        assertEquals(render(stock, source, view), render(new ViewWrapper(), source, view));
        assertEquals("Clerk 3 ClerkClerk true ab none 2", render(new ViewWrapper(), source, view));
    }

    /** Issue 15: the access check (a stack walk per call under the client compiler) is off after the first call. */
    @Test
    void issue15AMethodCalledOnceIsCalledWithoutItsAccessCheckAfterwards() throws Exception {
        Method title = Sample.class.getMethod("title");
        assertFalse(isOpen(title), "a fresh Method has its check on");
        ViewWrapper wrapper = new ViewWrapper();
        assertEquals("x", wrapper.invokeMethod(new Sample("x", 1, List.of(), null), title, new Object[0]).toString());
        assertTrue(isOpen(title));
    }

    @SuppressWarnings("deprecation")
    private static boolean isOpen(Method m) {
        return m.isAccessible();
    }
}
