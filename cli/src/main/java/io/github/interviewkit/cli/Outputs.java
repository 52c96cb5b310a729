package io.github.interviewkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a command that writes documents puts them: standard output, or {@code -o OUT}. One document
 * goes to standard output, or to OUT (a file; or, when OUT is an existing folder, into it under its
 * name). Several documents need a folder: OUT is created if it does not exist and each document is
 * written into it under its name. Files are written as UTF-8 and replaced when they exist.
 *
 * <p>A name comes from an id in the input (an interview's id, a candidate's, an application's), and
 * an input is not trusted: {@link #fileName} keeps a name only when it is a plain file name.
 */
final class Outputs {
    /** A plain file name: letters, digits, dots, hyphens and underscores, not starting with a dot. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Outputs() {}

    /**
     * A file name for a document named by an id from the input.
     *
     * @param id the id, e.g. {@code technical-1} or an application's id
     * @param fallback the name when the id is not a plain file name, e.g. {@code application-3}
     * @return the id when it is a plain file name (at most 100 letters, digits, {@code .-_}, not
     *     starting with a dot), else the fallback
     */
    static String fileName(String id, String fallback) {
        return PLAIN.matcher(id).matches() ? id : fallback;
    }

    /**
     * Writes the documents.
     *
     * @param documents each document's text by its file name (with its extension), in order
     * @param to {@code -o OUT}, or {@code null} for standard output
     * @param out standard output
     * @param several what the documents are, for the message when there are several and no folder,
     *     e.g. {@code "the loop has 4 interviews"}
     * @param pickOne how to choose one instead, e.g. {@code "or one interview with --interview ID"}
     * @throws CommandFailure ({@link Exit#USAGE}) if there are several documents and no {@code -o},
     *     or a file cannot be written
     */
    static void write(Map<String, String> documents, @Nullable Path to, PrintWriter out, String several, String pickOne) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to write");
        }
        if (documents.size() == 1 && (to == null || !Files.isDirectory(to))) {
            String text = documents.values().iterator().next();
            if (to == null) {
                out.print(text);
            } else {
                write(to, text);
            }
            return;
        }
        if (to == null) {
            throw new CommandFailure(Exit.USAGE, several + ": name a folder to write them into with -o" + pickOne);
        }
        if (Files.exists(to) && !Files.isDirectory(to)) {
            throw new CommandFailure(Exit.USAGE, "cannot write into " + to + ": it is a file, and " + several
                    + "; name a folder with -o");
        }
        writeInto(to, documents);
    }

    /**
     * Writes documents into a folder, created if it does not exist.
     *
     * @param folder the folder
     * @param documents each document's text by its file name (with its extension)
     * @throws CommandFailure ({@link Exit#USAGE}) if the folder is a file, or a file cannot be written
     */
    static void writeInto(Path folder, Map<String, String> documents) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandFailure(Exit.USAGE, "cannot write into " + folder + ": it is a file; name a folder with -o");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CommandFailure(Exit.USAGE, "cannot create the folder " + folder + ": " + e.getMessage());
        }
        for (Map.Entry<String, String> document : distinct(documents).entrySet()) {
            write(folder.resolve(document.getKey()), document.getValue());
        }
    }

    /**
     * Replaces control and formatting characters (line ends, escapes, bidirectional controls) by
     * U+FFFD, so that a value from an input printed on a terminal cannot forge lines or colours.
     *
     * @param text a value from an input
     * @return the text, safe to print on one line
     */
    static String oneLine(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            safe.appendCodePoint(type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR ? 0xFFFD : c);
        });
        return safe.toString();
    }

    /**
     * Checks that no two names are the same file on a file system that ignores case.
     *
     * @throws IllegalStateException if two are; the callers' names are unique by construction
     */
    private static Map<String, String> distinct(Map<String, String> documents) {
        Set<String> seen = new HashSet<>();
        for (String name : documents.keySet()) {
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("two documents are named " + name);
            }
        }
        return new LinkedHashMap<>(documents);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(Exit.USAGE, "cannot write " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist" : e.getMessage()));
        }
    }
}
