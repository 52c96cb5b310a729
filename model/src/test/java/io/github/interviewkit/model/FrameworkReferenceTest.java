package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkReferenceTest {

    @Test
    void of_buildsReferenceWithoutLabel() {
        FrameworkReference reference = FrameworkReference.of("O*NET", "15-1252.00");

        assertEquals("O*NET", reference.framework());
        assertEquals("15-1252.00", reference.code());
        assertEquals(Optional.empty(), reference.label());
    }

    @Test
    void build_keepsLabel() {
        assertEquals(Optional.of("Software Developers"), FrameworkReference.builder().framework("O*NET")
                .code("15-1252.00").label("Software Developers").build().label());
    }

    @Test
    void of_rejectsBlankPartsAndNullArguments() {
        assertRejected(() -> FrameworkReference.of(" ", " "),
                problem("code", " ", "must not be blank"),
                problem("framework", " ", "must not be blank"));
        assertNullRejected("framework", () -> FrameworkReference.of(null, "x"));
    }

    @Test
    void build_reportsEveryMissingPart() {
        assertRejected(() -> FrameworkReference.builder().build(),
                problem("code", null, "is required"),
                problem("framework", null, "is required"));
    }

    @Test
    void build_rejectsBlankLabel() {
        assertRejected(() -> FrameworkReference.builder().framework("ESCO").code("x").label("").build(),
                problem("label", "", "must not be blank"));
    }
}
