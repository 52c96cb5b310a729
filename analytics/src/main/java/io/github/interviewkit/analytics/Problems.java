package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input, then throws them together. */
final class Problems {
    private final String subject;
    private final List<Violation> violations = new ArrayList<>();

    Problems(String subject) {
        this.subject = subject;
    }

    Problems add(String path, Object value, String message) {
        violations.add(Violation.of(path, value, message));
        return this;
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Throws one exception listing every problem collected so far, if there is any. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ScoringInputException(subject, violations);
        }
    }

    /** Throws at once for a single missing argument. */
    static void requireArgument(Object argument, String subject, String name) {
        if (argument == null) {
            new Problems(subject).add(name, null, "is required").throwIfAny();
        }
    }
}
