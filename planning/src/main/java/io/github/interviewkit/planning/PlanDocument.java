package io.github.interviewkit.planning;

import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.Locale;

/**
 * The document form of a {@link Plan}, written by the model's {@link DocumentCodec} so that tools
 * can emit a plan as JSON or YAML: fields in a fixed order, interviews in loop order, questions in
 * plan order, criteria in rubric order. It is written, not read: a plan is the planner's answer to
 * a problem, not an input; a plan read back could not be trusted without planning the problem
 * again, and the problem has a document of its own ({@link PlanningProblem#write}).
 */
final class PlanDocument implements DocumentKind<Plan> {
    static final PlanDocument INSTANCE = new PlanDocument();
    static final DocumentCodec<Plan> CODEC = DocumentCodec.of(INSTANCE);

    private PlanDocument() {}

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public Binding<Plan> bind(FieldReader root) {
        throw new UnsupportedOperationException("plans are written, not read: plan the problem instead");
    }

    @Override
    public void write(Plan plan, FieldWriter w) {
        Optimality optimality = plan.optimality();
        w.string("role", plan.problem().role().id())
                .string("contentVersion", plan.problem().role().contentVersion())
                .object("optimality", o -> {
                    o.bool("proved", optimality.isProved())
                            .string("open", optimality.openObjective().map(PlanDocument::id));
                    optimality.bound().ifPresent(bound -> o.decimal("bound", bound));
                    optimality.gap().ifPresent(gap -> o.decimal("gap", gap));
                    o.string("text", optimality.toString());
                })
                .decimal("weightedCoverage", plan.weightedCoverage())
                .decimal("maximumWeightedCoverage", plan.maximumWeightedCoverage())
                .integer("plannedMinutes", plan.plannedMinutes())
                .integer("questionCount", plan.questionCount())
                .objects("interviews", plan.interviews(), (interview, i) -> i
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
                                .strings("reasons", question.reasons().stream().map(PlanDocument::id).toList())
                                .string("why", question.why())))
                .objects("coverage", plan.coverage(), (criterion, c) -> c
                        .string("criterion", criterion.id())
                        .bool("mustHave", criterion.criterion().mustHave())
                        .decimal("weight", criterion.criterion().weight())
                        .integer("required", criterion.required())
                        .integer("seen", criterion.seen())
                        .integer("credited", criterion.credited())
                        .decimal("weightedCredit", criterion.weightedCredit())
                        .bool("covered", criterion.isCovered())
                        .strings("interviews", criterion.interviews())
                        .strings("interviewers", criterion.interviewers()));
    }

    /** {@code MUST_COVER} as {@code must-cover}: the document's ids are slugs, like the model's. */
    static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
