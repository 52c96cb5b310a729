package io.github.interviewkit.cli;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.io.ContentFormat;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads a document file the one way every command does, turning the library's failures into the command's. */
final class Documents {
    private Documents() {}

    /**
     * Reads a file with a library reader.
     *
     * @return the valid value
     * @throws CommandFailure ({@link Exit#USAGE}) if the file's name says neither JSON nor YAML
     * @throws Failures.InvalidDocument if the document is invalid, with every problem
     * @throws io.github.interviewkit.model.io.UnreadableContentException if the file cannot be read
     */
    static <T> T read(Path file, Function<Path, T> reader) {
        checkFormat(file);
        try {
            return reader.apply(file);
        } catch (ContentException e) {
            throw new Failures.InvalidDocument(file.toString(), e);
        }
    }

    /** @throws CommandFailure ({@link Exit#USAGE}) if the file's name says neither JSON nor YAML */
    static ContentFormat checkFormat(Path file) {
        try {
            return ContentFormat.forPath(file);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(Exit.USAGE, "cannot read " + file + ": name a JSON file .json, a YAML file .yaml or .yml");
        }
    }
}
