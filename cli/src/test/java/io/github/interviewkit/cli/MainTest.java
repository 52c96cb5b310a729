package io.github.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void version_namesTheBuildsVersionAndTheJava() {
        Cli.Result result = Cli.run("--version");
        assertEquals(0, result.status());
        assertEquals("interviewkit " + VersionProvider.version() + "\nJava " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")\n", result.out());
        assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+.*"), VersionProvider.version());
    }

    @Test
    void help_listsEveryCommand() {
        Cli.Result result = Cli.run("--help");
        assertEquals(0, result.status());
        for (String command : new String[] {"validate", "schema", "render", "plan", "score", "import", "analyse",
            "generate-completion"}) {
            assertTrue(result.out().matches("(?s).*\n  " + command + "[ ,].*"), command + " in\n" + result.out());
        }
    }

    /** Main.run builds only the subcommand it runs: it must answer exactly as the whole tree does. */
    @Test
    void run_withOnlyTheNamedSubcommand_answersAsTheWholeTree() {
        String[][] commandLines = {
            {"validate", Cli.KIT.toString()}, {"validate", "--bogus"}, {"validate"}, {"schema", "panel"},
            {"render", "--help"}, {"score", "-V"}, {"--help"}, {}, {"valdate", Cli.KIT.toString()},
            {"generate-completion"}, {"import", "nowhere", "x.json"}, {"analyze", "--help"},
        };
        for (String[] args : commandLines) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            Cli.Result whole = Cli.run(args);
            assertEquals(whole, new Cli.Result(status, out.toString(), err.toString()), String.join(" ", args));
        }
        CommandLine one = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                CommandLine.defaultFactory(), "schema", "role");
        assertEquals(java.util.Set.of("schema"), one.getSubcommands().keySet());
        CommandLine all = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                CommandLine.defaultFactory(), "--help");
        assertEquals(java.util.Set.of("validate", "schema", "render", "plan", "score", "import", "analyse", "analyze",
                "generate-completion"), all.getSubcommands().keySet());
    }

    @Test
    void everyCommand_hasHelpAndVersion() {
        for (String command : new String[] {"validate", "schema", "render", "plan", "score", "import", "analyse"}) {
            Cli.Result help = Cli.run(command, "--help");
            assertEquals(0, help.status(), command);
            assertTrue(help.out().startsWith("Usage: interviewkit " + command), help.out());
            assertTrue(help.out().contains("Exit status:"), command);
            assertEquals(Cli.run("--version").out(), Cli.run(command, "-V").out(), command);
        }
    }

    @Test
    void noCommand_isAUsageError() {
        Cli.Result result = Cli.run();
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Missing a command\n"), result.err());
        assertTrue(result.err().contains("\nUsage: interviewkit [-hV] [COMMAND]\n"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void unknownCommandOrOption_isAUsageErrorWithTheUsage() {
        Cli.Result command = Cli.run("frobnicate");
        assertEquals(2, command.status());
        assertTrue(command.err().startsWith("Unmatched argument at index 0: 'frobnicate'"), command.err());
        Cli.Result option = Cli.run("validate", "--bogus", "x.yaml");
        assertEquals(2, option.status());
        assertTrue(option.err().startsWith("Unknown option: '--bogus'"), option.err());
        assertTrue(option.err().contains("Usage: interviewkit validate"), option.err());
    }

    @Test
    void completion_isABashAndZshScript() {
        Cli.Result result = Cli.run("generate-completion");
        assertEquals(0, result.status());
        assertTrue(result.out().contains("complete -F _complete_interviewkit"), result.out());
        assertTrue(result.out().contains("validate schema render plan score import analyse"), result.out());
    }

    @Test
    void internalError_isOneLineAskingForAReport_exit3() {
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        Failures failures = new Failures();
        int status = failures.handleExecutionException(new IllegalStateException("broken\nsecond line"), command, null);
        assertEquals(3, status);
        assertEquals("interviewkit: internal error (java.lang.IllegalStateException: broken); this is a bug, please"
                + " report it with the command you ran at " + Failures.REPORT_AT + "\n", err.toString());
        failures.handleExecutionException(new NullPointerException(), command, null);
        assertTrue(err.toString().endsWith("(java.lang.NullPointerException); this is a bug, please report it with the"
                + " command you ran at " + Failures.REPORT_AT + "\n"), err.toString());
    }

    @Test
    void domainErrors_mapToTheirStatus() {
        Failures failures = new Failures();
        assertEquals(2, failures.getExitCode(new io.github.interviewkit.model.io.UnreadableContentException("f", "is gone")));
        assertEquals(1, failures.getExitCode(new io.github.interviewkit.scoring.ScoringException("no strategy")));
        assertEquals(2, failures.getExitCode(new CommandFailure(Exit.USAGE, "no such kit")));
        assertEquals(3, failures.getExitCode(new IllegalArgumentException()));
    }

    @Test
    void run_returnsTheStatusAndFlushes() {
        StringWriter out = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--version");
        assertEquals(0, status);
        assertTrue(out.toString().startsWith("interviewkit "), out.toString());
    }

    @Test
    void run_rejectsNullArguments() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertEquals("out", assertThrows(NullPointerException.class, () -> Main.run(null, sink)).getMessage());
        assertEquals("err", assertThrows(NullPointerException.class, () -> Main.run(sink, null)).getMessage());
        assertEquals("args", assertThrows(NullPointerException.class, () -> Main.run(sink, sink, (String[]) null)).getMessage());
        assertEquals("args", assertThrows(NullPointerException.class, () -> Main.run(sink, sink, "validate", null)).getMessage());
    }
}
