package org.jobspecs.cli;

import java.util.concurrent.Callable;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Runs every check of build and writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Reporter.print(SiteBuild.run(new BuildOptions(source.source, null, source.asOf())),
                spec.commandLine().getOut(), spec.commandLine().getErr(), "checked");
    }
}
