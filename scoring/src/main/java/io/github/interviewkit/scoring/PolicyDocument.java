package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The document form of a {@link ScoringPolicy}, read and written by the model's
 * {@link DocumentCodec} like every other document: absent attributes take their defaults
 * ({@code {}} is the default policy), hurdles bind as builders so that the policy is validated once
 * from its root, and every attribute is written, defaults included, maps sorted by criterion id.
 */
final class PolicyDocument implements DocumentKind<ScoringPolicy> {
    static final PolicyDocument INSTANCE = new PolicyDocument();
    static final DocumentCodec<ScoringPolicy> CODEC = DocumentCodec.of(INSTANCE);

    private PolicyDocument() {}

    @Override
    public String name() {
        return "scoring policy";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ScoringInputException(source, problems);
    }

    @Override
    public Binding<ScoringPolicy> bind(FieldReader f) {
        ScoringPolicy.Builder policy = ScoringPolicy.builder();
        f.constant("aggregation", Aggregation.values(), Aggregation::id, policy::aggregation);
        f.entries("criterionAggregation", "criterion id", (id, value) ->
                value.constant(Aggregation.values(), Aggregation::id, aggregation -> policy.putCriterionAggregation(id, aggregation)));
        f.entries("weights", "criterion id", (id, value) -> value.decimal(weight -> policy.putWeights(id, weight)));
        f.bool("rubricGates", policy::rubricGates);
        f.entries("minimumRatings", "criterion id", (id, value) -> value.integer(level -> policy.putMinimumRatings(id, level)));
        f.constant("criticalPitfallAction", PitfallAction.values(), PitfallAction::id, policy::criticalPitfallAction);
        f.constant("majorPitfallAction", PitfallAction.values(), PitfallAction::id, policy::majorPitfallAction);
        f.constant("minorPitfallAction", PitfallAction.values(), PitfallAction::id, policy::minorPitfallAction);
        f.constant("pitfallCap", Recommendation.values(), Recommendation::id, policy::pitfallCap);
        f.decimal("strongHireThreshold", policy::strongHireThreshold);
        f.decimal("hireThreshold", policy::hireThreshold);
        f.decimal("noHireThreshold", policy::noHireThreshold);
        f.integer("disagreementSpread", policy::disagreementSpread);
        f.integer("minimumPanelSize", policy::minimumPanelSize);
        f.objects("hurdles", h -> {
            Hurdle.Builder hurdle = Hurdle.builder();
            h.id("stage", QuestionCategory::of, "a stage id, a slug such as technical", hurdle::stage);
            h.decimal("cutOff", hurdle::cutOff);
            policy.addHurdles(hurdle);
        });
        return policy::tryBuild;
    }

    @Override
    public void write(ScoringPolicy policy, FieldWriter w) {
        w.string("aggregation", policy.aggregation().id())
                .entries("criterionAggregation", sorted(policy.criterionAggregation()),
                        (map, id, aggregation) -> map.string(id, aggregation.id()))
                .entries("weights", sorted(policy.weights()), (map, id, weight) -> map.decimal(id, weight))
                .bool("rubricGates", policy.rubricGates())
                .entries("minimumRatings", sorted(policy.minimumRatings()), (map, id, level) -> map.integer(id, level))
                .string("criticalPitfallAction", policy.criticalPitfallAction().id())
                .string("majorPitfallAction", policy.majorPitfallAction().id())
                .string("minorPitfallAction", policy.minorPitfallAction().id())
                .string("pitfallCap", policy.pitfallCap().id())
                .decimal("strongHireThreshold", policy.strongHireThreshold())
                .decimal("hireThreshold", policy.hireThreshold())
                .decimal("noHireThreshold", policy.noHireThreshold())
                .integer("disagreementSpread", policy.disagreementSpread())
                .integer("minimumPanelSize", policy.minimumPanelSize())
                .objects("hurdles", policy.hurdles(), (hurdle, h) -> h
                        .string("stage", hurdle.stage().id())
                        .decimal("cutOff", hurdle.cutOff()));
    }

    /** Sorted by id, so that the document does not depend on the order the policy was built in. */
    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return new TreeMap<>(map);
    }
}
