package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.scoring.Panel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyse command over a panel kind given by the test: the library has no panel documents yet,
 * so each "panel file" names its candidate and how far its ratings are shifted (cand-3+1.yaml),
 * and the panel is built in code; a file named broken.yaml is an invalid document.
 */
class AnalyseCommandTest {
    @TempDir
    Path folder;
    private Path panels;

    @BeforeEach
    void panels() throws IOException {
        panels = Files.createDirectory(folder.resolve("panels"));
        for (String name : new String[] {"cand-1+0", "cand-2+1", "cand-3+-1", "cand-4+0", "cand-5+1", "cand-6+-1"}) {
            Files.writeString(panels.resolve(name + ".yaml"), "");
        }
        Files.writeString(panels.resolve("notes.txt"), "not a panel");
    }

    private static Panel read(Path file, io.github.interviewkit.model.Role role) {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (name.equals("broken")) {
            throw new ContentException(file.toString(), List.of(Violation.of("scorecards", null, "is required").at(1, 1)));
        }
        String[] parts = name.split("\\+");
        return Cli.panel(role, parts[0], Integer.parseInt(parts[1]));
    }

    private static Cli.Result analyse(boolean terminal, AtomicLong clock, String... args) {
        DocumentType<Panel> kind = DocumentType.againstRole("panel", "panel", List.of("scorecards"), AnalyseCommandTest::read);
        return Cli.run(Cli.making(AnalyseCommand.class, () -> new AnalyseCommand(kind, terminal, () -> {
            return clock.addAndGet(600_000_000L);
        })), args);
    }

    private static Cli.Result analyse(String... args) {
        return analyse(false, new AtomicLong(), args);
    }

