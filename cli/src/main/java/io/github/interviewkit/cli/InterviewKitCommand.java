package io.github.interviewkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The top command. Every subcommand is listed in {@link #SUBCOMMANDS}, one class each, in the
 * order of the help.
 *
 * <p>picocli reads a command's annotations by reflection when the command is added, which is most
 * of its start-up; a command line whose first argument names a subcommand gets only that one
 * ({@link #addSubcommands}), every other (no argument, {@code --help}, {@code --version}, a
 * mistyped name, {@code generate-completion}) gets them all, so that help, suggestions and
 * completion see the whole tree.
 */
@Command(name = "interviewkit",
        header = "Structured hiring from a terminal: check, render, plan, score, import and analyse interview kits and panels.",
        footer = {"", "Exit status: 0 success, 1 invalid content, 2 usage error or unreadable file, 3 internal error."})
final class InterviewKitCommand extends BaseCommand {
    /** Each subcommand's class by its name, in the order of the help. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("validate", ValidateCommand.class);
        byName.put("schema", SchemaCommand.class);
        byName.put("render", RenderCommand.class);
        byName.put("plan", PlanCommand.class);
        byName.put("score", ScoreCommand.class);
        byName.put("import", ImportCommand.class);
        byName.put("analyse", AnalyseCommand.class);
        byName.put("generate-completion", AutoComplete.GenerateCompletion.class);
        return java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * Adds the subcommands a command line needs: the one its first argument names, or all.
     *
     * @param commandLine the top command's command line
     * @param args the arguments it will execute
     * @return the command line
     */
    static CommandLine addSubcommands(CommandLine commandLine, String... args) {
        // The completion script describes the whole tree, so it needs every command.
        Class<?> named = args.length == 0 || "generate-completion".equals(args[0]) ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            return commandLine.addSubcommand(args[0], named);
        }
        SUBCOMMANDS.forEach(commandLine::addSubcommand);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command");
    }
}
