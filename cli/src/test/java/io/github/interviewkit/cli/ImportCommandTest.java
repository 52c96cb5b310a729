package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.interop.AshbyImporter;
import io.github.interviewkit.interop.CsvImporter;
import io.github.interviewkit.interop.GreenhouseImporter;
import io.github.interviewkit.interop.ImportMapping;
import io.github.interviewkit.interop.ImportReport;
import io.github.interviewkit.interop.LeverImporter;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command on the payloads each system documents (the interop module's fixtures and the
 * examples' Greenhouse payload), against the interop module's own import of them.
 */
class ImportCommandTest {
    private static final Path GREENHOUSE = Cli.EXAMPLES.resolve("greenhouse").resolve("scorecards-list.json");
    private static final Path GREENHOUSE_MAPPING = Cli.EXAMPLES.resolve("greenhouse").resolve("greenhouse-backend-architect.yaml");
    private static final Path CSV = Cli.PAYLOADS.resolve("csv").resolve("scorecards.csv");

    @TempDir
    Path folder;

    private static ImportMapping mapping(Path file) {
        return ImportMapping.codec().read(file);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void greenhouse_aPanelDocumentPerApplication_intoAFolder() throws IOException {
        Path out = folder.resolve("imported");
        Cli.Result result = Cli.run("import", "greenhouse", GREENHOUSE.toString(), "--mapping", GREENHOUSE_MAPPING.toString(),
                "-o", out.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.out());
        ImportReport expected = GreenhouseImporter.of(Cli.kit(), mapping(GREENHOUSE_MAPPING)).read(GREENHOUSE);
        assertEquals(List.of("23558552.yaml", "3456.yaml"), names(out));
        for (String application : List.of("3456", "23558552")) {
            assertEquals(expected.panel(application).write(ContentFormat.YAML),
                    Files.readString(out.resolve(application + ".yaml"), StandardCharsets.UTF_8));
            assertEquals(expected.panel(application), Panel.read(Cli.kit(), out.resolve(application + ".yaml")));
        }
        assertEquals("interviewkit: imported 2 panels (2 scorecards) from " + GREENHOUSE + "; 0 ratings mapped lossily,"
                + " 6 attributes skipped as the mapping ignores them\n", result.err());
        Cli.Result valid = Cli.run("validate", "--role", "backend-architect", out.resolve("3456.yaml").toString());
        assertEquals(0, valid.status(), valid.out());
        Cli.Result analysed = Cli.run("analyse", out.toString());
        assertEquals(0, analysed.status(), analysed.err());
        assertTrue(analysed.out().startsWith("2 panels, "), analysed.out());
    }

    @Test
    void severalApplications_needAFolder_exit2() {
        Cli.Result result = Cli.run("import", "greenhouse", GREENHOUSE.toString(), "--mapping", GREENHOUSE_MAPPING.toString());
        assertEquals(2, result.status());
        assertEquals("interviewkit: " + GREENHOUSE + " holds 2 applications: name a folder to write their panels into with -o\n",
                result.err());
        assertEquals("", result.out());
    }

    @Test
    void csv_lossyMappingsOnStandardError_jsonAndScorecards() throws IOException {
        Path out = folder.resolve("csv");
        Cli.Result result = Cli.run("import", "csv", CSV.toString(), "--mapping", GREENHOUSE_MAPPING.toString(), "-o",
                out.toString(), "--format", "json", "--scorecards");
        assertEquals(0, result.status(), result.err());
        assertEquals(CSV + ": /3/rating: mapped lossily onto level 2 of system-design (was mixed)\n"
                + "interviewkit: imported 2 panels (3 scorecards) from " + CSV + "; 1 rating mapped lossily, 0 attributes"
                + " skipped as the mapping ignores them\n", result.err());
        ImportReport expected = CsvImporter.of(Cli.kit(), mapping(GREENHOUSE_MAPPING)).read(CSV);
        assertEquals(List.of("3456.json", "777.json", "scorecards"), names(out));
        assertEquals(expected.panel("3456").write(ContentFormat.JSON), Files.readString(out.resolve("3456.json")));
        assertEquals(List.of("3456-1.json", "3456-2.json", "777-1.json"), names(out.resolve("scorecards")));
        for (int i = 0; i < 2; i++) {
            Scorecard card = expected.panel("3456").scorecards().get(i);
            assertEquals(card.write(ContentFormat.JSON), Files.readString(out.resolve("scorecards").resolve("3456-" + (i + 1) + ".json")));
            assertEquals(card, Scorecard.read(out.resolve("scorecards").resolve("3456-" + (i + 1) + ".json")));
        }
    }

    @Test
    void lever_andAshby_takeTheCandidateAndOpportunityFromOptions() {
        Path lever = Cli.PAYLOADS.resolve("lever").resolve("feedback-list.json");
        Path leverMapping = Cli.PAYLOADS.resolve("mappings").resolve("lever-backend-architect.yaml");
        Cli.Result result = Cli.run("import", "lever", lever.toString(), "--mapping", leverMapping.toString(),
                "--candidate", "cand-7", "--opportunity", "opp-7");
        assertEquals(0, result.status(), result.err());
        byte[] payload = bytes(lever);
        ImportReport expected = LeverImporter.of(Cli.kit(), mapping(leverMapping)).read(payload, lever.toString(), "opp-7", "cand-7");
        assertEquals(expected.panel("opp-7").write(ContentFormat.YAML), result.out());
        Path ashby = Cli.PAYLOADS.resolve("ashby").resolve("application-feedback-list.json");
        Path ashbyMapping = Cli.PAYLOADS.resolve("mappings").resolve("ashby-backend-architect.yaml");
        Cli.Result fromAshby = Cli.run("import", "ashby", ashby.toString(), "--mapping", ashbyMapping.toString(),
                "--candidate", "cand-8", "--format", "json");
        assertEquals(0, fromAshby.status(), fromAshby.err());
        ImportReport ashbyExpected = AshbyImporter.of(Cli.kit(), mapping(ashbyMapping)).read(bytes(ashby), ashby.toString(), "cand-8");
        assertEquals(ashbyExpected.panels().values().iterator().next().write(ContentFormat.JSON), fromAshby.out());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void invalidPayload_everyProblemAtItsPlace_exit1_noStackTrace() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.json"), "[{\"id\": \"x\", \"attributes\": 3}]\n");
        Cli.Result result = Cli.run("import", "greenhouse", bad.toString(), "--mapping", GREENHOUSE_MAPPING.toString());
        assertEquals(1, result.status());
        assertEquals(bad + ":1:2: [0].application_id: is required: scorecards are grouped into a panel per application\n"
                + bad + ":1:2: [0].candidate_id: is required\n"
                + bad + ":1:2: [0].interview: is not a stage of the mapping and the mapping has no defaultStage; stages are"
                + " [Application Review, Behavioral Phone Interview]\n"
                + bad + ":1:2: [0].interviewer: is required\n"
                + bad + ":1:9: [0].id: must be a whole number, as the vendor documents it\n"
                + bad + ":1:28: [0].attributes: must be a list (was \"3\")\n", result.err());
        assertEquals("", result.out());
        Path empty = Files.writeString(folder.resolve("empty.json"), "[]\n");
        Cli.Result none = Cli.run("import", "greenhouse", empty.toString(), "--mapping", GREENHOUSE_MAPPING.toString());
        assertEquals(1, none.status());
        assertTrue(none.err().endsWith("interviewkit: " + empty + " holds no scorecard\n"), none.err());
        Path badCsv = Files.writeString(folder.resolve("bad.csv"), "application_id,candidate_id\n1,2\n");
        Cli.Result csv = Cli.run("import", "csv", badCsv.toString(), "--mapping", GREENHOUSE_MAPPING.toString());
        assertEquals(1, csv.status());
        assertTrue(csv.err().startsWith(badCsv + ":1:"), csv.err());
        assertFalse(csv.err().contains("\tat "), csv.err());
    }

    @Test
    void invalidMapping_orOneThatDoesNotFitTheRole_exit1() throws IOException {
        Path typo = Files.writeString(folder.resolve("typo.yaml"), "role: backend-architect\nattribute: {}\n");
        Cli.Result unknownField = Cli.run("import", "greenhouse", GREENHOUSE.toString(), "--mapping", typo.toString());
        assertEquals(1, unknownField.status());
        assertTrue(unknownField.err().startsWith(typo + ":2:12: attribute: is not a known field here"), unknownField.err());
        Path misfit = Files.writeString(folder.resolve("misfit.yaml"), Files.readString(GREENHOUSE_MAPPING)
                .replace("Problem Solver: system-design", "Problem Solver: juggling"));
        Cli.Result doesNotFit = Cli.run("import", "greenhouse", GREENHOUSE.toString(), "--mapping", misfit.toString());
        assertEquals(1, doesNotFit.status());
        assertTrue(doesNotFit.err().startsWith(misfit + ":"), doesNotFit.err());
        assertTrue(doesNotFit.err().contains("juggling"), doesNotFit.err());
        Path otherRole = Files.writeString(folder.resolve("other.yaml"), Files.readString(GREENHOUSE_MAPPING)
                .replace("role: backend-architect", "role: data-engineer"));
        Cli.Result uninstalled = Cli.run("import", "greenhouse", GREENHOUSE.toString(), "--mapping", otherRole.toString());
        assertEquals(1, uninstalled.status());
        assertEquals(otherRole + ":3:7: role: is not an installed kit (installed: backend-architect); name the role's file"
                + " with --role (was \"data-engineer\")\n", uninstalled.err());
    }

    @Test
    void hostileApplicationIds_neverNameAFileOutsideTheFolder() throws IOException {
        Path csv = Files.writeString(folder.resolve("hostile.csv"),
                "application_id,candidate_id,interviewer_id,stage,attribute,rating\n"
                        + "../../escape,c1,i1,Application Review,Problem Solver,yes\n"
                        + ".hidden,c2,i1,Application Review,Problem Solver,yes\n"
                        + "A,c3,i1,Application Review,Problem Solver,yes\n"
                        + "a,c4,i1,Application Review,Problem Solver,yes\n");
        Path out = folder.resolve("out");
        Cli.Result result = Cli.run("import", "csv", csv.toString(), "--mapping", GREENHOUSE_MAPPING.toString(), "-o", out.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals(List.of("A.yaml", "application-1.yaml", "application-2.yaml", "application-4.yaml"), names(out));
        assertEquals(List.of("hostile.csv", "out"), names(folder));
        assertTrue(Files.readString(out.resolve("application-1.yaml")).contains("candidateId: c1\n"));
    }

    @Test
    void usageErrors_exit2() {
        String mappingFile = GREENHOUSE_MAPPING.toString();
        String[][] cases = {
            {"import", "workday", GREENHOUSE.toString(), "--mapping", mappingFile},
            {"import", "greenhouse", GREENHOUSE.toString()},
            {"import", "lever", GREENHOUSE.toString(), "--mapping", mappingFile, "--opportunity", "o"},
            {"import", "lever", GREENHOUSE.toString(), "--mapping", mappingFile, "--candidate", "c"},
            {"import", "greenhouse", GREENHOUSE.toString(), "--mapping", mappingFile, "--candidate", "c"},
            {"import", "ashby", GREENHOUSE.toString(), "--mapping", mappingFile, "--candidate", "c", "--opportunity", "o"},
            {"import", "greenhouse", GREENHOUSE.toString(), "--mapping", mappingFile, "--scorecards"},
            {"import", "greenhouse", GREENHOUSE.toString(), "--mapping", mappingFile, "--format", "csv"},
            {"import", "greenhouse", "gone.json", "--mapping", mappingFile},
            {"import", "greenhouse", GREENHOUSE.toString(), "--mapping", "gone.yaml"},
        };
        String[] messages = {
            "Unknown source 'workday': one of greenhouse, lever, ashby, csv",
            "Missing required option: '--mapping=M'",
            "Missing option '--candidate': lever payloads do not name the candidate their feedback is about",
            "Missing option '--opportunity': lever payloads do not name the opportunity their feedback was listed for",
            "Option '--candidate' applies to lever and ashby only; greenhouse payloads name their candidates",
            "Option '--opportunity' applies to lever only; ashby payloads name their applications",
            "Option '--scorecards' writes into a folder: name one with -o",
            "Invalid value for option '--format': 'csv' is not one of yaml, json",
            "interviewkit: cannot read gone.json: it does not exist",
            "interviewkit: cannot read gone.yaml: it does not exist",
        };
        for (int i = 0; i < cases.length; i++) {
            Cli.Result result = Cli.run(cases[i]);
            assertEquals(2, result.status(), String.join(" ", cases[i]) + "\n" + result.err());
            assertTrue(result.err().startsWith(messages[i]), result.err());
            assertEquals("", result.out());
        }
    }
}
