package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar as a separate process, as a user runs it: {@code java -jar interviewkit.jar},
 * with and without the class-data-sharing archive beside it. The jar's path comes from the build
 * ({@code interviewkit.jar}).
 */
class EndToEndIT {
    @TempDir
    Path folder;

    /** What one process printed and returned. */
    private record Run(int status, String out, String err) {}

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        return Path.of(System.getProperty("interviewkit.jar", "target/interviewkit.jar"));
    }

    private static Path archive() {
        return Path.of(System.getProperty("interviewkit.archive", "target/interviewkit.jsa"));
    }

    private static Run run(boolean archive, String... args) throws IOException, InterruptedException {
        return run(archive, List.of(), args);
    }

    private static Run run(boolean archive, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        if (archive) {
            command.add("-XX:SharedArchiveFile=" + archive());
            command.add("-Xshare:auto");
        }
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = Files.createTempFile("interviewkit", ".out");
        Path err = Files.createTempFile("interviewkit", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not end within a minute");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void goodFile_exit0() throws Exception {
        for (boolean archive : new boolean[] {false, true}) {
            Run run = run(archive, "validate", Cli.KIT.toString());
            assertEquals(0, run.status(), run.err());
            assertEquals(Cli.KIT + ": valid role kit\n", run.out());
            assertEquals("", run.err(), "nothing but the command's own output, no log line");
        }
    }

    @Test
    void brokenFile_exit1_problemsAtTheirLines_noStackTrace() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.yaml"), "id: Bad Id\ntitle: T\nsummary: s\nfoo: 1\n");
        Run run = run(true, "validate", broken.toString());
        assertEquals(1, run.status());
        assertTrue(run.out().contains(broken + ":1:5: id: must be a slug"), run.out());
        assertTrue(run.out().contains(broken + ":4:6: foo: is not a known field here"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void usageErrorAndMissingFile_exit2_noStackTrace() throws Exception {
        Run usage = run(false, "validate");
        assertEquals(2, usage.status());
        assertTrue(usage.err().startsWith("Missing required parameter: 'FILE'"), usage.err());
        Run missing = run(false, "validate", folder.resolve("gone.yaml").toString());
        assertEquals(2, missing.status());
        assertEquals("interviewkit: cannot read " + folder.resolve("gone.yaml") + ": it does not exist\n", missing.err());
        assertTrue(!usage.err().contains("\tat ") && !missing.err().contains("\tat "));
    }

    @Test
    void validate_loadsNoClassOfTheRenderOrImportCommands() throws Exception {
        Run run = run(false, List.of("-Xlog:class+load=info"), "validate", Cli.KIT.toString());
        assertEquals(0, run.status(), run.err());
        List<String> loaded = run.out().lines().filter(line -> line.contains("io.github.interviewkit.render.")
                || line.contains("io.github.interviewkit.interop.") || line.contains("gg.jte.")
                || line.contains("io.github.interviewkit.cli.Rendering ") || line.contains("io.github.interviewkit.cli.Importing "))
                .toList();
        assertEquals(List.of(), loaded);
        assertTrue(run.out().contains("io.github.interviewkit.cli.ValidateCommand "), "the class-loading log was not printed");
    }

    @Test
    void renderAndImport_fromTheJar() throws Exception {
        Run kit = run(true, "render", "kit", "backend-architect", "--format", "md");
        assertEquals(0, kit.status(), kit.err());
        assertTrue(kit.out().startsWith("# Interview kit: Backend Architect\n"), kit.out());
        Path greenhouse = Cli.EXAMPLES.resolve("greenhouse");
        Path out = folder.resolve("imported");
        Run imported = run(true, "import", "greenhouse", greenhouse.resolve("scorecards-list.json").toString(), "--mapping",
                greenhouse.resolve("greenhouse-backend-architect.yaml").toString(), "-o", out.toString());
        assertEquals(0, imported.status(), imported.err());
        Run scored = run(true, "score", "backend-architect", out.resolve("3456.yaml").toString());
        assertEquals(0, scored.status(), scored.err());
        assertTrue(scored.out().startsWith("Recommendation for candidate 1234 (role backend-architect"), scored.out());
    }

    /**
     * Runs every {@code interviewkit} line of the README's section "From a terminal" with the built
     * jar, one after the other in one folder (later lines read what earlier ones wrote), except
     * those marked {@code # your export}, whose files the repository does not hold.
     */
    @Test
    void readmeCommands_eachSucceeds() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## From a terminal"));
        section = section.substring(section.indexOf("```sh\n") + 6);
        section = section.substring(0, section.indexOf("```"));
        List<String> lines = section.lines().filter(line -> line.startsWith("interviewkit "))
                .filter(line -> !line.contains("# your export")).toList();
        assertTrue(lines.size() >= 20, "the README's commands were not found: " + lines);
        Path root = Path.of("..").toAbsolutePath().normalize();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("interviewkit.jar", "target/interviewkit.jar")).toAbsolutePath().toString();
        for (String line : lines) {
            String script = "KIT='" + root.resolve(Cli.KIT.subpath(1, Cli.KIT.getNameCount())) + "'\n"
                    + "EX='" + root.resolve(Cli.EXAMPLES.subpath(1, Cli.EXAMPLES.getNameCount())) + "'\n"
                    + "interviewkit() { '" + java + "' -jar '" + jar + "' \"$@\"; }\n" + line + "\n";
            Path out = Files.createTempFile("readme", ".out");
            Path err = Files.createTempFile("readme", ".err");
            Process process = new ProcessBuilder("sh", "-c", script).directory(folder.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), line);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), line + "\n" + errors);
            assertTrue(!errors.contains("\tat "), line + "\n" + errors);
        }
        assertTrue(Files.isRegularFile(folder.resolve("guides").resolve("technical-1-guide.html")));
        assertTrue(Files.isRegularFile(folder.resolve("imported").resolve("3456.yaml")));
    }

    @Test
    void archive_holdsPicocliAndTheLibrarysClasses() throws Exception {
        // -Xshare:on fails instead of running without the archive; the class-loading log says where
        // each class came from. picocli's class files are Java 5's, which only a static archive holds.
        Run run = run(List.of(java(), "-XX:SharedArchiveFile=" + archive(), "-Xshare:on", "-Xlog:class+load=info",
                "-jar", jar().toString(), "validate", "--quiet", Cli.KIT.toString()), Map.of());
        assertEquals(0, run.status(), run.out() + run.err());
        for (String type : new String[] {"picocli.CommandLine ", "io.github.interviewkit.cli.ValidateCommand ",
                "io.github.interviewkit.model.io.DocumentCodec ", "com.fasterxml.jackson.dataformat.yaml.YAMLParser "}) {
            assertTrue(run.out().contains("] " + type + "source: shared objects file"), type + " from the archive");
        }
    }

    @Test
    void launcher_usesTheArchive_andRunsQuietlyWithoutAUsableOne() throws Exception {
        Path launcher = jar().resolveSibling("interviewkit");
        Map<String, String> java = Map.of("JAVA", java());
        Run beside = run(List.of("sh", launcher.toString(), "validate", Cli.KIT.toString()), java);
        assertEquals(new Run(0, Cli.KIT + ": valid role kit\n", ""), beside);
        // Another copy of the jar, with an archive that no JVM can map: the same output, no CDS message.
        Files.copy(launcher, folder.resolve("interviewkit"));
        Files.copy(jar(), folder.resolve("interviewkit.jar"));
        Files.writeString(folder.resolve("interviewkit.jsa"), "not an archive");
        Run broken = run(List.of("sh", folder.resolve("interviewkit").toString(), "validate", Cli.KIT.toString()), java);
        assertEquals(beside, broken);
    }
}
