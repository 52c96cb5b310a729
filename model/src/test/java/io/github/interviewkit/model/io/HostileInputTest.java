package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each failure class of issue #10 ("Hostile input"), as the attacker's files described them; the big
 * ones are generated here. Each asserts the exact exception type and message.
 */
class HostileInputTest {
    private static final RoleReader READER = RoleReader.standard();
    private static final String FIXTURE = RoleReaderTest.fixture();

    private static ContentException rejected(String text, ContentFormat format) {
        return assertThrows(ContentException.class, () -> READER.read(text, format));
    }

    private static Violation only(ContentException e) {
        assertEquals(1, e.violations().size(), e.getMessage());
        return e.violations().get(0);
    }

    private static String json() {
        return RoleWriter.standard().write(READER.read(FIXTURE, ContentFormat.YAML), ContentFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", " null ", "\nnull\n", "~", "null\n", "Null", " ~ "})
    void nullRoot_isAProblemNeverNull(String text) {
        ContentFormat format = text.contains("~") || text.equals("Null") ? ContentFormat.YAML : ContentFormat.JSON;
        Violation violation = only(rejected(text, format));
        assertEquals("", violation.path());
        assertEquals("must be an object with named fields, not null", violation.message());
        if (format == ContentFormat.JSON) {
            assertEquals("must be an object with named fields, not null", only(rejected(text, ContentFormat.YAML)).message());
        }
    }

    @Test
    void slugsOfAnyLength_areCheckedWithoutRecursion() {
        RoleReader large = RoleReader.builder().limits(ContentLimits.builder().maxStringLength(Integer.MAX_VALUE).build()).build();
        String id = "a-".repeat(500_000) + "a";
        Role role = large.read(FIXTURE.replace("id: data-engineer", "id: " + id)
                .replace("kind: technical", "kind: " + id).replace("category: technical", "category: " + id), ContentFormat.YAML);
        assertEquals(id, role.id());
        ContentException e = rejected(FIXTURE.replace("id: data-engineer", "id: " + "a-".repeat(9_000) + "-"), ContentFormat.YAML);
        assertEquals("must be a slug: lower-case letters and digits joined by single hyphens", only(e).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'['", "'[x'", "'01'", "'+1'", "'\u0661'", "']'", "'-0'", "'1.0'", "'99999999999'"})
    void anchorKeysThatAreNotLevelNumbers_areReported(String key) {
        String text = FIXTURE.replace("        1: Cannot write a join.", "        " + key + ": x\n        1: Cannot write a join.");
        Violation violation = only(rejected(text, ContentFormat.YAML));
        assertTrue(violation.path().startsWith("rubric.criteria[0].anchors["), violation.toString());
        assertEquals("must be keyed by a whole number, a level of the scale", violation.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "0e999999999", "1e101", "1e-101", "1e+2147483648"})
    void numbersWithHugeExponents_areRejectedBeforeArithmetic(String number) {
        for (String text : List.of(FIXTURE.replace("weight: 2.5", "weight: " + number),
                FIXTURE.replace("maximum: 150000.50", "maximum: " + number))) {
            Violation violation = only(rejected(text, ContentFormat.YAML));
            assertEquals("is a number whose decimal exponent is beyond the limit of 100, positive or negative",
                    violation.message(), violation.toString());
        }
        Violation violation = only(rejected(json().replace("\"weight\": 2.5", "\"weight\": " + number), ContentFormat.JSON));
        assertEquals("rubric.criteria[0].weight", violation.path());
    }

    @Test
    void numbersWithinTheExponentLimit_stayExact() {
        Role role = READER.read(FIXTURE.replace("weight: 2.5", "weight: 2.50e0"), ContentFormat.YAML);
        assertEquals(new BigDecimal("2.50e0"), role.rubric().criteria().get(0).weight());
    }

    @Test
    void longNumbers_areRejectedWithTheLimit() {
        Violation violation = only(rejected(FIXTURE.replace("weight: 2.5", "weight: 2." + "5".repeat(200)), ContentFormat.YAML));
        assertEquals("is a number longer than the limit of 100 characters", violation.message());
        assertEquals("\"202 characters\"", violation.value());
    }

    @Test
    void aYamlScalarPastTheNumberLimits_isStillText() {
        Role role = READER.read(FIXTURE.replace("title: Data Engineer", "title: 1e999999999"), ContentFormat.YAML);
        assertEquals("1e999999999", role.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\0", "\\x07", "\\x85", "\\x9B", "\\e[31m", "\\u202E", "\\u2066", "\\u2069", "\\ud800", "\\udc00", "\\r"})
    void textPolicy_rejectsControlBidiAndLoneSurrogatesWithTheCodePoint(String escape) {
        ContentException e = rejected(FIXTURE.replace("title: Data Engineer", "title: \"Data" + escape + "Engineer\""),
                ContentFormat.YAML);
        Violation violation = only(e);
        assertEquals("title", violation.path());
        assertTrue(violation.message().matches("holds (the|a) .*U\\+[0-9A-F]{4}.*"), violation.message());
        assertFalse(e.getMessage().chars().anyMatch(c -> c == 0x1B || c == 0x202E || c == 0 || c == '\r'), e.getMessage());
    }

    @Test
    void textPolicy_inJson_andInFieldNames() {
        Violation violation = only(rejected(json().replace("\"Data Engineer\"", "\"Data\\u001b[2JEngineer\""), ContentFormat.JSON));
        assertEquals("holds the escape character U+001B, which starts ANSI escape sequences; text may not hold control characters",
                violation.message());
        assertEquals("\"Data\\u001B[2JEngineer\"", violation.value());
        Violation key = only(rejected(json().replaceFirst("\"title\":", "\"ti\\\\u202etle\": 1, \"title\":"), ContentFormat.JSON));
        assertEquals("ti\u202Etle", key.path());
        assertEquals("holds the bidirectional control character U+202E, which can make text display in another order than it reads",
                key.message());
    }

    @Test
    void crLf_isReadAsLf_andTabsAndLineFeedsAreKept() {
        Role role = READER.read(FIXTURE.replace("title: Data Engineer", "title: \"Data\\r\\nEngi\\tneer\""), ContentFormat.YAML);
        assertEquals("Data\nEngi\tneer", role.title());
    }

    @Test
    void malformedUtf8_isRejectedWithItsByteOffset() {
        byte[] bytes = FIXTURE.getBytes(StandardCharsets.UTF_8);
        int at = FIXTURE.indexOf("Engineer");
        bytes[at] = (byte) 0xC3;
        for (ContentFormat format : ContentFormat.values()) {
            ContentException e = assertThrows(ContentException.class, () -> READER.read(new java.io.ByteArrayInputStream(bytes), format, "bad"));
            Violation violation = only(e);
            assertEquals("is not valid UTF-8: a malformed byte sequence; content must be UTF-8 encoded", violation.message());
            assertEquals("\"byte 0xC3 at byte offset " + at + "\"", violation.value());
            assertEquals(2, violation.line().getAsInt());
        }
        byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertEquals("\"byte 0xED at byte offset 6\"",
                only(assertThrows(ContentException.class, () -> READER.read(new java.io.ByteArrayInputStream(surrogate),
                        ContentFormat.JSON, "s"))).value());
    }

    @Test
    void byteOrderMark_isSkippedInJsonAndYamlAlike() {
        assertEquals("data-engineer", READER.read("\uFEFF" + json(), ContentFormat.JSON).id());
        assertEquals("data-engineer", READER.read("\uFEFF" + FIXTURE, ContentFormat.YAML).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!foo Data", "!!binary AAAA", "!!java.lang.Object x", "!!str Data", "! Data"})
    void yamlTags_areRejected(String value) {
        Violation violation = only(rejected(FIXTURE.replace("title: Data Engineer", "title: " + value), ContentFormat.YAML));
        assertEquals("title", violation.path());
        assertEquals("has a YAML tag; tags are not supported in content", violation.message());
    }

    @Test
    void billionLaughs_isRejectedAtTheFirstAlias() {
        StringBuilder text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            text.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
        }
        ContentException e = rejected(text.toString(), ContentFormat.YAML);
        long aliases = e.violations().stream().filter(v -> v.message().startsWith("is a YAML alias")).count();
        assertEquals(18, aliases, e.getMessage());
        assertTrue(e.getMessage().length() < 10_000, "nothing was expanded");
    }

    @Test
    void manyUnknownKeys_areStoppedByTheObjectLimit() {
        StringBuilder text = new StringBuilder(FIXTURE);
        for (int i = 0; i < 300_000; i++) {
            text.append('u').append(i).append(": 1\n");
        }
        ContentException e = rejected(text.toString(), ContentFormat.YAML);
        assertEquals(1, e.violations().stream().filter(v -> v.message().equals("has more fields than the limit of 1000")).count());
        assertEquals(100, e.violations().size());
        assertTrue(e.omitted() < 1_000, e.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void manyValues_areStoppedByTheValueLimit() {
        String text = "{\"responsibilities\": [" + "[1,1,1,1,1,1,1,1,1,1],".repeat(9_999) + "1]}";
        Violation violation = only(rejected(text, ContentFormat.JSON));
        assertEquals("has more values than the limit of 100000", violation.message());
    }

    @Test
    void tooDeep_isReportedOnceWithTheDocumentedNumber() {
        for (ContentFormat format : ContentFormat.values()) {
            String text = "{\"id\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
            ContentException e = rejected(text, format);
            List<Violation> deep = e.violations().stream().filter(v -> v.message().contains("nested")).toList();
            assertEquals(1, deep.size(), e.getMessage());
            assertEquals("is nested deeper than the limit of 32 levels", deep.get(0).message());
        }
    }

    @Test
    void largestLimits_meanAsLargeAsSupported() {
        int max = Integer.MAX_VALUE;
        ContentLimits limits = ContentLimits.builder().maxDocumentBytes(max).maxNestingDepth(max).maxStringLength(max)
                .maxListSize(max).maxObjectSize(max).maxValues(max).maxNumberLength(max).maxNumberExponent(max)
                .maxViolations(max).build();
        assertEquals(ContentLimits.SUPPORTED_MAX_NESTING_DEPTH, limits.maxNestingDepth());
        assertEquals(ContentLimits.SUPPORTED_MAX_DOCUMENT_BYTES, limits.maxDocumentBytes());
        RoleReader reader = RoleReader.builder().limits(limits).build();
        assertEquals("data-engineer", reader.read(FIXTURE, ContentFormat.YAML).id());
        String longTitle = "x".repeat(30_000);
        assertEquals(longTitle, reader.read(FIXTURE.replace("title: Data Engineer", "title: " + longTitle), ContentFormat.YAML).title());
    }

    @Test
    void invalidLimits_areNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContentLimits.builder().maxValues(0).maxViolations(-1).build());
        assertEquals("invalid content limits: maxValues must be positive, was 0; maxViolations must be positive, was -1;",
                e.getMessage());
    }

    @Test
    void reportSize_isTheCallersLimit() {
        RoleReader reader = RoleReader.builder().limits(ContentLimits.builder().maxViolations(3).build()).build();
        String text = FIXTURE.replace("responsibilities:\n", "responsibilities:\n" + "  - 1\n  - \n".repeat(50));
        ContentException e = assertThrows(ContentException.class, () -> reader.read(text, ContentFormat.YAML));
        assertEquals(3, e.violations().size());
        assertTrue(e.getMessage().startsWith("YAML role is invalid: 50 problems, the first 3 listed"), e.getMessage());
    }

    @Test
    void messages_areEscapedSoThatContentCannotForgeReportLines() {
        ContentException e = rejected(FIXTURE.replace("id: data-engineer", "id: \"x\\n  - questions[0]: forged\""), ContentFormat.YAML);
        assertEquals(2, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("(was \"x\\n  - questions[0]: forged\")"), e.getMessage());
    }

    @Test
    void syntaxErrors_nameTheValueWhereTheyAre_inTheLibrarysWords() {
        Violation nan = only(rejected(FIXTURE.replace("weight: 2.5", "weight: [1, NaN").replace("    - id: explains", "    - {id: explains"),
                ContentFormat.YAML));
        assertFalse(nan.message().contains("`"), nan.message());
        for (String text : List.of("{\"id\": \"a\", \"title\": NaN}", "{\"id\": \"a\", \"title\": }", "{\"id\": [1, 2,", "{\"id\" 1}")) {
            Violation violation = only(rejected(text, ContentFormat.JSON));
            assertTrue(violation.message().startsWith("is not valid JSON: "), violation.toString());
            assertFalse(violation.message().matches(".*(`|StreamRead|JsonReadFeature|com\\.|org\\.).*"), violation.message());
        }
    }

    @Test
    void documentSize_saysWhatIsKnown() {
        DocumentCodec<Role> small = DocumentCodec.builder(RoleReader.kind()).limits(ContentLimits.of(100, 32, 1000, 100)).build();
        byte[] bytes = new byte[500];
        ContentException e = assertThrows(ContentException.class, () -> small.read(bytes, ContentFormat.JSON, "b"));
        assertEquals("\"500 bytes\"", only(e).value());
    }

    @Test
    void aYamlLineOfMegabytes_isRejectedBeforeItIsScanned() {
        Violation violation = only(rejected("salaryBand: {minimum: " + "9".repeat(1_000_000) + "}\n", ContentFormat.YAML));
        assertEquals("has a line longer than the limit of 21024 characters (the longest string plus 1024)", violation.message());
        assertEquals("\"1000023 characters\"", violation.value());
    }
}
