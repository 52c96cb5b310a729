package io.github.interviewkit.interop;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import java.util.Objects;

/**
 * Imports Lever feedback forms: the payload of {@code GET /opportunities/:opportunity/feedback}
 * ({@code {"data": [...]}}) or {@code GET /opportunities/:opportunity/feedback/:feedback}
 * ({@code {"data": {...}}}) as Lever's API documentation shows them. Lever lists feedback per
 * opportunity (Lever's application) and names neither the opportunity nor the candidate in it, so
 * the caller gives both.
 *
 * <p>Kept, and where: {@code id} as the scorecard id, {@code user} (an id, or the expanded user
 * object: both are documented) as the interviewer and submitter, {@code completedAt} as the
 * submission time, {@code text} (the form's title) as the stage through the mapping,
 * {@code interview} as the interview id, the {@code score-system} field (or a field the mapping
 * names in {@code recommendationFields}) as the vote, each {@code score} field (an integer 1-4 in
 * the field reference, the option's text in the examples: both accepted) as the rating of the
 * criterion its {@code text} maps to, each skill of a {@code scorecard} field (documented in prose
 * only: {@code scores} lists the skills, {@code value} holds a {@code score} and a {@code comment}
 * for each) as a rating with its note, and every other field's answer as notes, private notes, a
 * criterion's note or metadata ({@code answer: <text>}), as the mapping says; in the metadata also
 * {@code type}, {@code baseTemplateId}, {@code panel}, {@code createdAt}, {@code updatedAt},
 * {@code deletedAt} (as ISO-8601) and the expanded user's name and email. Dropped:
 * {@code instructions} and each field's {@code description}, {@code options} and {@code prompt},
 * which describe the template, not the candidate. Fields the documentation does not show are ignored.
 *
 * <p>An importer is immutable and safe to share between threads.
 */
public final class LeverImporter {
    private final Assembler assembler;
    private final ImportMapping mapping;
    private final ContentLimits limits;

    private LeverImporter(Assembler assembler, ImportMapping mapping, ContentLimits limits) {
        this.assembler = assembler;
        this.mapping = mapping;
        this.limits = limits;
    }

    /**
     * Returns an importer onto a role, with the default limits.
     *
     * @param role the role whose rubric the feedback rates
     * @param mapping how Lever's fields, scores and forms map onto the role
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static LeverImporter of(Role role, ImportMapping mapping) {
        return of(role, mapping, ContentLimits.defaults());
    }

    /**
     * Returns an importer onto a role, with limits on each payload.
     *
     * @param role the role whose rubric the feedback rates
     * @param mapping how Lever's fields, scores and forms map onto the role
     * @param limits bounds on size, nesting, string length and list size of each payload
     * @return the importer
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every rule of the mapping the role breaks
     */
    public static LeverImporter of(Role role, ImportMapping mapping, ContentLimits limits) {
        return new LeverImporter(Importers.assembler(role, mapping), mapping, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Imports the feedback of one opportunity.
     *
     * @param payload the JSON, UTF-8 encoded
     * @param source how to name the payload in reports
     * @param opportunityId the opportunity the feedback was listed for: the panel's application
     * @param candidateId the candidate (Lever's contact) of the opportunity
     * @return the panel and what the import did
     * @throws NullPointerException if an argument is {@code null}
     * @throws ImportException listing every problem, each at its place in the payload
     */
    public ImportReport read(byte[] payload, String source, String opportunityId, String candidateId) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(source, "source");
        LeverPayload kind = new LeverPayload(assembler, mapping, Objects.requireNonNull(opportunityId, "opportunityId"),
                Objects.requireNonNull(candidateId, "candidateId"));
        return Importers.codec(kind, limits).read(payload, ContentFormat.JSON, source);
    }
}
