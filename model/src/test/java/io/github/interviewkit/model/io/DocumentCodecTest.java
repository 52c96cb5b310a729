package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.ContentIds;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The codec every document kind shares, through a small kind of its own: files that are missing, not
 * regular or cannot be written; what a kind that binds nothing gets; every field type the writer
 * writes, read back.
 */
class DocumentCodecTest {
    /** A document of every field type a writer writes, read back into a map of what was read. */
    private static final class Everything implements DocumentKind<Map<String, Object>> {
        @Override
        public String name() {
            return "everything";
        }

        @Override
        public Binding<Map<String, Object>> bind(FieldReader f) {
            Map<String, Object> read = new TreeMap<>();
            f.string("text", v -> read.put("text", v));
            f.integer("whole", v -> read.put("whole", v));
            f.decimal("exact", v -> read.put("exact", v));
            f.decimal("float", v -> read.put("float", v));
            f.bool("flag", v -> read.put("flag", v));
            f.constant("severity", Severity.values(), Severity::id, v -> read.put("severity", v));
            f.strings("list", v -> read.put("list." + v, v));
            f.object("object", o -> o.string("inner", v -> read.put("inner", v)));
            f.objects("objects", o -> o.integer("n", v -> read.put("n" + v, v)));
            f.entries("map", "key", (key, value) -> value.string(v -> read.put("map." + key, v)));
            assertTrue(f.has("text"));
            return problems -> Optional.of(read);
        }

        @Override
        public void write(Map<String, Object> value, FieldWriter w) {
            w.string("text", "hello").string("absentText", Optional.empty())
                    .integer("whole", 42).integer("absentWhole", OptionalInt.empty())
                    .decimal("exact", new BigDecimal("0.80")).number("float", 0.25).bool("flag", true)
                    .string("severity", ContentIds.of(Severity.CRITICAL))
                    .strings("list", List.of("a", "b")).nonEmptyStrings("noList", List.of())
                    .object("object", o -> o.string("inner", "in"))
                    .objects("objects", List.of(1, 2), (n, o) -> o.integer("n", n))
                    .entries("map", new TreeMap<>(Map.of("k", "v")), (map, key, v) -> map.string(key, v))
                    .absent("nothing");
        }
    }

    private static final DocumentCodec<Map<String, Object>> CODEC = DocumentCodec.of(new Everything());

    @Test
    void everyFieldTypeWrittenReadsBack() {
        for (ContentFormat format : ContentFormat.values()) {
            String text = CODEC.write(Map.of(), format);
            Map<String, Object> read = DocumentCodec.builder(new Everything()).ignoreUnknownFields().build()
                    .read(text, format);
            assertEquals("hello", read.get("text"));
            assertEquals(42, read.get("whole"));
            assertEquals(new BigDecimal("0.80"), read.get("exact"));
            assertEquals(0, new BigDecimal("0.25").compareTo((BigDecimal) read.get("float")));
            assertEquals(Boolean.TRUE, read.get("flag"));
            assertEquals(Severity.CRITICAL, read.get("severity"));
            assertEquals("b", read.get("list.b"));
            assertEquals("in", read.get("inner"));
            assertEquals(2, read.get("n2"));
            assertEquals("v", read.get("map.k"));
        }
    }

    @Test
    void decimal_withAnExponentThatMakesItWhole_readsAsTheWholeNumberItIsWrittenBackAs() {
        // Found by ScoringFuzzTest#policy: a weight of 1.80E6 read with scale -4 and was written back as
        // 1800000, which read back unequal (BigDecimal equality counts the scale).
        DocumentCodec<Map<String, Object>> codec = DocumentCodec.builder(new Everything()).ignoreUnknownFields()
                .build();
        for (String written : List.of("1.80E6", "18E+5", "1800000", "1.8e6")) {
            for (ContentFormat format : ContentFormat.values()) {
                String text = format == ContentFormat.JSON ? "{\"text\": \"t\", \"exact\": " + written + "}"
                        : "text: t\nexact: " + written + "\n";
                BigDecimal read = (BigDecimal) codec.read(text, format).get("exact");
                assertEquals(new BigDecimal("1800000"), read, written + " in " + format);
                assertEquals(0, read.scale(), written + " in " + format);
            }
        }
        assertEquals(new BigDecimal("0.0000018"),
                codec.read("{\"text\": \"t\", \"exact\": 1.8E-6}", ContentFormat.JSON).get("exact"));
    }

