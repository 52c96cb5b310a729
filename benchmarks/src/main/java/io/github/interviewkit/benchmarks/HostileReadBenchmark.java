package io.github.interviewkit.benchmarks;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a hostile document costs next to a valid one of the same size (issue #10): {@code valid} is
 * the Backend Architect kit as YAML with its responsibilities repeated until the document is about
 * {@code size} bytes; every other document is as large and is rejected. A read of hostile input
 * should cost about what a valid read of the same size costs, never many times more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostileReadBenchmark {
    /** The size of every document, in bytes. */
    @Param({"1000000"})
    public int size;

    byte[] valid;
    byte[] unknownKeys;
    byte[] emptyItems;
    byte[] unresolvedReferences;
    byte[] controlAtTheEnd;

    private static byte[] pad(String head, String item, String tail, int size) {
        StringBuilder text = new StringBuilder(size + 1024).append(head);
        while (text.length() + tail.length() < size) {
            text.append(item);
        }
        return text.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Builds the documents; not measured. */
    @Setup
    public void setUp() {
        String kit = RoleWriter.standard().write(BackendArchitect.role(), ContentFormat.YAML);
        int at = kit.indexOf("responsibilities:\n") + "responsibilities:\n".length();
        String line = "  - Owns the architecture of a service and explains every choice it makes to the team\n";
        StringBuilder padded = new StringBuilder(kit.substring(0, at));
        int lines = Math.max(0, Math.min(9_000, (size - kit.length()) / line.length()));
        padded.append(line.repeat(lines)).append(kit.substring(at));
        valid = padded.toString().getBytes(StandardCharsets.UTF_8);
        int n = valid.length;
        StringBuilder keys = new StringBuilder(kit);
        for (int k = 0; keys.length() < n; k++) {
            keys.append("unknown").append(k).append(": 1\n");
        }
        unknownKeys = keys.toString().getBytes(StandardCharsets.UTF_8);
        emptyItems = pad(kit.substring(0, at), "  -\n", kit.substring(at), n);
        unresolvedReferences = pad("questions:\n", "  - criteria: [nope, nope, nope, nope, nope, nope, nope, nope]\n", "", n);
        controlAtTheEnd = padded.append("x: \"\\e[31m\"\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object read(byte[] bytes) {
        try {
            return RoleReader.standard().read(new java.io.ByteArrayInputStream(bytes), ContentFormat.YAML, "doc.yaml");
        } catch (ContentException e) {
            return e.violations();
        }
    }

    /** @return the valid role of about {@code size} bytes (the baseline) */
    @Benchmark
    public Object valid() {
        return read(valid);
    }

    /** @return the problems of a document with unknown keys filling it (the object limit stops them) */
    @Benchmark
    public Object unknownKeys() {
        return read(unknownKeys);
    }

    /** @return the problems of a document of empty list items */
    @Benchmark
    public Object emptyItems() {
        return read(emptyItems);
    }

    /** @return the problems of a document of unresolved references (the value limit stops them) */
    @Benchmark
    public Object unresolvedReferences() {
        return read(unresolvedReferences);
    }

    /** @return the problems of the valid role with an ANSI escape at its end */
    @Benchmark
    public Object controlAtTheEnd() {
        return read(controlAtTheEnd);
    }

    /** @return a role, so that the class is not dead code for the compiler */
    Role role() {
        return BackendArchitect.role();
    }
}
