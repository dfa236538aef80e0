package org.jobspecs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "Builds the site; replaces the output folder only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: target/public)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = out != null ? out : Path.of("target", "public");
        BuildReport report = SiteBuild.run(new BuildOptions(source.source, target, source.asOf()));
        return Reporter.print(report, spec.commandLine().getOut(), spec.commandLine().getErr(), "built " + target);
    }
}
