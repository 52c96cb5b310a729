package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.PayPeriod;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleReaderTest {
    private static final RoleReader READER = RoleReader.standard();

    static String fixture() {
        try (InputStream in = RoleReaderTest.class.getResourceAsStream("valid-role.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContentException yamlProblems(String text) {
        return assertThrows(ContentException.class, () -> READER.read(text, ContentFormat.YAML));
    }

    private static ContentException jsonProblems(String text) {
        return assertThrows(ContentException.class, () -> READER.read(text, ContentFormat.JSON));
    }

    /** Asserts the exact list of "path: message" pairs, in order. */
    private static void assertProblems(ContentException e, String... expected) {
        List<String> actual = e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
        assertEquals(List.of(expected), actual, e.getMessage());
    }

    private static Violation only(ContentException e) {
        assertEquals(1, e.violations().size(), e.getMessage());
        return e.violations().get(0);
    }

    @Test
    void read_yamlFixture_givesEveryPart() {
        Role role = READER.read(fixture(), ContentFormat.YAML);

        assertEquals("data-engineer", role.id());
        assertEquals(List.of("sql", "communication"), role.competencies().stream().map(c -> c.id()).toList());
        assertEquals(List.of("PostgreSQL", "BigQuery"), role.competencies().get(0).examples());
        // A YAML plain scalar read where text is expected keeps its text.
        assertEquals("2512", role.competencies().get(0).frameworkReferences().get(0).code());
        assertEquals(OptionalInt.of(2), role.experience().minimumRoleYears());
        assertEquals(new BigDecimal("150000.50"), role.salaryBand().orElseThrow().maximum());
        assertEquals(PayPeriod.ANNUAL, role.salaryBand().orElseThrow().period());
        // "No" and "Yes" are labels, not YAML 1.1 booleans.
        assertEquals(List.of("Strong no", "No", "Yes", "Strong yes"),
                role.rubric().scale().levels().stream().map(l -> l.label()).toList());
        assertEquals(new BigDecimal("2.5"), role.rubric().criteria().get(0).weight());
        assertEquals(BigDecimal.ONE, role.rubric().criteria().get(1).weight());
        assertEquals("Also explains the query plan and fixes a slow query.", role.rubric().criteria().get(0).anchors().get(4));
        assertTrue(role.question("notice").orElseThrow().logistics());
        assertEquals(QuestionCategory.BEHAVIOURAL, role.question("explain-pipeline").orElseThrow().category());
        assertEquals(Severity.MAJOR, role.pitfalls().get(0).severity());
    }

    @Test
    void read_path_choosesFormatByExtension(@TempDir Path dir) throws IOException {
        Role role = READER.read(fixture(), ContentFormat.YAML);
        Path yaml = Files.writeString(dir.resolve("role.YML"), fixture());
        Path json = Files.writeString(dir.resolve("role.json"), RoleWriter.standard().write(role, ContentFormat.JSON));

        assertEquals(role, READER.read(yaml));
        assertEquals(role, READER.read(json));
    }

    @Test
    void read_path_rejectsUnknownExtension(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("role.txt"), fixture());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> READER.read(text));
        assertEquals("cannot tell the content format of 'role.txt': use a name ending in .json, .yaml or .yml,"
                + " or name the format", e.getMessage());
    }

    @Test
    void read_missingFile_isAnInterviewKitExceptionNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("absent.yaml");

        InterviewKitException e = assertThrows(InterviewKitException.class, () -> READER.read(missing));
        assertFalse(e instanceof ContentException);
        assertTrue(e.getMessage().startsWith("cannot read " + missing), e.getMessage());
    }

    @Test
    void read_nullArguments_areRejectedByName() {
        assertEquals("text",
                assertThrows(NullPointerException.class, () -> READER.read((String) null, ContentFormat.YAML)).getMessage());
        assertEquals("format",
                assertThrows(NullPointerException.class, () -> READER.read("id: x", null)).getMessage());
        assertEquals("sourceName", assertThrows(NullPointerException.class,
                () -> READER.read(new ByteArrayInputStream(new byte[0]), ContentFormat.JSON, null)).getMessage());
    }

    @Test
    void read_reportsEveryProblemOfADocumentAtOnce() {
        String broken = fixture()
                .replace("    competencies: [sql]\n    criteria: [query-skill]", "    competencies: [sqlx, sql]\n    criteria: [query-skill]")
                .replace("minimumYears: 4", "minimumYears: four")
                .replace("    severity: major", "    severity: huge\n    colour: red")
                .replace("weight: 2.5", "weight: -1")
                .replace("title: Data Engineer\n", "");

        ContentException e = yamlProblems(broken);

        assertProblems(e,
                "title: is required",
                "experience.minimumYears: must be a whole number",
                "rubric.criteria[0].weight: must be greater than 0",
                "questions[0].competencies[0]: names no competency of this role",
                "pitfalls[0].severity: must be one of minor, major, critical",
                "pitfalls[0].colour: is not a known field here; known fields are id, description, severity, criteria");
        Violation reference = e.violations().get(3);
        String referenceLine = broken.lines().filter(line -> line.contains("[sqlx, sql]")).findFirst().orElseThrow();
        assertEquals("\"sqlx\"", reference.value());
        assertEquals(OptionalInt.of(broken.lines().toList().indexOf(referenceLine) + 1), reference.line());
        assertEquals(OptionalInt.of(referenceLine.indexOf("sqlx") + 1), reference.column());
        assertTrue(e.getMessage().startsWith("YAML role is invalid: 6 problems"), e.getMessage());
    }

    @Test
    void read_unknownField_isRejectedByDefaultAndIgnoredWhenLenient() {
        String extra = fixture().replace("marketDemand: high", "marketDemand: high\nmarketTrend: rising");

        Violation violation = only(yamlProblems(extra));
        assertEquals("marketTrend", violation.path());
        assertTrue(violation.message().startsWith("is not a known field here; known fields are id, title,"), violation.message());

        Role lenient = RoleReader.builder().ignoreUnknownFields().build().read(extra, ContentFormat.YAML);
        assertEquals(READER.read(fixture(), ContentFormat.YAML), lenient);
    }

    @Test
    void read_jsonSyntaxError_carriesLineAndColumn() {
        Violation violation = only(jsonProblems("{\n  \"id\": \"x\",\n  \"title\" \"Data\"\n}"));

        assertTrue(violation.message().startsWith("is not valid JSON: Unexpected character"), violation.message());
        assertEquals(OptionalInt.of(3), violation.line());
        assertEquals(OptionalInt.of(11), violation.column());
    }

    @Test
    void read_yamlSyntaxError_carriesLineAndColumn() {
        Violation violation = only(yamlProblems("id: x\ntitle: [unclosed\nsummary: y\n"));

        assertTrue(violation.message().startsWith("is not valid YAML:"), violation.message());
        assertTrue(violation.line().isPresent() && violation.column().isPresent(), violation.toString());
    }

    @Test
    void read_missingRequiredNumber_isReportedOnceWithoutFollowOnProblems() {
        String text = fixture().replace("  minimumYears: 4\n", "");

        // minimumRoleYears is not compared with a made-up minimumYears, and "experience" is not
        // reported as missing on top of its missing field.
        assertProblems(yamlProblems(text), "experience.minimumYears: is required");
    }

    @Test
    void read_wrongTypes_areReportedWithTheExpectedType() {
        String typed = fixture()
                .replace("logistics: true", "logistics: yes")
                .replace("estimatedMinutes: 10", "estimatedMinutes: 2.5")
                .replace("summary: Builds and runs the pipelines that move and shape data.", "summary: [a, list]")
                .replace("  minimum: 100000", "  minimum: lots")
                .replace("  currency: EUR", "  currency: EURO");

        assertProblems(yamlProblems(typed),
                "summary: must be text",
                "salaryBand.minimum: must be a number",
                "salaryBand.currency: must be an ISO 4217 currency code such as USD",
                "questions[0].estimatedMinutes: must be a whole number",
                "questions[2].logistics: must be true or false");
    }

    @Test
    void read_anchorsKeyedByText_areReported() {
        String text = fixture().replace("        4: Also explains", "        four: Also explains");

        // The missing anchor for level 4 follows from the unreadable key and is not reported again.
        assertProblems(yamlProblems(text),
                "rubric.criteria[0].anchors[four]: must be keyed by a whole number, a level of the scale");
    }

    @Test
    void read_listElementOfWrongType_keepsTheIndexesOfLaterElements() {
        String text = fixture().replace("    competencies: [sql]\n    criteria: [query-skill]",
                "    competencies: [{name: sql}, unknown]\n    criteria: [query-skill]");

        assertProblems(yamlProblems(text),
                "questions[0].competencies[0]: must be text",
                "questions[0].competencies[1]: names no competency of this role");
    }

    @Test
    void read_duplicateKey_isReported() {
        String text = fixture().replace("marketDemand: high", "marketDemand: high\nmarketDemand: low");
        int secondLine = text.substring(0, text.indexOf("marketDemand: low")).split("\n", -1).length;

        Violation violation = only(yamlProblems(text));

        assertEquals("marketDemand", violation.path());
        assertEquals("is given twice", violation.message());
        assertEquals(OptionalInt.of(secondLine), violation.line());
    }

    @Test
    void read_yamlAlias_isRejected() {
        String text = fixture().replace("  authored:\n    - everything", "  authored: &all\n    - everything\n  quoted: *all");

        Violation violation = only(yamlProblems(text));
        assertEquals("source.quoted", violation.path());
        assertEquals("is a YAML alias; aliases are not supported in content, write the value out", violation.message());
    }

    @Test
    void read_emptyDocumentAndNonObjectRoot_areReported() {
        assertProblems(yamlProblems(""), ": is empty: a document must hold one object");
        assertProblems(jsonProblems("[1, 2]"), ": must be an object with named fields");
        String json = RoleWriter.standard().write(READER.read(fixture(), ContentFormat.YAML), ContentFormat.JSON);
        assertProblems(jsonProblems(json + "{}"), ": has content after the end of the document");
    }

    @Test
    void read_documentLargerThanTheLimit_isRejectedBeforeParsing() {
        RoleReader small = RoleReader.builder().limits(ContentLimits.of(100, 32, 1000, 100)).build();
        byte[] bytes = fixture().getBytes(StandardCharsets.UTF_8);

        ContentException e = assertThrows(ContentException.class,
                () -> small.read(new ByteArrayInputStream(bytes), ContentFormat.YAML, "big.yaml"));
        assertProblems(e, ": is larger than the limit of 100 bytes");
        assertEquals("\"more than 100 bytes\"", e.violations().get(0).value(), "only limit + 1 bytes are read");
    }

    @Test
    void read_limitsOnDepthStringLengthAndListSize_nameThePlace() {
        RoleReader tight = RoleReader.builder().limits(ContentLimits.of(1_000_000, 4, 60, 3)).build();
        String text = fixture()
                .replace("summary: Builds and runs the pipelines that move and shape data.",
                        "summary: " + "x".repeat(61))
                .replace("  authored:\n    - everything", "  authored: [a, b, c, d]");

        ContentException e = assertThrows(ContentException.class, () -> tight.read(text, ContentFormat.YAML));

        List<String> problems = e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
        assertTrue(problems.contains("source.authored: has more items than the limit of 3"), problems.toString());
        assertTrue(problems.contains("summary: is longer than the limit of 60 characters"), problems.toString());
        // Each limit is reported once, where the document first passes it.
        assertTrue(problems.contains("competencies[0].frameworkReferences[0]: is nested deeper than the limit of 4 levels"),
                problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.contains("nested deeper")).count(), problems.toString());
    }

    @Test
    void read_deeplyNestedJson_isStoppedByTheLimitNotByTheStack() {
        String deep = "{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        ContentException e = jsonProblems(deep);
        assertTrue(e.violations().stream().anyMatch(v -> v.message().contains("nested deeper than the limit of 32")),
                e.getMessage());
    }

    @Test
    void contentException_isTheOnlyExceptionForAnyBrokenInput() {
        for (String text : List.of("\u0000", "{", "id: [", "\"unterminated", "{\"a\": 1e999999999}", "- - - -")) {
            for (ContentFormat format : ContentFormat.values()) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> READER.read(text, format));
                assertInstanceOf(ContentException.class, e, () -> format + " " + text + " gave " + e);
            }
        }
    }
}
