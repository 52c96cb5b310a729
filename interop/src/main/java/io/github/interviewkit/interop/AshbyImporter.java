package io.github.interviewkit.interop;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import java.util.Objects;

/**
 * Imports Ashby application feedback: the payload of {@code POST /applicationFeedback.list} as
 * Ashby's API reference shows it. Ashby lists feedback per application and does not name the
 * candidate in it, so the caller gives the candidate; Ashby's feedback names no stage either: the
 * mapping's {@code stages} are keyed by the feedback's {@code interviewId}, and its
 * {@code defaultStage} covers the rest.
 *
 * <p>Kept, and where: {@code id} as the scorecard id, {@code applicationId} as the application,
 * {@code interviewId} as the interview id (and stage key), {@code submittedByUser.id} as the
 * interviewer and submitter, {@code submittedAt} as the submission time, each {@code Score} field's
 * value ({@code "4"} in the list example, {@code {score: 4}} in {@code applicationFeedback.submit}:
 * both accepted) as the rating of the criterion its path maps to, the field named in the mapping's
 * {@code recommendationFields} as the vote, every other value (text, {@code {type: "PlainText",
 * value}} rich text, selections) as notes, private notes, a criterion's note or metadata
 * ({@code answer: <path>}) as the mapping says; in the metadata also {@code interviewEventId},
 * {@code feedbackFormDefinitionId}, {@code applicationHistoryId}, the user's names and email and
 * each answered field's title. Dropped: the form definition's sections, required flags and
 * selectable values, which describe the form, not the candidate. Fields the documentation does not
 * show are ignored; a submitted value whose path the form definition lacks is a problem.
 *
 * <p>An importer is immutable and safe to share between threads.
 */
public final class AshbyImporter {
    private final Assembler assembler;
    private final ImportMapping mapping;
    private final ContentLimits limits;

    private AshbyImporter(Assembler assembler, ImportMapping mapping, ContentLimits limits) {
        this.assembler = assembler;
        this.mapping = mapping;
        this.limits = limits;
    }

    /**
     * Returns an importer onto a role, with the default limits.
     *
     * @param role the role whose rubric the feedback rates
     * @param mapping how Ashby's fields, scores and interviews map onto the role
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static AshbyImporter of(Role role, ImportMapping mapping) {
        return of(role, mapping, ContentLimits.defaults());
    }

    /**
     * Returns an importer onto a role, with limits on each payload.
     *
     * @param role the role whose rubric the feedback rates
     * @param mapping how Ashby's fields, scores and interviews map onto the role
     * @param limits bounds on size, nesting, string length and list size of each payload
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static AshbyImporter of(Role role, ImportMapping mapping, ContentLimits limits) {
        return new AshbyImporter(Importers.assembler(role, mapping), mapping, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Imports the feedback of one application.
     *
     * @param payload the JSON, UTF-8 encoded
     * @param source how to name the payload in reports
     * @param candidateId the candidate of the application
     * @return the panels and what the import did
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every problem, each at its place in the payload
     */
    public ImportReport read(byte[] payload, String source, String candidateId) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(source, "source");
        AshbyPayload kind = new AshbyPayload(assembler, mapping, Objects.requireNonNull(candidateId, "candidateId"));
        return Importers.codec(kind, limits).read(payload, ContentFormat.JSON, source);
    }
}
