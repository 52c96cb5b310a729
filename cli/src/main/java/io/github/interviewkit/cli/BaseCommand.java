package io.github.interviewkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --help} and {@code --version}, and the streams it prints to
 * (those its command line was given, never {@code System.out}).
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        usageHelpAutoWidth = true)
abstract class BaseCommand implements Callable<Integer> {
    /** Set by picocli before {@link #call()}; the placeholder keeps the field non-null until then. */
    @Spec
    CommandSpec spec = CommandSpec.create();

    /** @return where the command's output goes */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return where messages about problems go */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
