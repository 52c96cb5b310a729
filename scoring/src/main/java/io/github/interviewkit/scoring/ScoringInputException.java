package io.github.interviewkit.scoring;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.Violations;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when scoring input is invalid: a scorecard, a panel checked against its role, or a
 * scoring policy (built in code or read from a document) that does not fit. Like every
 * {@link ContentException} it lists every problem at once, each with its path, for example
 * {@code scorecards[2].ratings[system-design]}, the offending value and a message.
 */
public class ScoringInputException extends ContentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for the problems a collector gathered.
     *
     * @param subject what was being checked, e.g. {@code "Panel"} or a file name
     * @param problems the collector; must not be empty
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ScoringInputException(String subject, Violations problems) {
        super(subject, problems);
    }

    /**
     * Creates an exception for a list of problems.
     *
     * @param subject what was being checked, e.g. {@code "Panel"} or a file name
     * @param violations every problem found; must not be empty
     * @throws NullPointerException if {@code subject} or {@code violations} is {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ScoringInputException(String subject, List<Violation> violations) {
        super(subject, violations);
    }

    /**
     * Creates an exception for a list of problems with the failure that caused them.
     *
     * @param subject what was being checked
     * @param violations every problem found; must not be empty
     * @param cause the underlying failure, may be {@code null}
     * @throws NullPointerException if {@code subject} or {@code violations} is {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ScoringInputException(String subject, List<Violation> violations, @Nullable Throwable cause) {
        super(subject, violations, cause);
    }
}
