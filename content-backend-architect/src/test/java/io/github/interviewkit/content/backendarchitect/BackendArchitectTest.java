package io.github.interviewkit.content.backendarchitect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleWriter;
import java.io.ByteArrayInputStream;
import io.github.interviewkit.model.spi.ContentPack;
import java.util.ArrayList;
import java.io.IOException;
import java.io.InputStream;
import io.github.interviewkit.model.io.RoleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BackendArchitectTest {

    @Test
    void role_returnsTheSameInstanceOnEveryCall() {
        Role first = BackendArchitect.role();
        assertSame(first, BackendArchitect.role());
        assertEquals(BackendArchitect.ID, first.id());
    }

    @Test
    void role_returnsTheSameInstanceToConcurrentCallers() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Role>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit((Callable<Role>) () -> {
                    start.await();
                    return BackendArchitect.role();
                }));
            }
            start.countDown();
            Role expected = BackendArchitect.role();
            for (Future<Role> result : results) {
                assertSame(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pack_hasTheKitsIdAndReturnsTheEntryPointsRole() {
        ContentPack pack = BackendArchitect.pack();
        assertEquals(BackendArchitect.ID, pack.id());
        assertSame(BackendArchitect.role(), pack.role());
    }

    @Test
    void read_missingResource_failsNamingIt() {
        InterviewKitException e = assertThrows(InterviewKitException.class,
                () -> BackendArchitect.read(null, stamp("{}"), "kit.json"));
        assertEquals("resource kit.json is missing", e.getMessage());
        InterviewKitException noStamp = assertThrows(InterviewKitException.class,
                () -> BackendArchitect.read(stream("{}"), null, "kit.json"));
        assertEquals("resource kit.json.checked is missing", noStamp.getMessage());
    }

    @Test
    void read_invalidContent_failsWithEveryProblemOfTheDocument() {
        // A stamp that does not match the bytes: the copy is validated in full, and found wanting.
        ContentException e = assertThrows(ContentException.class, () -> BackendArchitect.read(
                stream("{\"id\": \"backend-architect\"}"), stamp("{}"), "kit.json"));
        assertTrue(e.violations().size() > 1, e.getMessage());
        assertTrue(e.getMessage().startsWith("kit.json is invalid"), e.getMessage());
    }

    @Test
    void read_anotherRole_isRejected() {
        String other = RoleWriter.standard().write(Role.builder().from(BackendArchitect.role()).id("other").build(),
                ContentFormat.JSON);
        InterviewKitException e = assertThrows(InterviewKitException.class, () -> BackendArchitect.read(
                stream(other), stamp("{}"), "kit.json"));
        assertEquals("kit.json holds the role 'other', not 'backend-architect'", e.getMessage());
    }

    @Test
    void checkedCopy_isTheRoleOfTheYamlSourceAndItsStampMatches() throws IOException {
        Role source;
        try (InputStream yaml = BackendArchitect.class.getResourceAsStream("backend-architect.yaml")) {
            source = RoleReader.standard().read(yaml, ContentFormat.YAML, "backend-architect.yaml");
        }
        assertEquals(source, BackendArchitect.role());
        try (InputStream json = BackendArchitect.class.getResourceAsStream(BackendArchitect.RESOURCE)) {
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
