package org.jobspecs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that can run with given output streams, without picocli's command line ({@link PlainLine}). */
interface PrintingCommand extends Callable<Integer> {

    /** Runs the command, printing to {@code stdout} and {@code stderr}; returns its exit code. */
    int run(PrintWriter stdout, PrintWriter stderr);
}
