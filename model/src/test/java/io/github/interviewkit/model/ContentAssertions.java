package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the {@link ContentException} a builder throws: the exact list of violations. */
final class ContentAssertions {
    private ContentAssertions() {}

    /** The violation a test expects; the value is rendered exactly as {@link Violation#of} renders it. */
    static Violation problem(String path, Object value, String message) {
        return Violation.of(path, value, message);
    }

    /** Runs {@code build}, expects a {@link ContentException} and returns it. */
    static ContentException rejection(Executable build) {
        return assertThrows(ContentException.class, build);
    }

    /** Asserts that {@code call} throws a NullPointerException whose message names the argument. */
    static void assertNullRejected(String argument, Executable call) {
        assertEquals(argument, assertThrows(NullPointerException.class, call).getMessage());
    }

    /** Asserts that {@code build} throws a ContentException listing exactly {@code expected}, in that order. */
    static void assertRejected(Executable build, Violation... expected) {
        assertEquals(List.of(expected), rejection(build).violations());
    }
}
