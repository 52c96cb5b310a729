package io.github.interviewkit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values that picocli's types do not express. */
final class Formats {
    private Formats() {}

    /**
     * Parses a {@code --format} value among those a command writes.
     *
     * @throws ParameterException if it is not one of them
     */
    static OutputFormat parse(CommandSpec spec, String value, OutputFormat... accepted) {
        for (OutputFormat format : accepted) {
            if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
                return format;
            }
        }
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + value + "' is not one of "
                + Arrays.stream(accepted).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /**
     * Checks that a number is at least 1.
     *
     * @throws ParameterException if it is not
     */
    static int positive(CommandSpec spec, String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + value
                    + " is not a positive number");
        }
        return value;
    }
}
