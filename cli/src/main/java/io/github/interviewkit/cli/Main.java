package io.github.interviewkit.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The entry point of the {@code interviewkit} command.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * StringWriter err = new StringWriter();
 * int status = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "kit.yaml");
 * }</pre>
 *
 * <p>Only {@link #main} exits the JVM; {@link #run} returns the status and leaves the JVM running.
 */
public final class Main {
    private Main() {}

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * @param args the arguments, e.g. {@code validate kit.yaml}
     * @throws NullPointerException if {@code args} is {@code null}
     */
    public static void main(String... args) {
        Objects.requireNonNull(args, "args");
        Warmup.startFor(args);
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        int status = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command line.
     *
     * @param out where the command's output goes
     * @param err where messages about problems go
     * @param args the arguments, e.g. {@code validate kit.yaml}
     * @return the exit status: 0 success, 1 invalid content, 2 usage error or unreadable file,
     *     3 internal error
     * @throws NullPointerException if an argument is {@code null}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        for (int i = 0; i < args.length; i++) {
            Objects.requireNonNull(args[i], "args");
        }
        int status = commandLine(out, err, CommandLine.defaultFactory(), args).execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The configured command line with every subcommand: streams, exit codes, failures. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CommandLine.defaultFactory());
    }

    /** The configured command line with every subcommand, made by a factory (tests give their own). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        return commandLine(out, err, factory, new String[0]);
    }

    /**
     * The configured command line for given arguments: only the subcommand the first argument names
     * (picocli's reflection over the others is most of its start-up), or every subcommand.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory, String... args) {
        Failures failures = new Failures();
        // Streams and handlers are set after the subcommands are added, so that they apply to them.
        return InterviewKitCommand.addSubcommands(new CommandLine(new InterviewKitCommand(), factory), args)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(failures)
                .setExitCodeExceptionMapper(failures);
    }
}
