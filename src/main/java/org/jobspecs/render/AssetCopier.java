package org.jobspecs.render;

import java.nio.file.Path;
import org.jbake.app.Asset;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jobspecs.problem.Location;
import org.jobspecs.problem.Problems;

/** Copies the site's asset folder into an output folder with JBake's own asset handling. */
public final class AssetCopier {

    private AssetCopier() {
    }

    /**
     * @param source      the source folder (with {@code jbake.properties})
     * @param destination the folder the site is being written to
     */
    public static void copy(Path source, Path destination, Problems problems) {
        try {
            JBakeConfiguration config = new JBakeConfigurationFactory().setEncoding("UTF-8")
                    .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), false);
            Asset asset = new Asset(config);
            asset.copy();
            for (Throwable error : asset.getErrors()) {
                problems.error(Location.file(config.getAssetFolderName()), "asset could not be copied: " + error.getMessage(),
                        "check the file's permissions");
            }
        } catch (JBakeException e) {
            problems.error(Location.file("jbake.properties"), "assets cannot be copied: " + e.getMessage(), "correct the configuration");
        }
    }

}
