package io.github.interviewkit.model.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The text formats content is read and written in. */
public enum ContentFormat {
    /** JSON (RFC 8259), files ending in {@code .json}. */
    JSON,
    /** YAML 1.1 as read by SnakeYAML, files ending in {@code .yaml} or {@code .yml}. */
    YAML;

    /**
     * Chooses the format from a file name's extension, ignoring case.
     *
     * @param fileName a file name such as {@code backend-architect.yaml}
     * @return {@link #JSON} for {@code .json}, {@link #YAML} for {@code .yaml} and {@code .yml}
     * @throws NullPointerException if {@code fileName} is {@code null}
     * @throws IllegalArgumentException if it has another extension
     */
    public static ContentFormat forFileName(String fileName) {
        String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        throw new IllegalArgumentException("cannot tell the content format of '" + fileName
                + "': use a name ending in .json, .yaml or .yml, or name the format");
    }

    /**
     * Chooses the format from a file's extension, ignoring case.
     *
     * @param file a file
     * @return the format its name says
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if it names no file or its extension is not one
     *     of {@code .json}, {@code .yaml}, {@code .yml}
     */
    public static ContentFormat forPath(Path file) {
        if (Objects.requireNonNull(file, "file").getFileName() == null) {
            throw new IllegalArgumentException("file must name a file, was " + file);
        }
        return forFileName(file.getFileName().toString());
    }
}
