package org.jobspecs.bench.jbake;

import java.io.File;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a JBake project with stock JBake 2.7.0: {@code new Oven(configuration).bake()}, as its own
 * command line does. Prints one line, {@code jbake: N ms, E errors}; exit 1 when the bake reported errors.
 *
 * <pre>java -jar target/jbake-stock.jar SOURCE DESTINATION</pre>
 */
public final class StockBake {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        File source = new File(args[0]);
        File destination = new File(args[1]);
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, destination, true);
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        for (Throwable t : errors) {
            System.err.println("jbake error: " + t);
        }
        System.out.println("jbake: " + (System.nanoTime() - start) / 1_000_000 + " ms, " + errors.size() + " errors");
        System.exit(errors.isEmpty() ? 0 : 1);
    }
}
