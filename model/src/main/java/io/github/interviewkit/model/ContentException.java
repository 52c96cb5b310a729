package io.github.interviewkit.model;

import java.util.List;

/**
 * Thrown when content is invalid: a value built in code, or a document read from JSON or YAML. It
 * lists every problem found, not just the first, each with its path, the offending value and a
 * message a content author understands.
 */
public class ContentException extends InterviewKitException {
    private static final long serialVersionUID = 1L;

    /** Every problem found, in document order; an unmodifiable, serialisable list. */
    private final List<Violation> violations;

    /**
     * Creates an exception for a list of problems.
     *
     * @param subject what was being checked, e.g. {@code "Role"} or a file name
     * @param violations every problem found; must not be empty
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ContentException(String subject, List<Violation> violations) {
        this(subject, violations, null);
    }

    /**
     * Creates an exception for a list of problems with the failure that caused them.
     *
     * @param subject what was being checked, e.g. {@code "Role"} or a file name
     * @param violations every problem found; must not be empty
     * @param cause the underlying failure, may be {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ContentException(String subject, List<Violation> violations, Throwable cause) {
        super(describe(subject, violations), cause);
        this.violations = List.copyOf(violations);
    }

    /** @return every problem found, in document order */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String subject, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ContentException needs at least one violation");
        }
        StringBuilder text = new StringBuilder(subject).append(" is invalid: ")
                .append(violations.size()).append(violations.size() == 1 ? " problem" : " problems");
        for (Violation violation : violations) {
            text.append("\n").append("  - ").append(violation);
        }
        return text.toString();
    }
}
