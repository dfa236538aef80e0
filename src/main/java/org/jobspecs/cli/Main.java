package org.jobspecs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jobspecs} command. */
@Command(name = "jobspecs", mixinStandardHelpOptions = true, version = "jobspecs 0.1.0",
        description = "Builds a static website of job class specifications.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, ImportCommand.class, InitCommand.class, DemoCatalogCommand.class, PublishCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:errors in the content", "2:wrong usage", "3:an internal failure", "4:out of memory"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the tool with the given output streams; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintingCommand plain = PlainLine.read(args);
        if (plain != null) {
            int code;
            try {
                code = plain.run(out, err);
            } catch (Exception e) {
                code = internalError(e, err);
            }
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, commandLine.getErr()));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int internalError(Exception e, PrintWriter err) {
        err.println("internal error: " + e);
        for (StackTraceElement frame : e.getStackTrace()) {
            err.println("    at " + frame);
        }
        err.println("This is a bug in jobspecs, not in your content; please report it with the lines above.");
        return ExitCode.INTERNAL;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: init, build, check, serve, search, import, publish or demo-catalog");
    }
}
