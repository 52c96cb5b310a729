package io.github.interviewkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A question of the role's question bank, with what it is for: the competencies it probes, the
 * criteria its answer informs, the follow-up probes, what a strong answer shows and the pitfalls
 * it can reveal. References are ids of the same {@link Role}.
 */
@Value.Immutable
public abstract class Question {
    Question() {}

    /** @return the id, a slug unique among the role's questions */
    @NotNull
    @Pattern(regexp = Names.SLUG, message = Names.SLUG_MESSAGE)
    public abstract String id();

    /** @return the question as it is asked */
    @NotBlank
    public abstract String text();

    /** @return the category, or interview stage, the question belongs to */
    @NotNull
    public abstract QuestionCategory category();

    /**
     * @return whether the question gathers logistics (notice period, salary expectations) rather
     *     than evidence to rate; such a question informs no criterion
     */
    @Value.Default
    public boolean logistics() {
        return false;
    }

    /** @return ids of the competencies the question probes */
    public abstract List<@NotNull String> competencies();

    /** @return ids of the evaluation criteria the answer informs */
    public abstract List<@NotNull String> criteria();

    /** @return follow-up probes, in the order to ask them */
    public abstract List<@NotBlank String> followUps();

    /** @return what a strong answer shows, if stated */
    public abstract Optional<@Pattern(regexp = Names.NOT_BLANK, message = Names.NOT_BLANK_MESSAGE) String> strongAnswer();

    /** @return ids of the pitfalls the answer can reveal */
    public abstract List<@NotNull String> pitfalls();

    /** @return the minutes to allow for the question and its follow-ups, if estimated */
    @Positive
    public abstract OptionalInt estimatedMinutes();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Question}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableQuestion.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        Checks.onBuild(this);
    }
}
