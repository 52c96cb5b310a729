package io.github.interviewkit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document form of a planning problem: stable output, round trips, and every problem reported with its place. */
class PlanningProblemDocumentTest {
    private static final Role KIT = BackendArchitect.role();

    /** The four-interview loop with every kind of option set, so that every field is written. */
    static PlanningProblem everyField() {
        return PlanningProblem.builder().from(KitLoops.fourInterviews())
                .addInterviews(Interview.builder().id("deep-dive").stage(QuestionCategory.TECHNICAL).minutes(45)
                        .addInterviewers("dana", "erin").addMustCover("system-design")
                        .addOnlyCriteria("system-design", "database-systems"))
                .options(PlanningOptions.builder().reservedMinutes(5).interviewersPerMustHave(3)
                        .interviewersPerCriterion(2).maxQuestionsPerInterview(4).defaultQuestionMinutes(10)
                        .pin(technicalQuestion(0), "deep-dive").ban(technicalQuestion(1), "technical-1"))
                .build();
    }

    private static String technicalQuestion(int index) {
        return KIT.questionsIn(QuestionCategory.TECHNICAL).get(index).id();
    }

    @Test
    void write_isStablePrettyJson_inAFixedOrder() {
        String json = KitLoops.fourInterviews().write(ContentFormat.JSON);
        assertTrue(json.startsWith("{\n  \"role\": \"backend-architect\",\n  \"contentVersion\": \"" + KIT.contentVersion()
                + "\",\n  \"interviews\": [\n    {\n      \"id\": \"screening\",\n      \"stage\": \"screening\",\n"
                + "      \"minutes\": 15,\n      \"interviewers\": [\n        \"riley\"\n      ],\n"
                + "      \"mustCover\": [ ],\n      \"onlyCriteria\": [ ]\n    },\n"), json);
        assertTrue(json.endsWith("  \"options\": {\n    \"reservedMinutes\": 5,\n    \"interviewersPerMustHave\": 2,\n"
                + "    \"interviewersPerCriterion\": 1,\n    \"pins\": [ ],\n    \"bans\": [ ]\n  }\n}\n"), json);
        assertEquals(json, KitLoops.fourInterviews().write(ContentFormat.JSON));
    }

    @Test
    void everyField_roundTrips_inJsonAndYaml() {
        PlanningProblem problem = everyField();
        for (ContentFormat format : ContentFormat.values()) {
            String text = problem.write(format);
            PlanningProblem read = PlanningProblem.read(text, format, KIT);
            assertEquals(problem, read, format::toString);
            assertEquals(text, read.write(format));
        }
    }

    @Test
    void generatedProblems_roundTrip_inJsonAndYaml() {
        qt().withExamples(150).forAll(LoopGenerators.problems(12)).checkAssert(problem -> {
            for (ContentFormat format : ContentFormat.values()) {
                assertEquals(problem, PlanningProblem.read(problem.write(format), format, problem.role()),
                        () -> problem.write(format));
            }
        });
    }

    @Test
    void minimalDocument_takesTheDefaultOptions() {
        PlanningProblem read = PlanningProblem.read("""
                role: backend-architect
                contentVersion: "%s"
                interviews:
                  - {id: technical, stage: technical, minutes: 60, interviewers: [alice, bob]}
                """.formatted(KIT.contentVersion()), ContentFormat.YAML, KIT);
        assertEquals(PlanningOptions.defaults(), read.options());
        assertEquals(List.of("alice", "bob"), read.interviews().get(0).interviewers());
    }

    @Test
    void anotherRoleOrVersion_isAViolation() {
        String text = KitLoops.fourInterviews().write(ContentFormat.JSON).replace("\"role\": \"backend-architect\"",
                "\"role\": \"frontend-engineer\"").replace("\"contentVersion\": \"" + KIT.contentVersion() + "\"",
                "\"contentVersion\": \"0.0.1\"");
        ContentException thrown = assertThrows(ContentException.class,
                () -> PlanningProblem.read(text, ContentFormat.JSON, KIT));
        assertEquals(List.of("role", "contentVersion"), paths(thrown));
        assertEquals("names role 'frontend-engineer', but the problem is read for role 'backend-architect'",
                thrown.violations().get(0).message());
        assertEquals(2, line(thrown.violations().get(0)));
    }

    @Test
    void everyProblem_isListed_withItsPathAndLine() {
        String text = """
                role: backend-architect
                interviews:
                  - id: Technical
                    stage: technical
                    minutes: 0
                    interviewers: []
                    mustCover: [no-such-criterion]
                    colour: blue
                  - {id: screen, stage: Technical, minutes: ten, interviewers: [riley]}
                options:
                  reservedMinutes: -1
                  pins:
                    - {question: no-such-question, interview: nowhere}
                    - {interview: screen}
                """;
        ContentException thrown = assertThrows(ContentException.class,
                () -> PlanningProblem.read(text, ContentFormat.YAML, KIT));
        List<String> paths = paths(thrown);
        for (String expected : List.of("contentVersion", "interviews[0].id", "interviews[0].minutes",
                "interviews[0].interviewers", "interviews[0].colour", "interviews[1].stage", "interviews[1].minutes",
                "options.reservedMinutes", "options.pins[1].question")) {
            assertTrue(paths.contains(expected), expected + " not in " + paths);
        }
        Violation colour = thrown.violations().stream().filter(v -> v.path().equals("interviews[0].colour")).findFirst()
                .orElseThrow();
        assertEquals(8, line(colour), colour::toString);
    }

    @Test
    void unknownFields_areIgnored_whenTheCodecIsLenient() {
        String text = KitLoops.fourInterviews().write(ContentFormat.JSON).replace("\"options\": {",
                "\"notes\": \"x\",\n  \"options\": {\n    \"colour\": \"blue\",");
        assertThrows(ContentException.class, () -> PlanningProblem.read(text, ContentFormat.JSON, KIT));
        DocumentCodec<PlanningProblem> lenient = DocumentCodec.builder(PlanningProblem.documentKind(KIT))
                .ignoreUnknownFields().build();
        assertEquals(KitLoops.fourInterviews(), lenient.read(text, ContentFormat.JSON));
    }

    @Test
    void files_areReadByTheirExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("loop.yaml");
        Files.writeString(file, everyField().write(ContentFormat.YAML));
        assertEquals(everyField(), PlanningProblem.read(file, KIT));
    }

    @Test
    void nullArguments_areNamed() {
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> PlanningProblem.read(null, ContentFormat.JSON, KIT)).getMessage());
        assertEquals("role", assertThrows(NullPointerException.class,
                () -> PlanningProblem.read("{}", ContentFormat.JSON, null)).getMessage());
        assertEquals("role", assertThrows(NullPointerException.class, () -> PlanningProblem.documentKind(null)).getMessage());
        assertEquals("format", assertThrows(NullPointerException.class, () -> everyField().write(null)).getMessage());
    }

    static List<String> paths(ContentException thrown) {
        return thrown.violations().stream().map(Violation::path).collect(Collectors.toList());
    }

    private static int line(Violation violation) {
        return violation.line().orElseThrow();
    }
}
