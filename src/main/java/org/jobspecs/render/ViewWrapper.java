package org.jobspecs.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * FreeMarker's default object wrapper, calling the views' methods without an access check each time.
 *
 * <p>Issue 15: templates read the views through {@link #invokeMethod}, which calls {@link Method#invoke}.
 * On a method whose access check is on, every call walks the stack to find its caller
 * ({@code Reflection.getCallerClass}; the client compiler the launcher runs does not make that walk an
 * intrinsic): 3.1 % of a 10,000-class build's CPU. FreeMarker keeps one {@code Method} per member it
 * found, so the check is turned off once per member; it only calls public methods of public classes
 * (its own rule), which the check lets through anyway. The methods called and their results are the
 * same.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    ViewWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    @SuppressWarnings("deprecation") // isAccessible() only reads the flag: no stack walk, unlike canAccess
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (!method.isAccessible()) {
            method.trySetAccessible();
        }
        return super.invokeMethod(object, method, args);
    }
}