    @Test
    void text_agreementAndCalibrationTables() {
        Cli.Result result = analyse("analyse", panels.toString(), "--role", "backend-architect");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("6 panels, 3 interviewers, "), result.out());
        for (String line : new String[] {"Agreement between interviewers\nstatistic", "Krippendorff's alpha (nominal)",
            "Krippendorff's alpha (ratio)", "Fleiss' kappa", "ICC(", "Kendall's W", "Scott's pi, alice and bob",
            "Cohen's kappa (quadratic), bob and chen", "Interviewer calibration", "alice  "}) {
            assertTrue(result.out().contains(line), line + " in\n" + result.out());
        }
        assertEquals("", result.err());
    }

    @Test
    void groups_addAdverseImpactInTotalAndPerCriterion() throws IOException {
        Path groups = Files.writeString(folder.resolve("groups.csv"),
                "candidate,group\ncand-1,a\ncand-2,a\ncand-3,b\ncand-4,b\ncand-5,a\ncand-6,b\n");
        Cli.Result result = analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups", groups.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Adverse impact of the decisions"), result.out());
        assertTrue(result.out().contains("Adverse impact per criterion (passing: mean rating at least 3)\ncriterion"), result.out());
        assertTrue(result.out().contains("\nsystem-design "), result.out());
    }

    @Test
    void csv_isOneRecordPerFigure() throws IOException {
        Path groups = Files.writeString(folder.resolve("groups.csv"),
                "candidate,group\ncand-1,a\ncand-2,a\ncand-3,b\ncand-4,b\ncand-5,a\ncand-6,b\n");
        Cli.Result result = analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups", groups.toString(),
                "--format", "csv");
        assertEquals(0, result.status(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("table,subject,measure,value", lines.get(0));
        assertTrue(lines.contains("agreement,Fleiss' kappa,value," + lines.stream()
                .filter(l -> l.startsWith("agreement,Fleiss' kappa,value,")).findFirst().orElseThrow().substring(30)));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("calibration,alice,flag,")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("adverse-impact,a,applicants,3")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("criterion-impact,system-design,group,")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("agreement,Cohen's kappa (linear), alice and bob,")) == false);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("agreement,\"Cohen's kappa (linear), alice and bob\",value,")),
                result.out());
    }

    @Test
    void groupsFile_problems() throws IOException {
        Path header = Files.writeString(folder.resolve("h.csv"), "id,label\ncand-1,a\n");
        Cli.Result wrongHeader = analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups", header.toString());
        assertEquals(2, wrongHeader.status());
        assertEquals("interviewkit: " + header + ": the header must name the columns candidate and group, was [id, label]\n",
                wrongHeader.err());
        Path missing = Files.writeString(folder.resolve("m.csv"), "candidate,group\ncand-1,a\ncand-2,b\n");
        Cli.Result someMissing = analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups", missing.toString());
        assertEquals(1, someMissing.status());
        assertEquals("interviewkit: the groups file names no group for cand-3, cand-4, cand-5, cand-6\n", someMissing.err());
        Path twice = Files.writeString(folder.resolve("t.csv"), "candidate,group\ncand-1,a\ncand-1,b\n");
        Cli.Result listedTwice = analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups", twice.toString());
        assertEquals(1, listedTwice.status());
        assertEquals("interviewkit: " + twice + ":3: candidate cand-1 is listed twice\n", listedTwice.err());
        Path blank = Files.writeString(folder.resolve("b.csv"), "candidate,group\ncand-1,\n");
        assertEquals(1, analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups", blank.toString()).status());
        Cli.Result absent = analyse("analyse", panels.toString(), "--role", "backend-architect", "--groups",
                folder.resolve("none.csv").toString());
        assertEquals(2, absent.status());
        assertTrue(absent.err().startsWith("interviewkit: cannot read " + folder.resolve("none.csv")), absent.err());
    }

    @Test
    void invalidPanels_everyProblemOfEveryFile_exit1() throws IOException {
        Files.writeString(panels.resolve("broken.yaml"), "");
        Cli.Result result = analyse("analyse", panels.toString(), "--role", "backend-architect");
        assertEquals(1, result.status());
        assertEquals(panels.resolve("broken.yaml") + ":1:1: scorecards: is required\n", result.err());
    }

    @Test
    void folderProblems_exit2() throws IOException {
        Cli.Result notAFolder = analyse("analyse", Cli.KIT.toString(), "--role", "backend-architect");
        assertEquals(2, notAFolder.status());
        assertEquals("interviewkit: cannot read " + Cli.KIT + ": it is not a folder\n", notAFolder.err());
        Path empty = Files.createDirectory(folder.resolve("empty"));
        Cli.Result noPanels = analyse("analyse", empty.toString(), "--role", "backend-architect");
        assertEquals(2, noPanels.status());
        assertEquals("interviewkit: " + empty + " holds no panel document (.json, .yaml, .yml)\n", noPanels.err());
        assertEquals(2, analyse("analyse", panels.toString(), "--role", "backend-architect", "--format", "json").status());
    }

    @Test
    void progress_onATerminalAfterASecond_erasedAtTheEnd() {
        Cli.Result result = analyse(true, new AtomicLong(), "analyse", panels.toString(), "--role", "backend-architect");
        assertEquals(0, result.status());
        assertTrue(result.err().contains("\rreading panels [##########                    ] 2/6"), result.err());
        assertTrue(result.err().endsWith("\r"), result.err());
        assertEquals("", result.err().replaceAll("\r[^\r]*", ""));
    }

    @Test
    void panelDocuments_nameTheirRole_withoutRoleTheInstalledKitOfThatIdIsUsed() throws IOException {
        Path examples = Cli.EXAMPLES.resolve("panels");
        Cli.Result named = Cli.run("analyse", examples.toString());
        assertEquals(0, named.status(), named.err());
        assertEquals(Cli.run("analyse", examples.toString(), "--role", "backend-architect").out(), named.out());
        Path copies = Files.createDirectory(folder.resolve("copies"));
        for (String name : new String[] {"cand-01.yaml", "cand-02.yaml"}) {
            Files.copy(examples.resolve(name), copies.resolve(name));
        }
        Files.writeString(copies.resolve("cand-02.yaml"), Files.readString(examples.resolve("cand-02.yaml"))
                .replace("id: backend-architect", "id: data-engineer"));
        Files.writeString(copies.resolve("cand-03.yaml"), "role: [\n");
        Cli.Result uninstalled = Cli.run("analyse", copies.toString());
        assertEquals(1, uninstalled.status());
        List<String> lines = uninstalled.err().lines().toList();
        assertEquals(copies.resolve("cand-02.yaml") + ":2:7: role.id: is not an installed kit (installed: backend-architect);"
                + " name the role's file with --role (was \"data-engineer\")", lines.get(0));
        assertTrue(lines.get(1).startsWith(copies.resolve("cand-03.yaml") + ":"), uninstalled.err());
        assertEquals(2, lines.size(), uninstalled.err());
        assertEquals("", uninstalled.out());
    }

    @Test
    void panelDocuments_ofTheExamples() {
        Path examples = Path.of("..", "examples", "src", "main", "resources", "io", "github", "interviewkit", "examples");
        Cli.Result result = Cli.run("analyse", examples.resolve("panels").toString(), "--role", "backend-architect",
                "--groups", examples.resolve("groups.csv").toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("6 panels, 3 interviewers, 30 rated units\n"), result.out());
        assertTrue(result.out().contains("\nKrippendorff's alpha (ordinal)              0.449  90 pairable values in 30 units\n"),
                result.out());
    }
}
