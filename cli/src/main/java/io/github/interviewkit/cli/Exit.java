package io.github.interviewkit.cli;

/** The exit statuses of every command. */
final class Exit {
    /** Everything was valid, or the command did what it was asked. */
    static final int OK = 0;
    /** A document is invalid, or the library refused the input (a policy that does not fit, ...). */
    static final int INVALID = 1;
    /** A usage error or a file that cannot be read: picocli's {@code ExitCode.USAGE}. */
    static final int USAGE = 2;
    /** An internal error: a bug, to be reported. */
    static final int INTERNAL = 3;

    private Exit() {}
}
