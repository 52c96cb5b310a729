package io.github.interviewkit.cli;

import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import io.github.interviewkit.planning.Conflict;
import io.github.interviewkit.planning.Plan;
import io.github.interviewkit.planning.PlanningResult;
import java.util.Optional;

/**
 * The JSON that {@code plan --format json} prints: a planning result written through the library's
 * one document writer, so it has the same stable layout as every document. It is output only; the
 * search statistics (which include elapsed time) are left out, so the same loop always gives the
 * same bytes.
 */
final class PlanDocument implements DocumentKind<PlanningResult> {
    private static final DocumentCodec<PlanningResult> CODEC = DocumentCodec.of(new PlanDocument());

    /** @return the result as a JSON document */
    static String json(PlanningResult result) {
        return CODEC.write(result, ContentFormat.JSON);
    }

    @Override
    public String name() {
        return "planning result";
    }

    @Override
    public Binding<PlanningResult> bind(FieldReader root) {
        root.report("", null, "a planning result is printed, not read");
        return problems -> Optional.empty();
    }

    @Override
    public void write(PlanningResult result, FieldWriter root) {
        root.string("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
        Optional<Plan> found = result.plan();
        if (found.isPresent()) {
            Plan plan = found.get();
            root.decimal("weightedCoverage", plan.weightedCoverage())
                    .decimal("maximumWeightedCoverage", plan.maximumWeightedCoverage())
                    .integer("plannedMinutes", plan.plannedMinutes())
                    .integer("questionCount", plan.questionCount())
                    .bool("provedOptimal", plan.optimality().isProved());
            plan.optimality().gap().ifPresent(gap -> root.decimal("gap", gap));
            root.objects("interviews", plan.interviews(), (interview, w) -> w
                    .string("id", interview.id())
                    .string("stage", interview.interview().stage().id())
                    .integer("minutes", interview.interview().minutes())
                    .strings("interviewers", interview.interview().interviewers())
                    .integer("reservedMinutes", interview.reservedMinutes())
                    .integer("plannedMinutes", interview.plannedMinutes())
                    .integer("unusedMinutes", interview.unusedMinutes())
                    .objects("questions", interview.questions(), (question, q) -> q
                            .string("id", question.id())
                            .integer("minutes", question.minutes())
                            .bool("minutesEstimated", question.minutesEstimated())
                            .strings("criteria", question.criteria())
                            .strings("competencies", question.competencies())
                            .string("why", question.why())));
            root.objects("coverage", plan.coverage(), (criterion, c) -> c
                    .string("criterion", criterion.id())
                    .integer("required", criterion.required())
                    .integer("seen", criterion.seen())
                    .integer("credited", criterion.credited())
                    .decimal("weightedCredit", criterion.weightedCredit())
                    .strings("interviews", criterion.interviews())
                    .strings("interviewers", criterion.interviewers()));
        }
        Optional<Conflict> conflict = result.conflict();
        if (conflict.isPresent()) {
            root.object("conflict", c -> c
                    .bool("minimal", conflict.get().isMinimal())
                    .strings("sentences", conflict.get().sentences()));
        }
        root.string("explanation", result.explanation());
    }
}
