package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Documents of nearly the largest size the default limits allow, built to cost as much memory as
 * possible, are read or rejected in a small heap: the build runs this class alone in a JVM with
 * {@code -Xmx64m} (the {@code bounded-memory} Surefire execution of the model's pom).
 */
class BoundedMemoryTest {
    private static final int SIZE = ContentLimits.DEFAULT_MAX_DOCUMENT_BYTES - 64;

    /** Repeats {@code item(i)} inside {@code head} and {@code tail} until the document is nearly the limit. */
    private static byte[] document(String head, IntFunction<String> item, String separator, String tail) {
        StringBuilder text = new StringBuilder(SIZE).append(head);
        for (int i = 0; text.length() + tail.length() + 64 < SIZE; i++) {
            text.append(i == 0 ? "" : separator).append(item.apply(i));
        }
        return text.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rejected(byte[] bytes, ContentFormat format) {
        ContentException e = assertThrows(ContentException.class,
                () -> RoleReader.standard().read(new java.io.ByteArrayInputStream(bytes), format, "hostile"));
        assertTrue(e.violations().size() <= ContentLimits.DEFAULT_MAX_VIOLATIONS, e.getMessage());
    }

    @Test
    void aMillionUnresolvedReferences() {
        rejected(document("{\"questions\": [", i -> "{\"id\": \"q" + i + "\", \"criteria\": [\"n\",\"n\",\"n\",\"n\",\"n\",\"n\",\"n\",\"n\"]}",
                ",", "]}"), ContentFormat.JSON);
        rejected(document("questions:\n", i -> "- criteria: [n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n]", "\n", "\n"),
                ContentFormat.YAML);
    }

    @Test
    void hundredsOfThousandsOfUnknownKeys() {
        rejected(document("{", i -> "\"k" + i + "\": 1", ",", "}"), ContentFormat.JSON);
        rejected(document("competencies:\n", i -> (i % 900 == 0 ? "- " : "  ") + "k" + i + ": 1", "\n", "\n"), ContentFormat.YAML);
    }

    @Test
    void tensOfThousandsOfEmptyListItems() {
        rejected(document("responsibilities:\n", i -> "-", "\n", "\n"), ContentFormat.YAML);
        rejected(document("{\"responsibilities\": [", i -> "\"\"", ",", "]}"), ContentFormat.JSON);
    }

    @Test
    void longStringsAndNumbers() {
        String text = "x".repeat(ContentLimits.DEFAULT_MAX_STRING_LENGTH);
        rejected(document("{\"responsibilities\": [", i -> "\"" + text + "\"", ",", "]}"), ContentFormat.JSON);
        rejected(document("salaryBand: {minimum: ", i -> "9", "", "}\n"), ContentFormat.YAML);
        rejected(document("{\"questions\": [", i -> "{\"estimatedMinutes\": 1e999999999}", ",", "]}"), ContentFormat.JSON);
    }

    @Test
    void deepNestingAndAliases() {
        rejected(document("{\"id\": ", i -> "[", "", ""), ContentFormat.JSON);
        rejected(document("a: &a [x]\n", i -> "b" + i + ": *a", "\n", "\n"), ContentFormat.YAML);
    }
}
