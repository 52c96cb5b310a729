package io.github.interviewkit.planning;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question in an interview, named by ids: what {@link PlanningOptions} pins (the question must be
 * placed there) or bans (it must not be). Instances are immutable.
 */
public final class Placement {
    private final String question;
    private final String interview;

    private Placement(String question, String interview) {
        this.question = question;
        this.interview = interview;
    }

    /**
     * Returns the placement of a question in an interview.
     *
     * @param question the id of a question of the role
     * @param interview the id of an interview of the loop
     * @return the placement
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Placement of(String question, String interview) {
        return new Placement(Objects.requireNonNull(question, "question"), Objects.requireNonNull(interview, "interview"));
    }

    /** @return the id of the question */
    public String question() {
        return question;
    }

    /** @return the id of the interview */
    public String interview() {
        return interview;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Placement that && question.equals(that.question) && interview.equals(that.interview);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, interview);
    }

    /** @return {@code question in interview} */
    @Override
    public String toString() {
        return question + " in " + interview;
    }
}
