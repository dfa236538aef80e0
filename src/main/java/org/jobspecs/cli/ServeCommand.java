package org.jobspecs.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.build.SiteBuild;
import org.jobspecs.serve.StaticServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Builds the site into target/public, then serves it on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: 8080)")
    int port = 8080;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: target/public)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path target = out != null ? out : source.source.resolve("target").resolve("public");
        int code = Reporter.print(SiteBuild.run(new BuildOptions(source.source, target, source.asOf())),
                spec.commandLine().getOut(), spec.commandLine().getErr(), "built " + target);
        if (code != ExitCode.OK) {
            return code;
        }
        StaticServer server;
        try {
            server = new StaticServer(target, port);
        } catch (BindException e) {
            spec.commandLine().getErr().println("port " + port + " is in use — choose another with --port");
            return ExitCode.USAGE;
        }
        spec.commandLine().getOut().println("Serving " + server.url() + " — for example " + server.url()
                + "classes/7565/ (Ctrl+C stops)");
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return ExitCode.OK;
    }
}
