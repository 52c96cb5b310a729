package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.planning.InterviewPlanner;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlannedInterview;
import io.github.interviewkit.planning.PlanningProblem;
import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.InterviewGuide;
import io.github.interviewkit.render.Paper;
import io.github.interviewkit.render.Renderer;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render command on the bundled kit and the example documents, against the render module's own output. */
class RenderCommandTest {
    private static final Path LOOP = Cli.EXAMPLES.resolve("four-interview-loop.yaml");
    private static final Path PANEL = Cli.EXAMPLES.resolve("panels").resolve("cand-01.yaml");

    @TempDir
    Path folder;

    private static Plan plan() {
        return InterviewPlanner.standard().plan(PlanningProblem.read(LOOP, Cli.kit())).plan().orElseThrow();
    }

    private static InterviewGuide guide(String interview) {
        PlannedInterview planned = plan().interview(interview).orElseThrow();
        return InterviewGuide.builder().role(Cli.kit()).id(planned.id()).stage(planned.interview().stage())
                .minutes(planned.interview().minutes()).addAllInterviewers(planned.interview().interviewers())
                .addAllQuestions(planned.sortedQuestionIds()).build();
    }

    @Test
    void kit_isTheRenderersKit_inTheFormatLanguageAndPaperAsked() {
        Cli.Result html = Cli.run("render", "kit", "backend-architect");
        assertEquals(0, html.status(), html.err());
        assertEquals(Renderer.english().kit(Cli.kit(), Format.HTML), html.out());
        assertEquals("", html.err());
        Cli.Result german = Cli.run("render", "kit", "backend-architect", "--format", "md", "--lang", "de", "--paper", "a4");
        assertEquals(Renderer.german().withPaper(Paper.A4).kit(Cli.kit(), Format.MARKDOWN), german.out());
        Role dataEngineer = RoleReader.standard().read(Cli.DATA_ENGINEER);
        Cli.Result file = Cli.run("render", "kit", Cli.DATA_ENGINEER.toString(), "--paper", "letter");
        assertEquals(0, file.status(), file.err());
        assertEquals(Renderer.english().withPaper(Paper.LETTER).kit(dataEngineer, Format.HTML), file.out());
    }

