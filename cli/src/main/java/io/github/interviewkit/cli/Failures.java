package io.github.interviewkit.cli;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * What a command's failure prints and the status it ends with. Domain failures are mapped to their
 * status and printed as the library words them; anything else is a bug, printed as one line that
 * asks for a report. Never a stack trace.
 */
final class Failures implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
    /** Where a bug is reported. */
    static final String REPORT_AT = "https://github.com/interviewkit/interviewkit/issues";

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (failure instanceof InvalidDocument invalid) {
            Problems.print(invalid.file(), invalid.problems(), err);
        } else if (failure instanceof InvalidDocuments invalid) {
            invalid.documents().forEach(document -> Problems.print(document.file(), document.problems(), err));
        } else if (isDomain(failure)) {
            err.println("interviewkit: " + failure.getMessage());
        } else {
            err.println("interviewkit: internal error (" + failure.getClass().getName()
                    + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()))
                    + "); this is a bug, please report it with the command you ran at " + REPORT_AT);
        }
        err.flush();
        return getExitCode(failure);
    }

    @Override
    public int getExitCode(Throwable failure) {
        if (failure instanceof picocli.CommandLine.ParameterException) {
            return Exit.USAGE;
        }
        if (failure instanceof CommandFailure known) {
            return known.status();
        }
        if (failure instanceof UnreadableContentException) {
            return Exit.USAGE;
        }
        if (failure instanceof InvalidDocument || failure instanceof InvalidDocuments
                || failure instanceof InterviewKitException) {
            return Exit.INVALID;
        }
        return Exit.INTERNAL;
    }

    private static boolean isDomain(Throwable failure) {
        return failure instanceof CommandFailure || failure instanceof InterviewKitException;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** A document that was read and is invalid, with the file it came from. */
    static final class InvalidDocument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The file, as the user named it. */
        private final String file;
        /** Every problem of the document. */
        private final ContentException problems;

        InvalidDocument(String file, ContentException problems) {
            super(problems.getMessage(), problems, false, false);
            this.file = file;
            this.problems = problems;
        }

        /** @return the file, as the user named it */
        String file() {
            return file;
        }

        /** @return every problem of the document */
        ContentException problems() {
            return problems;
        }
    }

    /** Several documents that were read and are invalid, each with every problem. */
    static final class InvalidDocuments extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The documents, in the order read. */
        private final transient java.util.List<InvalidDocument> documents;

        InvalidDocuments(java.util.List<InvalidDocument> documents) {
            super(documents.size() + " invalid documents", null, false, false);
            this.documents = java.util.List.copyOf(documents);
        }

        /** @return the documents, in the order read */
        java.util.List<InvalidDocument> documents() {
            return documents;
        }
    }
}
