package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Interview;
import io.github.interviewkit.planning.PlanningOptions;
import io.github.interviewkit.planning.PlanningProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The plan command over a loop kind given by the test: the library has no loop documents yet, so
 * the "document" here is a loop built in code whatever the file holds (the problem of
 * {@code PlanInterviewExample}).
 */
class PlanCommandTest {
    private static PlanningProblem fourInterviews(Role role) {
        return PlanningProblem.builder().role(role)
                .addInterviews(interview("screening", QuestionCategory.SCREENING, 15, "riley"),
                        interview("technical-1", QuestionCategory.TECHNICAL, 30, "alice"),
                        interview("technical-2", QuestionCategory.TECHNICAL, 30, "bob"),
                        interview("behavioural", QuestionCategory.BEHAVIOURAL, 30, "carol"))
                .options(PlanningOptions.builder().reservedMinutes(5).build()).build();
    }

    private static PlanningProblem tooShort(Role role) {
        return PlanningProblem.builder().role(role).addInterviews(interview("technical", QuestionCategory.TECHNICAL, 10, "alice"))
                .options(PlanningOptions.builder().reservedMinutes(5).build()).build();
    }

    private static Interview interview(String id, QuestionCategory stage, int minutes, String interviewer) {
        return Interview.builder().id(id).stage(stage).minutes(minutes).addInterviewers(interviewer).build();
    }

    private static Cli.Result plan(Function<Role, PlanningProblem> loop, String... args) {
        DocumentType<PlanningProblem> loops = DocumentType.againstRole("loop", "interview loop", List.of("interviews"),
                (file, role) -> loop.apply(role));
        return Cli.run(Cli.making(PlanCommand.class, () -> new PlanCommand(Optional.of(loops))), args);
    }

    @Test
    void text_isThePlannersExplanation() {
        Cli.Result result = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml");
        assertEquals(0, result.status(), result.err());
        String expected = InterviewPlanner.standard().plan(fourInterviews(Cli.kit())).explanation();
        assertEquals(expected.endsWith("\n") ? expected : expected + "\n", result.out());
    }

