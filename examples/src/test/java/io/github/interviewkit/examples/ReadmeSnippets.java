package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Keeps the README's code snippets identical to the examples code that compiles and runs. */
final class ReadmeSnippets {
    private static final String BEGINS = "// --- README snippet begins";
    private static final String ENDS = "// --- README snippet ends";

    private ReadmeSnippets() {}

    /**
     * Asserts that every line between the snippet markers of a source file of this module appears
     * in the README, indentation aside.
     *
     * @param source a path relative to the examples module, e.g. {@code src/test/java/.../FooTest.java}
     */
    static void assertReadmeShowsSnippetOf(String source) {
        Path module = Path.of(System.getProperty("user.dir"));
        try {
            List<String> snippet = Files.readAllLines(module.resolve(source)).stream()
                    .dropWhile(line -> !line.contains(BEGINS)).skip(1)
                    .takeWhile(line -> !line.contains(ENDS))
                    .map(String::strip).toList();
            String readme = Files.readString(module.resolveSibling("README.md"));
            assertTrue(!snippet.isEmpty(), source + " has no README snippet");
            for (String line : snippet) {
                assertTrue(readme.contains(line), "README lacks, from " + source + ": " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
