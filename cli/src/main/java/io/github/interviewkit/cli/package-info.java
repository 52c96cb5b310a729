/**
 * The {@code interviewkit} command. {@link io.github.interviewkit.cli.Main} is the entry point: its
 * {@code main} runs a command line and exits with its status, and
 * {@link io.github.interviewkit.cli.Main#run(java.io.PrintWriter, java.io.PrintWriter, String...)}
 * runs one and returns the status, for tests and for programs that embed the command line.
 *
 * <p>Exit statuses: 0 success; 1 a document is invalid or the library refused the input; 2 a usage
 * error (an unknown option, a missing argument) or a file that cannot be read; 3 an internal error,
 * printed as one line with a request to report it. No stack trace is ever printed.
 *
 * <p>Everything else in this package is package-private: one class per subcommand, over a base
 * class ({@code render} and {@code import} each with a second class that does their work, so that
 * the render and interop modules are loaded only when those commands run), and the registry of
 * document kinds ({@code DocumentTypes}) that {@code validate} and {@code schema} share, where a
 * new kind is one registration.
 */
@NullMarked
package io.github.interviewkit.cli;

import org.jspecify.annotations.NullMarked;
