package io.github.interviewkit.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when content is invalid: a value built in code, or a document read from JSON or YAML. It
 * lists every problem found, not just the first, each with its path, the offending value and a
 * message a content author understands. A report stays small whatever the input: past
 * {@link Violations#maxKept() a limit} problems are only counted, in {@link #omitted()}.
 */
public class ContentException extends InterviewKitException {
    private static final long serialVersionUID = 2L;

    /** The problems listed, in document order; an unmodifiable, serialisable list. */
    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final List<Violation> violations;
    /** How many further problems were found and not listed. */
    private final int omitted;

    /**
     * Creates an exception for the problems a collector gathered.
     *
     * @param subject what was being checked, e.g. {@code "Role"} or a file name
     * @param problems the collector; must not be empty
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ContentException(String subject, Violations problems) {
        this(subject, Objects.requireNonNull(problems, "problems").list(), problems.omitted(), null);
    }

    /**
     * Creates an exception for a list of problems.
     *
     * @param subject what was being checked, e.g. {@code "Role"} or a file name
     * @param violations every problem found; must not be empty
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ContentException(String subject, List<Violation> violations) {
        this(subject, violations, 0, null);
    }

    /**
     * Creates an exception for a list of problems with the failure that caused them.
     *
     * @param subject what was being checked, e.g. {@code "Role"} or a file name
     * @param violations every problem found; must not be empty
     * @param cause the underlying failure, may be {@code null}
     * @throws NullPointerException if {@code subject} or {@code violations} is {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ContentException(String subject, List<Violation> violations, @Nullable Throwable cause) {
        this(subject, violations, 0, cause);
    }

    private ContentException(String subject, List<Violation> violations, int omitted, @Nullable Throwable cause) {
        super(describe(subject, violations, omitted), cause);
        this.violations = List.copyOf(violations);
        this.omitted = omitted;
    }

    /** @return the problems listed, in document order */
    public List<Violation> violations() {
        return violations;
    }

    /** @return how many further problems were found and not listed; 0 when every problem is listed */
    public int omitted() {
        return omitted;
    }

    private static String describe(String subject, List<Violation> violations, int omitted) {
        Objects.requireNonNull(subject, "subject");
        if (Objects.requireNonNull(violations, "violations").isEmpty()) {
            throw new IllegalArgumentException("a ContentException needs at least one violation");
        }
        int total = violations.size() + omitted;
        StringBuilder text = new StringBuilder(subject).append(" is invalid: ")
                .append(total).append(total == 1 ? " problem" : " problems");
        if (omitted > 0) {
            text.append(", the first ").append(violations.size()).append(" listed");
        }
        for (Violation violation : violations) {
            text.append("\n").append("  - ").append(violation);
        }
        return text.toString();
    }
}
