package org.jobspecs.cli;

import java.io.PrintWriter;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.BuildReport;
import org.jobspecs.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Runs every check of build and writes nothing.")
final class CheckCommand implements PrintingCommand {

    @Mixin
    SourceOptions source;

    @Option(names = "--mark-notices-read",
            description = "write the notices of this check to notices-read.txt: later runs count them but print only new ones")
    boolean markRead;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Checks, printing to the given streams (also used without picocli: {@link PlainLine}). */
    @Override
    public int run(PrintWriter stdout, PrintWriter stderr) {
        BuildReport report = SiteBuild.run(new BuildOptions(source.source, null, source.asOf()));
        int code = Reporter.print(report, markRead ? ReadNotices.none() : ReadNotices.in(source.source),
                stdout, stderr, "checked");
        if (markRead) {
            int written = ReadNotices.write(source.source, report.problems());
            stdout.println("marked " + written + (written == 1 ? " notice" : " notices") + " as read in "
                    + source.source.resolve(ReadNotices.FILE).normalize() + "; later runs print only new ones");
        }
        return code;
    }
}
