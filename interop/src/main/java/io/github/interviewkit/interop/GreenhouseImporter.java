package io.github.interviewkit.interop;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.DocumentCodec;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Imports Greenhouse Harvest scorecards: the payload of {@code GET /v1/scorecards} and
 * {@code GET /v1/applications/{id}/scorecards} (a list) or {@code GET /v1/scorecards/{id}} (one
 * object), as Greenhouse's public documentation shows them, into a panel per application.
 *
 * <p>Kept, and where: {@code id} as the scorecard id, {@code application_id} and
 * {@code candidate_id} as the application (one panel each) and the candidate, {@code interviewer.id}
 * as the interviewer, {@code submitted_by.id} as the submitter, {@code submitted_at} as the
 * submission time, {@code interview} as the stage (through the mapping),
 * {@code overall_recommendation} as the vote, each attribute's {@code rating} as the rating of its
 * criterion and its {@code note} as the criterion's note, the questions named by the mapping as the
 * shared or private notes, and in the metadata: the other questions' answers
 * ({@code answer: <question>}) and ids ({@code questionId: <question>}), the users' names and
 * employee ids, {@code created_at}, {@code updated_at}, {@code interviewed_at},
 * {@code interview_step} and each attribute's {@code type}. Dropped: the {@code ratings} object,
 * which restates the attributes' ratings by label; it is checked to agree with them instead.
 * Fields the documentation does not show are ignored.
 *
 * <p>An importer is immutable and safe to share between threads.
 */
public final class GreenhouseImporter {
    private final DocumentCodec<ImportReport> codec;

    private GreenhouseImporter(DocumentCodec<ImportReport> codec) {
        this.codec = codec;
    }

    /**
     * Returns an importer onto a role, with the default limits.
     *
     * @param role the role whose rubric the scorecards rate
     * @param mapping how Greenhouse's attributes, labels and stages map onto the role
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static GreenhouseImporter of(Role role, ImportMapping mapping) {
        return of(role, mapping, ContentLimits.defaults());
    }

    /**
     * Returns an importer onto a role, with limits on each payload.
     *
     * @param role the role whose rubric the scorecards rate
     * @param mapping how Greenhouse's attributes, labels and stages map onto the role
     * @param limits bounds on size, nesting, string length and list size of each payload
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static GreenhouseImporter of(Role role, ImportMapping mapping, ContentLimits limits) {
        return new GreenhouseImporter(Importers.codec(new GreenhousePayload(Importers.assembler(role, mapping)), limits));
    }

    /**
     * Imports a payload.
     *
     * @param payload the JSON, UTF-8 encoded
     * @param source how to name the payload in reports, e.g. a file name or URL
     * @return the panels and what the import did
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every problem, each at its place in the payload
     */
    public ImportReport read(byte[] payload, String source) {
        return codec.read(Objects.requireNonNull(payload, "payload"), ContentFormat.JSON, Objects.requireNonNull(source, "source"));
    }

    /**
     * Imports a payload from a file.
     *
     * @param file a {@code .json} file
     * @return the panels and what the import did
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if the file's name does not end in {@code .json}
     * @throws io.github.interviewkit.model.io.UnreadableContentException if the file cannot be read
     * @throws ImportException listing every problem, each at its place in the payload
     */
    public ImportReport read(Path file) {
        return codec.read(Objects.requireNonNull(file, "file"));
    }
}
