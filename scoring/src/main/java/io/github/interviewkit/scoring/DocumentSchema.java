package io.github.interviewkit.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the scoring module's documents, shipped in its jar at
 * {@link #resource()}, e.g. {@code /io/github/interviewkit/scoring/schemas/1/panel.schema.json},
 * each with a stable {@link #id() $id} such as
 * {@code https://interviewkit.github.io/schemas/1/panel.schema.json}. Point an editor at one (in
 * YAML: {@code # yaml-language-server: $schema=<the $id or a copy of the file>}) to complete and
 * check documents while they are written; a validator can map the {@code $id} prefix
 * {@code https://interviewkit.github.io/schemas/1/} to {@code classpath:io/github/interviewkit/scoring/schemas/1/}
 * so that nothing is fetched.
 *
 * <p>A schema restates the readers' rules as far as a schema can; the readers stay the authority.
 * What a schema cannot express (cross-references, a role supplied by the caller) is listed in its
 * {@code description}.
 */
public enum DocumentSchema {
    /** A {@link Scorecard}, as {@link Scorecard#write} writes it. */
    SCORECARD("scorecard"),
    /** A {@link Panel}, as {@link Panel#write} writes it; its scorecards refer to {@link #SCORECARD}. */
    PANEL("panel"),
    /** A {@link Report}, as {@link Report#write} writes it. */
    REPORT("report"),
    /** A {@link ScoringPolicy}, as {@link ScoringPolicy#write} writes it. */
    POLICY("policy");

    /** The prefix of every {@link #id()}. */
    public static final String ID_PREFIX = "https://interviewkit.github.io/schemas/1/";

    private final String kind;

    DocumentSchema(String kind) {
        this.kind = kind;
    }

    /** @return the schema's {@code $id}, e.g. {@code https://interviewkit.github.io/schemas/1/panel.schema.json} */
    public String id() {
        return ID_PREFIX + kind + ".schema.json";
    }

    /** @return where the schema is in the jar, e.g. {@code /io/github/interviewkit/scoring/schemas/1/panel.schema.json} */
    public String resource() {
        return "/io/github/interviewkit/scoring/schemas/1/" + kind + ".schema.json";
    }

    /**
     * Returns the schema's text.
     *
     * @return the JSON Schema document
     * @throws UncheckedIOException if the jar cannot be read
     */
    public String text() {
        try (InputStream in = DocumentSchema.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the jar holds no " + resource()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
