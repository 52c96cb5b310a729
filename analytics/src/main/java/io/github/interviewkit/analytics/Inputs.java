package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The one problem of an input that is found on its own, as the exception every analytics input throws. */
final class Inputs {
    private Inputs() {}

    /**
     * @param subject what was checked, e.g. {@code "KrippendorffsAlpha"}
     * @param path where the problem is
     * @param value the offending value
     * @param message what is wrong
     * @return the exception to throw
     */
    static ScoringInputException invalid(String subject, String path, @Nullable Object value, String message) {
        return new ScoringInputException(subject, List.of(Violation.of(path, value, message)));
    }

    /**
     * Merges two partial forms whose counts add in exact arithmetic ({@code Math.addExact}): a sum
     * past {@code Long.MAX_VALUE} is the caller's input, reported as such, not an arithmetic failure.
     */
    static <T> T counted(String subject, Supplier<T> merge) {
        try {
            return merge.get();
        } catch (ArithmeticException overflow) {
            throw new ScoringInputException(subject, List.of(Violation.of("other", null,
                    "holds counts that, added to these, pass the largest count kept, " + Long.MAX_VALUE)), overflow);
        }
    }
}
