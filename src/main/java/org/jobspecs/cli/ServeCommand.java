package org.jobspecs.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jobspecs.build.BuildOptions;
import org.jobspecs.serve.LiveSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {"Builds the site into target/public and serves it on 127.0.0.1.",
        "Watches content/, data/, templates/, assets/ and jbake.properties: a save rebuilds what it affects and reloads the browser;"
                + " a broken edit shows its problems in the browser and here, and the last good pages stay served."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: 8080)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for every network)")
    String host = "127.0.0.1";

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder, updated in place (default: target/public)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        Path target = out != null ? out : source.source.resolve("target").resolve("public");
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            stderr.println("--host " + host + " is not an address of this computer — give an IP address such as 127.0.0.1");
            return ExitCode.USAGE;
        }
        ServeReporter reporter = new ServeReporter(stdout, stderr, target, ReadNotices.in(source.source));
        LiveSite site;
        try {
            site = LiveSite.start(new BuildOptions(source.source, target, source.asOf()), address, port, reporter);
        } catch (BindException e) {
            stderr.println("cannot listen on " + host + " port " + port + " (" + e.getMessage() + ") — choose another with --port or --host");
            return ExitCode.USAGE;
        }
        if (reporter.nothingBuilt()) {
            site.close();
            stderr.println("Nothing to serve: correct the errors above and run again.");
            return ExitCode.CONTENT_ERRORS;
        }
        if (!site.loopback()) {
            stderr.println("warning: listening on " + host + ": other computers can open this preview."
                    + " Use --host 127.0.0.1 to keep it on this computer.");
        }
        stdout.println("Serving " + site.url() + " — for example " + site.url() + "classes/7565/ (Ctrl+C stops)");
        stdout.println("Watching content/, data/, templates/, assets/ and jbake.properties: a save rebuilds what it affects and reloads the page.");
        stdout.flush();
        new CountDownLatch(1).await();
        return ExitCode.OK;
    }
}
