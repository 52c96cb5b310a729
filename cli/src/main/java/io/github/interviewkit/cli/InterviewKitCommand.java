package io.github.interviewkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The top command. Every subcommand is listed here, one class each.
 */
@Command(name = "interviewkit",
        header = "Structured hiring from a terminal: check, render, plan, score, import and analyse interview kits and panels.",
        subcommands = {
            ValidateCommand.class,
            SchemaCommand.class,
            RenderCommand.class,
            PlanCommand.class,
            ScoreCommand.class,
            ImportCommand.class,
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