    @Test
    void kit_toAFileOrIntoAFolder() throws IOException {
        Path page = folder.resolve("kit.html");
        Cli.Result toFile = Cli.run("render", "kit", "backend-architect", "-o", page.toString());
        assertEquals(0, toFile.status(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(Renderer.english().kit(Cli.kit(), Format.HTML), Files.readString(page, StandardCharsets.UTF_8));
        Path into = Files.createDirectory(folder.resolve("out"));
        assertEquals(0, Cli.run("render", "kit", "backend-architect", "--format", "md", "-o", into.toString()).status());
        assertEquals(Renderer.english().kit(Cli.kit(), Format.MARKDOWN),
                Files.readString(into.resolve("backend-architect-kit.md"), StandardCharsets.UTF_8));
        Cli.Result noFolder = Cli.run("render", "kit", "backend-architect", "-o", folder.resolve("gone").resolve("k.html").toString());
        assertEquals(2, noFolder.status());
        assertEquals("interviewkit: cannot write " + folder.resolve("gone").resolve("k.html") + ": its folder does not exist\n",
                noFolder.err());
    }

    @Test
    void guide_ofAPlannedLoop_onePerInterview_intoAFolder() throws IOException {
        Path guides = folder.resolve("guides");
        Cli.Result result = Cli.run("render", "guide", LOOP.toString(), "-o", guides.toString());
        assertEquals(0, result.status(), result.err());
        try (Stream<Path> files = Files.list(guides)) {
            assertEquals(List.of("behavioural-guide.html", "screening-guide.html", "technical-1-guide.html",
                    "technical-2-guide.html"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(Renderer.english().guide(guide("technical-1"), Format.HTML),
                Files.readString(guides.resolve("technical-1-guide.html"), StandardCharsets.UTF_8));
        Cli.Result one = Cli.run("render", "guide", LOOP.toString(), "--interview", "screening", "--format", "md", "--lang", "de");
        assertEquals(0, one.status(), one.err());
        assertEquals(Renderer.german().guide(guide("screening"), Format.MARKDOWN), one.out());
    }

    @Test
    void guide_severalWithoutAFolder_orAnUnknownInterview_exit2() throws IOException {
        Cli.Result several = Cli.run("render", "guide", LOOP.toString());
        assertEquals(2, several.status());
        assertEquals("interviewkit: the loop has 4 interviews: name a folder to write them into with -o, or one interview"
                + " with --interview ID\n", several.err());
        assertEquals("", several.out());
        Cli.Result unknown = Cli.run("render", "guide", LOOP.toString(), "--interview", "lunch");
        assertEquals(2, unknown.status());
        assertEquals("interviewkit: the loop has no interview 'lunch' (its interviews: screening, technical-1, technical-2,"
                + " behavioural)\n", unknown.err());
        Path file = Files.writeString(folder.resolve("taken.html"), "x");
        Cli.Result intoAFile = Cli.run("render", "guide", LOOP.toString(), "-o", file.toString());
        assertEquals(2, intoAFile.status());
        assertTrue(intoAFile.err().startsWith("interviewkit: cannot write into " + file + ": it is a file"), intoAFile.err());
    }

    @Test
    void scorecardForm_ofALoopInterview_andOfExplicitQuestions() {
        Cli.Result planned = Cli.run("render", "scorecard-form", LOOP.toString(), "--interview", "technical-2");
        assertEquals(0, planned.status(), planned.err());
        assertEquals(Renderer.english().scorecardForm(guide("technical-2"), Format.HTML), planned.out());
        Cli.Result explicit = Cli.run("render", "scorecard-form", "backend-architect", "--questions",
                "restful-api-design,high-load-data", "--id", "technical-1", "--title", "System design", "--stage", "technical",
                "--minutes", "45", "--interviewer", "alice,bob", "--criteria", "system-design", "--format", "md");
        assertEquals(0, explicit.status(), explicit.err());
        InterviewGuide expected = InterviewGuide.builder().role(Cli.kit()).id("technical-1").title("System design")
                .stage(QuestionCategory.TECHNICAL).minutes(45).addInterviewers("alice", "bob")
                .addQuestions("restful-api-design", "high-load-data").addCriteria("system-design").build();
        assertEquals(Renderer.english().scorecardForm(expected, Format.MARKDOWN), explicit.out());
        Cli.Result guide = Cli.run("render", "guide", "backend-architect", "--questions", "restful-api-design");
        assertEquals(Renderer.english().guide(InterviewGuide.builder().role(Cli.kit()).id("interview")
                .addQuestions("restful-api-design").build(), Format.HTML), guide.out());
    }

    @Test
    void explicitQuestions_everyProblem_exit1() {
        Cli.Result result = Cli.run("render", "guide", "backend-architect", "--questions", "restful-api-design,nope,nope",
                "--criteria", "tact");
        assertEquals(1, result.status());
        assertEquals("--questions: criteria[0]: is not a criterion of the role backend-architect (was \"tact\")\n"
                + "--questions: questions[1]: is not a question of the role backend-architect (was \"nope\")\n"
                + "--questions: questions[2]: is not a question of the role backend-architect (was \"nope\")\n"
                + "--questions: questions[2]: repeats questions[1] (was \"nope\")\n", result.err());
    }

    @Test
    void report_ofAPanel_isScoredWithThePolicyAndStrategy() {
        Panel panel = Panel.read(Cli.kit(), PANEL);
        Cli.Result result = Cli.run("render", "report", PANEL.toString());
        assertEquals(0, result.status(), result.err());
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().build();
        assertEquals(Renderer.english().report(engine.scorer(Cli.kit()).score(panel), panel, Format.HTML), result.out());
        Path strict = Cli.EXAMPLES.resolve("strict-policy.yaml");
        Cli.Result barRaiser = Cli.run("render", "report", PANEL.toString(), "--policy", strict.toString(), "--strategy",
                "bar-raiser", "--format", "md", "--lang", "de");
        assertEquals(0, barRaiser.status(), barRaiser.err());
        ScoringPolicy policy = ScoringPolicy.read(strict);
        ScoringEngine strictEngine = ScoringEngine.builder().discoverInstalled().policy(policy).build();
        assertEquals(Renderer.german().report(strictEngine.scorer(Cli.kit(), "bar-raiser").score(panel), panel, policy,
                Format.MARKDOWN), barRaiser.out());
    }

    @Test
    void report_storedWithItsPanel() throws IOException {
        Panel panel = Panel.read(Cli.kit(), PANEL);
        Report report = ScoringEngine.builder().discoverInstalled().build().scorer(Cli.kit()).score(panel);
        Path stored = Files.writeString(folder.resolve("report.json"), report.toJson());
        Cli.Result result = Cli.run("render", "report", stored.toString(), "--panel", PANEL.toString(), "--format", "md");
        assertEquals(0, result.status(), result.err());
        assertEquals(Renderer.english().report(Report.read(stored), panel, Format.MARKDOWN), result.out());
        Path other = Cli.EXAMPLES.resolve("panels").resolve("cand-02.yaml");
        Cli.Result mismatch = Cli.run("render", "report", stored.toString(), "--panel", other.toString());
        assertEquals(1, mismatch.status());
        assertEquals("interviewkit: " + stored + " is not a report of the panel " + other + ": the report is of candidate"
                + " cand-01 for role backend-architect, the panel of candidate cand-02 for role backend-architect\n",
                mismatch.err());
        Cli.Result noPanel = Cli.run("render", "report", stored.toString());
        assertEquals(2, noPanel.status());
        assertTrue(noPanel.err().startsWith("Missing option '--panel': " + stored + " is a stored report"), noPanel.err());
        Cli.Result strategy = Cli.run("render", "report", stored.toString(), "--panel", PANEL.toString(), "--strategy", "x");
        assertEquals(2, strategy.status());
        Cli.Result aKit = Cli.run("render", "report", Cli.KIT.toString());
        assertEquals(2, aKit.status());
        assertEquals("interviewkit: render report takes a panel, or a report with --panel; " + Cli.KIT + " is a role kit\n",
                aKit.err());
    }

    @Test
    void documentsNameTheirRole_anUninstalledOneIsAProblemAtItsPlace_exit1() throws IOException {
        Path loop = Files.writeString(folder.resolve("loop.yaml"), Files.readString(LOOP).replace("role: backend-architect",
                "role: data-engineer"));
        Cli.Result uninstalled = Cli.run("render", "guide", loop.toString(), "--interview", "screening");
        assertEquals(1, uninstalled.status());
        assertEquals(loop + ":1:7: role: is not an installed kit (installed: backend-architect); name the role's file with"
                + " --role (was \"data-engineer\")\n", uninstalled.err());
        Cli.Result override = Cli.run("render", "guide", loop.toString(), "--interview", "screening", "--role",
                Cli.DATA_ENGINEER.toString(), "--format", "md");
        // The loop is read against the Data Engineer kit named with --role, and planned: its must-have needs more.
        assertEquals(1, override.status(), override.err());
        assertTrue(override.err().startsWith("interviewkit: the loop of " + loop + " cannot be planned, so it has no guides:\n"
                + "No plan satisfies these constraints together, and each one is needed: must-have `query-skill`"),
                override.err());
        Path versioned = Files.writeString(folder.resolve("v.yaml"), Files.readString(PANEL).replace("contentVersion: 1.0.0",
                "contentVersion: 9.0.0"));
        Cli.Result version = Cli.run("render", "report", versioned.toString());
        assertEquals(1, version.status());
        assertEquals(versioned + ":3:19: role.contentVersion: is not the content version of the installed kit"
                + " backend-architect, 1.0.0; name the role's file of that version with --role (was \"9.0.0\")\n", version.err());
    }

    @Test
    void hostileContent_isEscapedInHtmlAndMarkdown() throws IOException {
        Path hostile = Files.writeString(folder.resolve("hostile.yaml"), Files.readString(Cli.DATA_ENGINEER)
                .replace("title: Data Engineer", "title: \"<script>alert(1)</script> & <img src=x onerror=alert(2)>\""));
        Cli.Result html = Cli.run("render", "kit", hostile.toString());
        assertEquals(0, html.status(), html.err());
        assertFalse(html.out().contains("<script"), html.out());
        assertFalse(html.out().contains("<img"), html.out());
        assertTrue(html.out().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;"),
                html.out());
        Cli.Result markdown = Cli.run("render", "kit", hostile.toString(), "--format", "md");
        assertTrue(markdown.out().contains("\\<script\\>alert(1)\\</script\\> \\& \\<img src=x onerror=alert(2)\\>"),
                markdown.out());
        assertFalse(markdown.out().contains("<script>"), markdown.out());
    }

    @Test
    void usageErrors_exit2() {
        String[][] cases = {
            {"render", "poster", "backend-architect"},
            {"render", "kit", "backend-architect", "--format", "pdf"},
            {"render", "kit", "backend-architect", "--lang", "fr"},
            {"render", "kit", "backend-architect", "--paper", "a5"},
            {"render", "kit", "backend-architect", "--panel", "p.yaml"},
            {"render", "kit", "backend-architect", "--interview", "x"},
            {"render", "guide", LOOP.toString(), "--minutes", "30"},
            {"render", "guide", "backend-architect", "--questions", "restful-api-design", "--role", "backend-architect"},
            {"render", "guide", LOOP.toString(), "--time-limit", "0"},
            {"render", "kit", "nobody"},
            {"render", "guide", "backend-architect"},
            {"render", "report", "gone.yaml"},
            {"render", "kit"},
        };
        String[] messages = {
            "Unknown kind 'poster': one of kit, guide, scorecard-form, report",
            "Invalid value for option '--format': 'pdf' is not one of html, md",
            "Invalid value for option '--lang': 'fr' is not one of en, de",
            "Invalid value for option '--paper': 'a5' is not one of any, a4, letter",
            "Option '--panel' applies to render report, not to render kit",
            "Option '--interview' applies to render guide and scorecard-form, not to render kit",
            "Option '--minutes' describes an interview given by --questions; a loop's interviews are described by the loop",
            "Option '--role' applies to a loop; with --questions, FILE names the role",
            "Invalid value for option '--time-limit': 0 is not a positive number",
            "interviewkit: no installed kit has the id 'nobody'",
            "interviewkit: cannot read backend-architect: it does not exist (render guide takes a loop document, or a role"
                + " with --questions)",
            "interviewkit: cannot read gone.yaml: it does not exist (render report takes a panel, or a report with --panel)",
            "Missing required parameter: 'FILE'",
        };
        for (int i = 0; i < cases.length; i++) {
            Cli.Result result = Cli.run(cases[i]);
            assertEquals(2, result.status(), String.join(" ", cases[i]));
            assertTrue(result.err().startsWith(messages[i]), result.err());
            assertFalse(result.err().contains("\tat "), result.err());
            assertEquals("", result.out());
        }
    }

    @Test
    void impossibleLoop_hasNoGuides_exit1() throws IOException {
        Path loop = Files.writeString(folder.resolve("short.yaml"), "role: backend-architect\ncontentVersion: 1.0.0\n"
                + "interviews:\n- id: technical\n  stage: technical\n  minutes: 10\n  interviewers: [alice]\n"
                + "options:\n  reservedMinutes: 5\n");
        Cli.Result result = Cli.run("render", "guide", loop.toString());
        assertEquals(1, result.status());
        String explanation = InterviewPlanner.standard().plan(PlanningProblem.read(loop, Cli.kit())).explanation().strip();
        assertEquals("interviewkit: the loop of " + loop + " cannot be planned, so it has no guides:\n" + explanation + "\n",
                result.err());
        assertEquals("", result.out());
    }
}
