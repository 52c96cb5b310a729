package io.github.interviewkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The top command. Every subcommand is listed here, one class each; {@code render} (printable kits,
 * guides, scorecard forms and reports) and {@code import} (Greenhouse, Lever, Ashby, CSV) join this
 * list as their capabilities land in the library.
 */
@Command(name = "interviewkit",
        header = "Structured hiring from a terminal: check, plan, score and analyse interview kits and panels.",
        subcommands = {
            ValidateCommand.class,
            SchemaCommand.class,
            PlanCommand.class,
            ScoreCommand.class,
            AnalyseCommand.class,
            AutoComplete.GenerateCompletion.class,
        },
        footer = {"", "Exit status: 0 success, 1 invalid content, 2 usage error or unreadable file, 3 internal error."})
final class InterviewKitCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command");
    }
}
