package org.jobspecs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void servesOnTheLoopbackAddressByDefault() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals("127.0.0.1", serve.host);
        assertEquals(8080, serve.port);
        new CommandLine(serve).parseArgs("--host", "0.0.0.0");
        assertEquals("0.0.0.0", serve.host);
    }
}
