package org.jobspecs.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@code jobspecs serve} process of the benchmark, and the lines it prints (standard output and error together). */
final class ServeProcess {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ServeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // serve stopped
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ServeProcess start(Path launcher, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Forgets the lines printed so far. */
    void forget() {
        lines.clear();
    }

    /** The next line that contains {@code text}; fails on a line reporting an error. */
    String await(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(" error: ")) {
                throw new IllegalStateException("serve reported an error: " + line);
            }
            if (line != null && line.contains(text)) {
                return line;
            }
        }
        throw new IllegalStateException("serve did not print \"" + text + "\" within " + seconds + " s");
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
