package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.Violations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path folder;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void validKits_exit0_oneLineEach() {
        Cli.Result result = Cli.run("validate", Cli.KIT.toString(), Cli.DATA_ENGINEER.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals(Cli.KIT + ": valid role kit\n" + Cli.DATA_ENGINEER + ": valid role kit\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void quiet_printsNothingForValidDocuments() {
        Cli.Result result = Cli.run("validate", "-q", Cli.KIT.toString());
        assertEquals(0, result.status());
        assertEquals("", result.out());
    }

    @Test
    void invalidRole_everyProblemAsFileLineColumnPathMessage_exit1() throws IOException {
        Path bad = file("bad.yaml", "id: Bad Id\ntitle: T\nsummary: s\ncompetencies: []\nfoo: 1\n");
        Cli.Result result = Cli.run("validate", bad.toString());
        assertEquals(1, result.status());
        assertEquals(List.of(
                bad + ":1:1: contentVersion: is required",
                bad + ":1:1: experience: is required",
                bad + ":1:1: language: is required",
                bad + ":1:1: rubric: is required",
                bad + ":1:1: source: is required",
                bad + ":1:5: id: must be a slug: lower-case letters and digits joined by single hyphens (was \"Bad Id\")",
                bad + ":5:6: foo: is not a known field here; known fields are id, title, contentVersion, language, source,"
                        + " summary, responsibilities, competencies, experience, salaryBand, marketDemand, rubric,"
                        + " questions, pitfalls (was \"foo\")"),
                result.out().lines().toList());
    }

    @Test
    void syntaxError_isTheDocumentsProblem_exit1() throws IOException {
        Path bad = file("broken.yaml", "id: x\ntitle: 3\ncompetencies: [\n");
        Cli.Result result = Cli.run("validate", bad.toString());
        assertEquals(1, result.status());
        assertTrue(result.out().startsWith(bad + ":3:16: competencies[0]: is not valid YAML:"), result.out());
    }

    @Test
    void policy_isToldByItsFields() throws IOException {
        Path good = file("policy.yaml", "hireThreshold: 0.7\nstrongHireThreshold: 0.85\n");
        Path bad = file("bad-policy.json", "{\n  \"hireThreshold\": \"high\"\n}\n");
        Cli.Result result = Cli.run("validate", good.toString(), bad.toString());
        assertEquals(1, result.status());
        assertTrue(result.out().startsWith(good + ": valid scoring policy\n" + bad + ":2:20: hireThreshold: "), result.out());
    }

    @Test
    void toldKind_isReadInTheSamePass_andAnotherKindsFieldIsStillUnknown() throws IOException {
        // Told a policy by its fields and bound in the same pass: "scorecards", a panel's marker that the
        // probe looked at, is still a field no policy has.
        Path policy = file("policy.yaml", "hireThreshold: 0.7\nstrongHireThreshold: 0.85\nscorecards: []\n");
        Cli.Result detected = Cli.run("validate", policy.toString());
        Cli.Result named = Cli.run("validate", "--kind", "policy", policy.toString());
        assertEquals(1, detected.status());
        assertTrue(detected.out().startsWith(policy + ":3:13: scorecards: is not a known field here"), detected.out());
        assertEquals(named.out(), detected.out());
        assertEquals(named.status(), detected.status());
    }

    @Test
    void kind_readsEveryFileAsThatKind() throws IOException {
        Path policy = file("policy.yaml", "hireThreshold: 0.7\n");
        Cli.Result asRole = Cli.run("validate", "--kind", "role", policy.toString());
        assertEquals(1, asRole.status());
        assertTrue(asRole.out().contains(policy + ":1:16: hireThreshold: is not a known field here"), asRole.out());
        assertEquals(0, Cli.run("validate", "--kind", "policy", policy.toString()).status());
    }

    @Test
    void unknownKind_isAUsageError() {
        Cli.Result result = Cli.run("validate", "--kind", "memo", Cli.KIT.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Unknown kind 'memo': one of role, policy, scorecard, panel, report, loop\nUsage: interviewkit validate"), result.err());
    }

    @Test
    void documentOfNoKnownKind_askForKind_exit2() throws IOException {
        Path other = file("memo.yaml", "to: everyone\n");
        Cli.Result result = Cli.run("validate", other.toString());
        assertEquals(2, result.status());
        assertEquals("interviewkit: cannot tell what kind of document " + other + " is; name it with --kind, one of role,"
                + " policy, scorecard, panel, report, loop\n", result.err());
    }

    @Test
    void unreadableFiles_exit2_andTheOthersAreStillChecked() throws IOException {
        Path missing = folder.resolve("missing.yaml");
        Path text = file("notes.txt", "hello");
        Cli.Result result = Cli.run("validate", missing.toString(), text.toString(), Cli.KIT.toString());
        assertEquals(2, result.status());
        assertEquals("interviewkit: cannot read " + missing + ": it does not exist\n"
                + "interviewkit: cannot read " + text + ": name a JSON file .json, a YAML file .yaml or .yml\n", result.err());
        assertEquals(Cli.KIT + ": valid role kit\n", result.out());
    }

    @Test
    void role_namesAnInstalledKitOrAFile() {
        assertEquals(0, Cli.run("validate", "--role", "backend-architect", "-q", Cli.KIT.toString()).status());
        assertEquals(0, Cli.run("validate", "--role", Cli.DATA_ENGINEER.toString(), "-q", Cli.KIT.toString()).status());
        Cli.Result unknown = Cli.run("validate", "--role", "no-such-kit", Cli.KIT.toString());
        assertEquals(2, unknown.status());
        assertEquals("interviewkit: no installed kit has the id 'no-such-kit' (installed: backend-architect) and no file"
                + " has that name\n", unknown.err());
    }

    @Test
    void invalidRoleFile_printsItsProblems_exit1() throws IOException {
        Path bad = file("role.yaml", "id: x\n");
        Cli.Result result = Cli.run("validate", "--role", bad.toString(), Cli.KIT.toString());
        assertEquals(1, result.status());
        assertTrue(result.err().startsWith(bad + ":1:1: contentVersion: is required\n"), result.err());
    }

    @Test
    void withoutRole_aPanelOrLoopIsCheckedAgainstTheInstalledKitItNames() throws IOException {
        Path panel = Cli.EXAMPLES.resolve("panels").resolve("cand-01.yaml");
        Path loop = Cli.EXAMPLES.resolve("four-interview-loop.yaml");
        Cli.Result named = Cli.run("validate", panel.toString(), loop.toString());
        assertEquals(0, named.status(), named.err());
        assertEquals(panel + ": valid panel\n" + loop + ": valid interview loop\n", named.out());

        Path elsewhere = file("elsewhere.yaml", Files.readString(panel).replace("id: backend-architect", "id: data-engineer"));
        Cli.Result notInstalled = Cli.run("validate", elsewhere.toString());
        assertEquals(1, notInstalled.status());
        assertTrue(notInstalled.out().startsWith(elsewhere + ":2:"), notInstalled.out());
        assertTrue(notInstalled.out().contains("role.id: is not an installed kit (installed: backend-architect); name the"
                + " role's file with --role"), notInstalled.out());
        Cli.Result given = Cli.run("validate", "--role", Cli.DATA_ENGINEER.toString(), elsewhere.toString());
        assertEquals(1, given.status(), "the data-engineer kit has other criteria than the panel rates");

        Cli.Result aKitAsPanel = Cli.run("validate", "--kind", "panel", Cli.KIT.toString());
        assertEquals(1, aKitAsPanel.status());
        assertEquals(Cli.KIT + ":6:1: role: is required: the id of the role the document is for (or name the role with"
                + " --role)\n", aKitAsPanel.out());
    }

    @Test
    void kindAgainstARole_needsTheRole() {
        DocumentType<String> panel = DocumentType.againstRole("panel", "panel", List.of("scorecards"), (file, role) -> role.id());
        assertTrue(panel.needsRole());
        CommandFailure failure = assertThrows(CommandFailure.class, () -> panel.read(Cli.KIT, null));
        assertEquals(Exit.USAGE, failure.status());
        assertEquals("a panel is checked against its role: name the role with --role", failure.getMessage());
        assertEquals("backend-architect", panel.read(Cli.KIT, Cli.kit()));
        assertEquals(List.of("scorecards"), panel.markers());
    }

    @Test
    void problems_withoutPlaceOrValue_andOmittedOnes() {
        Violations collector = Violations.collector(1);
        collector.add(Violation.of("", null, "is empty"));
        collector.add(Violation.of("x", 1, "is wrong"));
        StringWriter text = new StringWriter();
        Problems.print("f.yaml", new ContentException("f.yaml", collector), new PrintWriter(text, true));
        assertEquals("f.yaml: (document): is empty\nf.yaml: 1 more problem not listed\n", text.toString());
        assertEquals("f.yaml:2:3: a: b (was 4)", Problems.line("f.yaml", Violation.of("a", 4, "b").at(2, 3)));
    }
}
