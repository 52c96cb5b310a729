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
        List<String> command = new ArrayList<>(List.of(java()));
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
    void archive_holdsPicocliAndTheLibrarysClasses() throws Exception {
        // -Xshare:on fails instead of running without the archive; the class-loading log says where
        // each class came from. picocli's class files are Java 5's, which only a static archive holds.
        Run run = run(List.of(java(), "-XX:SharedArchiveFile=" + archive(), "-Xshare:on", "-Xlog:class+load=info",
                "-jar", jar().toString(), "validate", "--quiet", Cli.KIT.toString()), Map.of());
        assertEquals(0, run.status(), run.out() + run.err());
        for (String type : new String[] {"picocli.CommandLine ", "io.github.interviewkit.cli.ValidateCommand ",
                "io.github.interviewkit.model.io.DocumentCodec ", "org.hibernate.validator.HibernateValidator "}) {
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
