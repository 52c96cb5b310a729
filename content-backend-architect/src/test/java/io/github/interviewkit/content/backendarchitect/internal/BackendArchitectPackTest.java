package io.github.interviewkit.content.backendarchitect.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Loading the kit from its checked copy: missing resources, a stamp that does not match, another role. */
class BackendArchitectPackTest {
    @Test
    void read_missingResource_failsNamingIt() {
        InterviewKitException e = assertThrows(InterviewKitException.class,
                () -> BackendArchitectPack.read(null, stamp("{}"), "kit.json"));
        assertEquals("resource kit.json is missing", e.getMessage());
        InterviewKitException noStamp = assertThrows(InterviewKitException.class,
                () -> BackendArchitectPack.read(stream("{}"), null, "kit.json"));
        assertEquals("resource kit.json.checked is missing", noStamp.getMessage());
    }

    @Test
    void read_invalidContent_failsWithEveryProblemOfTheDocument() {
        // A stamp that does not match the bytes: the copy is validated in full, and found wanting.
        ContentException e = assertThrows(ContentException.class, () -> BackendArchitectPack.read(
                stream("{\"id\": \"backend-architect\"}"), stamp("{}"), "kit.json"));
        assertTrue(e.violations().size() > 1, e.getMessage());
        assertTrue(e.getMessage().startsWith("kit.json is invalid"), e.getMessage());
    }

    @Test
    void read_anotherRole_isRejected() {
        String other = RoleWriter.standard().write(Role.builder().from(BackendArchitect.role()).id("other").build(),
                ContentFormat.JSON);
        InterviewKitException e = assertThrows(InterviewKitException.class, () -> BackendArchitectPack.read(
                stream(other), stamp("{}"), "kit.json"));
        assertEquals("kit.json holds the role 'other', not 'backend-architect'", e.getMessage());
    }

    @Test
    void checkedCopy_isTheRoleOfTheYamlSourceAndItsStampMatches() throws IOException {
        Role source;
        try (InputStream yaml = BackendArchitectPack.class.getResourceAsStream(BackendArchitectPack.DIRECTORY + "backend-architect.yaml")) {
            source = RoleReader.standard().read(yaml, ContentFormat.YAML, "backend-architect.yaml");
        }
        assertEquals(source, BackendArchitect.role());
        try (InputStream json = BackendArchitectPack.class.getResourceAsStream(BackendArchitectPack.DIRECTORY + BackendArchitectPack.RESOURCE)) {
            assertEquals(RoleWriter.standard().write(source, ContentFormat.JSON),
                    new String(json.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stamp that matches no document. */
    private static InputStream stamp(String text) {
        return stream("interviewkit checked content 1\nlibrary none\nsha256 " + text + "\n");
    }
}
