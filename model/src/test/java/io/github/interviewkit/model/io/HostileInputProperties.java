package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A valid document with random bytes replaced, inserted or removed (hostile ones favoured: controls,
 * bidirectional controls, bytes that are never UTF-8, brackets, YAML indicators) reads as a valid
 * value or is rejected with one {@link ContentException}; never anything else.
 */
class HostileInputProperties {
    private static final byte[] YAML = RoleReaderTest.fixture().getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON = RoleWriter.standard()
            .write(RoleReader.standard().read(RoleReaderTest.fixture(), ContentFormat.YAML), ContentFormat.JSON)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[][] HOSTILE = {
        {0}, {0x1B, '[', '3', '1', 'm'}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE}, {(byte) 0xFF}, {(byte) 0xC3},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {'\r'}, {'\n'}, {'['}, {'{'}, {'&', 'a', ' '}, {'*', 'a'}, {'!', 'x', ' '},
        {'"'}, {'\\', 'u', 'd', '8', '0', '0'}, {'1', 'e', '9', '9', '9', '9', '9', '9', '9', '9', '9'}, {':', ' '}, {'-', ' '},
        {'~'}, {'N', 'a', 'N'}, {(byte) 0xC2, (byte) 0x85},
    };

    static byte[] mutate(byte[] document, long seed) {
        Random random = new Random(seed);
        byte[] bytes = document.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            byte[] insert = random.nextBoolean() ? HOSTILE[random.nextInt(HOSTILE.length)] : new byte[] {(byte) random.nextInt(256)};
            int removed = random.nextInt(3);
            int end = Math.min(bytes.length, at + removed);
            byte[] next = new byte[bytes.length - (end - at) + insert.length];
            System.arraycopy(bytes, 0, next, 0, at);
            System.arraycopy(insert, 0, next, at, insert.length);
            System.arraycopy(bytes, end, next, at + insert.length, bytes.length - end);
            bytes = next;
        }
        return bytes;
    }

    private static boolean valueOrContentException(byte[] bytes, ContentFormat format) {
        try {
            Role role = RoleReader.standard().read(new java.io.ByteArrayInputStream(bytes), format, "mutated");
            assertNotNull(role);
            // What the reader accepted, the writer writes and the reader reads back equal.
            return role.equals(RoleReader.standard().read(RoleWriter.standard().write(role, format), format));
        } catch (ContentException e) {
            return !e.violations().isEmpty() && e.getMessage().lines().count() == e.violations().size() + 1;
        }
    }

    @Test
    void mutatedYaml_givesAValueOrOneContentException() {
        qt().withExamples(300).forAll(longs().all()).check(seed -> valueOrContentException(mutate(YAML, seed), ContentFormat.YAML));
    }

    @Test
    void mutatedJson_givesAValueOrOneContentException() {
        qt().withExamples(300).forAll(longs().all()).check(seed -> valueOrContentException(mutate(JSON, seed), ContentFormat.JSON));
    }
}