    @Test
    void json_isAStableDocument() {
        Cli.Result first = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml", "--format", "json");
        assertEquals(0, first.status(), first.err());
        String plan = InterviewPlanner.standard().plan(fourInterviews(Cli.kit())).plan().orElseThrow()
                .write(io.github.interviewkit.model.io.ContentFormat.JSON);
        assertEquals(plan, first.out());
        assertEquals(first.out(), plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml",
                "--format", "json").out());
    }

    @Test
    void impossibleLoop_explainsTheConflict_exit1() {
        Cli.Result text = plan(PlanCommandTest::tooShort, "plan", "backend-architect", "loop.yaml");
        assertEquals(1, text.status());
        assertEquals(InterviewPlanner.standard().plan(tooShort(Cli.kit())).explanation().strip(), text.out().strip());
        Cli.Result json = plan(PlanCommandTest::tooShort, "plan", "backend-architect", "loop.yaml", "--format=json");
        assertEquals(1, json.status());
        assertTrue(json.out().startsWith("{\n  \"status\": \"impossible\",\n  \"conflict\": {\n    \"minimal\": "), json.out());
    }

    @Test
    void timeLimit_mustBePositive_andFormatKnown() {
        Cli.Result limit = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "l.yaml", "--time-limit", "0");
        assertEquals(2, limit.status());
        assertTrue(limit.err().startsWith("Invalid value for option '--time-limit': 0 is not a positive number"), limit.err());
        Cli.Result format = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "l.yaml", "--format", "csv");
        assertEquals(2, format.status());
        assertTrue(format.err().startsWith("Invalid value for option '--format': 'csv' is not one of text, json"), format.err());
        assertEquals(0, plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "l.yaml", "--time-limit", "10").status());
    }

    @Test
    void loopDocuments_ofTheExamples() {
        Path loop = Path.of("..", "examples", "src", "main", "resources", "io", "github", "interviewkit", "examples",
                "four-interview-loop.yaml");
        Cli.Result result = Cli.run("plan", "backend-architect", loop.toString());
        assertEquals(0, result.status(), result.err());
        String expected = InterviewPlanner.standard().plan(fourInterviews(Cli.kit())).explanation();
        assertEquals(expected.endsWith("\n") ? expected : expected + "\n", result.out());
        Cli.Result otherRole = Cli.run("plan", Cli.DATA_ENGINEER.toString(), loop.toString());
        assertEquals(1, otherRole.status());
        assertTrue(otherRole.err().startsWith(loop + ":1:"), otherRole.err());
    }

    @Test
    void htmlOrMarkdown_isTheGuideOfEachInterview() throws java.io.IOException {
        Path folder = java.nio.file.Files.createTempDirectory("guides");
        Cli.Result result = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml", "--format", "html",
                "-o", folder.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.out());
        io.github.interviewkit.planning.Plan planned = InterviewPlanner.standard().plan(fourInterviews(Cli.kit())).plan()
                .orElseThrow();
        for (io.github.interviewkit.planning.PlannedInterview interview : planned.interviews()) {
            String expected = io.github.interviewkit.render.Renderer.english().guide(guideOf(interview),
                    io.github.interviewkit.render.Format.HTML);
            assertEquals(expected, java.nio.file.Files.readString(folder.resolve(interview.id() + "-guide.html")));
        }
        Cli.Result one = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml", "--format", "md",
                "--interview", "technical-1", "--lang", "de");
        assertEquals(0, one.status(), one.err());
        assertEquals(io.github.interviewkit.render.Renderer.german().guide(guideOf(planned.interview("technical-1")
                .orElseThrow()), io.github.interviewkit.render.Format.MARKDOWN), one.out());
        Cli.Result several = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml", "--format", "html");
        assertEquals(2, several.status());
        assertEquals("interviewkit: the loop has 4 interviews: name a folder to write them into with -o, or one interview"
                + " with --interview ID\n", several.err());
    }

    private static io.github.interviewkit.render.InterviewGuide guideOf(io.github.interviewkit.planning.PlannedInterview planned) {
        return io.github.interviewkit.render.InterviewGuide.builder().role(Cli.kit()).id(planned.id())
                .stage(planned.interview().stage()).minutes(planned.interview().minutes())
                .addAllInterviewers(planned.interview().interviewers()).addAllQuestions(planned.sortedQuestionIds()).build();
    }

    @Test
    void guides_ofAnImpossibleLoop_explainOnStandardError_exit1_andGuideOptionsNeedAGuideFormat() {
        Cli.Result impossible = plan(PlanCommandTest::tooShort, "plan", "backend-architect", "loop.yaml", "--format", "md");
        assertEquals(1, impossible.status());
        assertEquals("", impossible.out());
        assertEquals(InterviewPlanner.standard().plan(tooShort(Cli.kit())).explanation().strip(), impossible.err().strip());
        for (String option : new String[] {"--lang=de", "--paper=a4", "--interview=screening"}) {
            Cli.Result text = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml", option);
            assertEquals(2, text.status(), option);
            assertTrue(text.err().startsWith("Option '" + option.substring(0, option.indexOf('='))
                    + "' applies to the guides of --format html or md"), text.err());
        }
    }

    @Test
    void output_writesTheTextOrJsonToAFile() throws java.io.IOException {
        Path file = java.nio.file.Files.createTempDirectory("plan").resolve("plan.json");
        Cli.Result result = plan(PlanCommandTest::fourInterviews, "plan", "backend-architect", "loop.yaml", "--format", "json",
                "-o", file.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.out());
        assertEquals(InterviewPlanner.standard().plan(fourInterviews(Cli.kit())).plan().orElseThrow()
                .write(io.github.interviewkit.model.io.ContentFormat.JSON), java.nio.file.Files.readString(file));
    }

    @Test
    void withoutALoopKind_saysWhy_exit2() {
        Cli.Result result = Cli.run(Cli.making(PlanCommand.class, () -> new PlanCommand(Optional.empty())),
                "plan", "backend-architect", "loop.yaml");
        assertEquals(2, result.status());
        assertEquals("interviewkit: this version cannot read loop documents yet: the planner's document form has not"
                + " landed\n", result.err());
    }

    @Test
    void planDocument_isOutputOnly() {
        Cli.Result result = Cli.run("validate", "--kind", "role", Cli.KIT.toString());
        assertEquals(0, result.status());
        io.github.interviewkit.model.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.interviewkit.model.ContentException.class,
                () -> io.github.interviewkit.model.io.DocumentCodec.of(new PlanDocument())
                        .read("{}", io.github.interviewkit.model.io.ContentFormat.JSON));
        assertEquals("a planning result is printed, not read", e.violations().get(0).message());
    }
}
