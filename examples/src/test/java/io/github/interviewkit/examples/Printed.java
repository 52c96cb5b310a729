package io.github.interviewkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what an example prints, for its test. */
final class Printed {
    private Printed() {}

    /**
     * @param example runs the example, printing to the stream it is given
     * @return everything it printed, decoded as UTF-8
     */
    static String by(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