    @Test
    void fieldNames_listsTheFieldsInDocumentOrder_andAsksForNone() {
        List<List<String>> listed = new java.util.ArrayList<>();
        DocumentKind<String> lister = new DocumentKind<>() {
            @Override
            public String name() {
                return "lister";
            }

            @Override
            public Binding<String> bind(FieldReader root) {
                listed.add(root.fieldNames());
                root.string("text", v -> { });
                return problems -> Optional.of("read");
            }

            @Override
            public void write(String value, FieldWriter root) {
                root.string("text", value);
            }
        };
        ContentException unknown = assertThrows(ContentException.class,
                () -> DocumentCodec.of(lister).read("zeta: 1\ntext: t\nalpha: 2\n", ContentFormat.YAML));
        assertEquals(List.of("zeta", "text", "alpha"), listed.get(0));
        assertEquals(List.of("zeta", "alpha"), unknown.violations().stream().map(Violation::path).toList());
        assertThrows(UnsupportedOperationException.class, () -> listed.get(0).add("more"));
    }

    @Test
    void writer_rejectsANumberThatIsNotFinite() {
        DocumentKind<String> infinite = new DocumentKind<>() {
            @Override
            public String name() {
                return "infinite";
            }

            @Override
            public Binding<String> bind(FieldReader root) {
                return problems -> Optional.of("x");
            }

            @Override
            public void write(String value, FieldWriter root) {
                root.number("n", Double.POSITIVE_INFINITY);
            }
        };
        assertThrows(IllegalArgumentException.class, () -> DocumentCodec.of(infinite).write("x", ContentFormat.JSON));
    }

    @Test
    void aKindThatBuildsNothing_stillGivesOneException() {
        DocumentKind<String> nothing = new DocumentKind<>() {
            @Override
            public String name() {
                return "nothing";
            }

            @Override
            public Binding<String> bind(FieldReader root) {
                return problems -> Optional.empty();
            }

            @Override
            public void write(String value, FieldWriter root) {
                root.string("x", value);
            }
        };
        ContentException e = assertThrows(ContentException.class,
                () -> DocumentCodec.of(nothing).read("{}", ContentFormat.JSON));
        assertEquals(List.of(Violation.of("", null, "is not a valid nothing")), e.violations());
    }

    @Test
    void readFile_thatIsMissingOrNotRegular_isUnreadable(@TempDir Path dir) throws IOException {
        UnreadableContentException missing = assertThrows(UnreadableContentException.class,
                () -> CODEC.read(dir.resolve("missing.json")));
        assertEquals(dir.resolve("missing.json").toString(), missing.source());
        assertTrue(missing.getMessage().endsWith("it does not exist"), missing.getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertTrue(assertThrows(UnreadableContentException.class, () -> CODEC.read(folder)).getMessage()
                .endsWith("it is a directory"));
        Path link = Files.createSymbolicLink(dir.resolve("loop.json"), dir.resolve("loop.json"));
        assertThrows(UnreadableContentException.class, () -> CODEC.read(link));
    }

    @Test
    void readAndWriteFiles_roundTrip(@TempDir Path dir) {
        Path file = dir.resolve("everything.yaml");
        CODEC.write(Map.of(), file);
        assertEquals("hello", DocumentCodec.builder(new Everything()).ignoreUnknownFields().build().read(file).get("text"));
        assertThrows(UnreadableContentException.class, () -> CODEC.write(Map.of(), dir.resolve("no/such/dir.json")));
    }

    @Test
    void readStream_thatFails_isUnreadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        UnreadableContentException e = assertThrows(UnreadableContentException.class,
                () -> CODEC.read(broken, ContentFormat.JSON, "stream"));
        assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
    }

    @Test
    void bytes_areReadAsUtf8() {
        Map<String, Object> read = DocumentCodec.builder(new Everything()).ignoreUnknownFields().build()
                .read("{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8), ContentFormat.JSON, "bytes");
        assertEquals("caf\u00e9", read.get("text"));
        assertEquals(ContentLimits.defaults(), CODEC.limits());
        assertTrue(CODEC.rejectsUnknownFields());
        assertTrue(CODEC.kind() instanceof Everything);
    }

    @Test
    void contentIds_nameEnumConstantsInLowerCaseWithHyphens() {
        assertEquals("critical", ContentIds.of(Severity.CRITICAL));
        assertEquals(Optional.of(Severity.MINOR), ContentIds.find(Severity.values(), "minor"));
        assertEquals(Optional.empty(), ContentIds.find(Severity.values(), "MINOR"));
    }
}
