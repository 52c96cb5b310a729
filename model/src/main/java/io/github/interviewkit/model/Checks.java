package io.github.interviewkit.model;

import io.github.interviewkit.model.internal.ModelValidation;
import java.util.List;

/** The check every value of this package runs when it is built. */
final class Checks {
    private Checks() {}

    static void onBuild(Object value) {
        if (ModelValidation.checksDeferred()) {
            return;
        }
        List<Violation> violations = ModelValidation.validate(value);
        if (!violations.isEmpty()) {
            throw new ContentException(value.getClass().getSimpleName().replaceFirst("^Immutable", ""), violations);
        }
    }
}
