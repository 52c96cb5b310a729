package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.render.Format;
import io.github.interviewkit.render.Renderer;
import io.github.interviewkit.scoring.FindingNames;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score command over a panel kind given by the test: the library has no panel documents yet,
 * so a "panel file" here names the candidate, and the panel is built in code.
 */
class ScoreCommandTest {
    @TempDir
    Path folder;

    private static Cli.Result score(String... args) {
        DocumentType<Panel> panels = DocumentType.againstRole("panel", "panel", List.of("scorecards"), (file, role) ->
                Cli.panel(role, file.getFileName().toString().replaceFirst("\\.yaml$", ""), 0));
        return Cli.run(Cli.making(ScoreCommand.class, () -> new ScoreCommand(panels)), args);
    }

    @Test
    void text_isEachReportExplained() {
        Cli.Result result = score("score", "backend-architect", "cand-1.yaml", "cand-2.yaml");
        assertEquals(0, result.status(), result.err());
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().build();
        FindingNames names = FindingNames.of(Cli.kit());
        String first = engine.scorer(Cli.kit()).score(Cli.panel(Cli.kit(), "cand-1", 0)).render(names);
        String second = engine.scorer(Cli.kit()).score(Cli.panel(Cli.kit(), "cand-2", 0)).render(names);
        assertEquals(first + "\n" + second, result.out());
        // The trace names criteria by their descriptions, not their ids.
        assertFalse(result.out().contains("system-design"), result.out());
    }

    @Test
    void htmlAndMarkdown_areTheRenderersCandidateReports_severalNeedAFolder() throws IOException {
        Panel one = Cli.panel(Cli.kit(), "cand-1", 0);
        Panel two = Cli.panel(Cli.kit(), "cand-2", 0);
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().build();
        Cli.Result html = score("score", "backend-architect", "cand-1.yaml", "--format", "html");
        assertEquals(0, html.status(), html.err());
        assertEquals(Renderer.english().report(engine.scorer(Cli.kit()).score(one), one, Format.HTML), html.out());
        Cli.Result german = score("score", "backend-architect", "cand-1.yaml", "--format", "md", "--lang", "de");
        assertEquals(Renderer.german().report(engine.scorer(Cli.kit()).score(one), one, Format.MARKDOWN), german.out());

        Cli.Result noFolder = score("score", "backend-architect", "cand-1.yaml", "cand-2.yaml", "--format", "html");
        assertEquals(2, noFolder.status());
        assertEquals("interviewkit: there are 2 reports: name a folder to write them into with -o\n", noFolder.err());
        Path out = folder.resolve("reports");
        Cli.Result both = score("score", "backend-architect", "cand-1.yaml", "cand-2.yaml", "--format", "md", "-o",
                out.toString());
        assertEquals(0, both.status(), both.err());
        assertEquals(Renderer.english().report(engine.scorer(Cli.kit()).score(two), two, Format.MARKDOWN),
                Files.readString(out.resolve("cand-2-report.md")));
        assertTrue(Files.exists(out.resolve("cand-1-report.md")));

        Cli.Result langOnText = score("score", "backend-architect", "cand-1.yaml", "--lang", "de");
        assertEquals(2, langOnText.status());
        assertTrue(langOnText.err().startsWith("Option '--lang' applies to --format html or md"), langOnText.err());
    }

    @Test
    void json_oneReportIsItsDocument_severalAreAnArray() {
        ScoringEngine engine = ScoringEngine.builder().discoverInstalled().build();
        String one = engine.scorer(Cli.kit()).score(Cli.panel(Cli.kit(), "cand-1", 0)).toJson();
        assertEquals(one, score("score", "backend-architect", "cand-1.yaml", "--format", "json").out());
        Cli.Result two = score("score", "backend-architect", "cand-1.yaml", "cand-2.yaml", "--format", "json");
        assertTrue(two.out().startsWith("[\n  {\n    \"strategy\": \"structured\",\n"), two.out());
        assertTrue(two.out().endsWith("  }\n]\n"), two.out());
    }

    @Test
    void strategyAndPolicy_areUsed() throws IOException {
        Path strict = Files.writeString(folder.resolve("strict.yaml"), "hireThreshold: 0.95\nstrongHireThreshold: 0.99\n"
                + "noHireThreshold: 0.9\n");
        Cli.Result result = score("score", "backend-architect", "cand-1.yaml", "--policy", strict.toString(),
                "--strategy", "bar-raiser");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("Recommendation for candidate cand-1 (role backend-architect, strategy bar-raiser):"),
                result.out());
    }

    @Test
    void unknownStrategy_invalidPolicy_unknownRole() throws IOException {
        Cli.Result strategy = score("score", "backend-architect", "cand-1.yaml", "--strategy", "coin-toss");
        assertEquals(1, strategy.status());
        assertTrue(strategy.err().startsWith("interviewkit: no strategy with id \"coin-toss\" is registered"), strategy.err());
        Path bad = Files.writeString(folder.resolve("bad.yaml"), "hireThreshold: lots\n");
        Cli.Result policy = score("score", "backend-architect", "cand-1.yaml", "--policy", bad.toString());
        assertEquals(1, policy.status());
        assertTrue(policy.err().startsWith(bad + ":1:16: hireThreshold: "), policy.err());
        assertEquals(2, score("score", "nobody", "cand-1.yaml").status());
    }

    @Test
    void panelDocuments_areReadAgainstTheRole() throws IOException {
        Path panel = Files.writeString(folder.resolve("cand-9.yaml"), Cli.panel(Cli.kit(), "cand-9", 0)
                .write(io.github.interviewkit.model.io.ContentFormat.YAML));
        Cli.Result result = Cli.run("score", "backend-architect", panel.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals(ScoringEngine.builder().discoverInstalled().build().scorer(Cli.kit())
                .score(Cli.panel(Cli.kit(), "cand-9", 0)).render(FindingNames.of(Cli.kit())), result.out());
        Cli.Result otherRole = Cli.run("score", Cli.DATA_ENGINEER.toString(), panel.toString());
        assertEquals(1, otherRole.status());
        assertTrue(otherRole.err().startsWith(panel + ":2:"), otherRole.err());
    }
}
