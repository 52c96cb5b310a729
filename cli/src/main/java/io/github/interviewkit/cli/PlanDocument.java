package io.github.interviewkit.cli;

import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldWriter;
import io.github.interviewkit.planning.Conflict;
import io.github.interviewkit.planning.PlanningResult;
import java.util.Optional;

/**
 * The JSON that {@code plan --format json} prints for a loop without a plan (impossible, or no plan
 * within the time limit): the status, the conflict and the explanation, written through the
 * library's one document writer. A plan is printed as the planner's own plan document
 * ({@code Plan.write}). Output only.
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
        Optional<Conflict> conflict = result.conflict();
        if (conflict.isPresent()) {
            root.object("conflict", c -> c
                    .bool("minimal", conflict.get().isMinimal())
                    .strings("sentences", conflict.get().sentences()));
        }
        root.string("explanation", result.explanation());
    }
}
