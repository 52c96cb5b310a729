package io.github.interviewkit.planning;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One named hard constraint of a planning problem, as an impossible loop's {@link Conflict} lists
 * it: a must-have criterion's interviewers, an interview's focus, length or question limit, a pin
 * or a ban. The rules that define what a plan is (a question only in an interview of its stage, at
 * most once in the loop) are not named constraints: they always hold.
 */
public final class LoopConstraint {
    /** The kinds of named constraints. */
    public enum Kind {
        /** A must-have criterion needs {@code required(c)} distinct interviewers: {@code seen(c) >= required(c)}. */
        MUST_HAVE,
        /** An interview must include at least one question on a criterion ({@link Interview#mustCover()}). */
        MUST_COVER,
        /** Every question of an interview must inform one of its criteria ({@link Interview#onlyCriteria()}). */
        ONLY_CRITERIA,
        /** An interview holds at most {@link PlanningOptions#maxQuestionsPerInterview()} questions. */
        QUESTION_LIMIT,
        /** The minutes of an interview's questions plus the reserved minutes never exceed its length. */
        INTERVIEW_LENGTH,
        /** A question is pinned to an interview. */
        PIN,
        /** A question is banned from an interview. */
        BAN
    }

    private final Kind kind;
    private final @Nullable String interview;
    private final @Nullable String criterion;
    private final @Nullable String question;
    private final String rule;

    LoopConstraint(Kind kind, @Nullable String interview, @Nullable String criterion, @Nullable String question,
            String rule) {
        this.kind = kind;
        this.interview = interview;
        this.criterion = criterion;
        this.question = question;
        this.rule = rule;
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the id of the interview the constraint is about; empty for {@link Kind#MUST_HAVE} */
    public Optional<String> interviewId() {
        return Optional.ofNullable(interview);
    }

    /** @return the id of the criterion, for {@link Kind#MUST_HAVE} and {@link Kind#MUST_COVER} */
    public Optional<String> criterionId() {
        return Optional.ofNullable(criterion);
    }

    /** @return the id of the question, for {@link Kind#PIN} and {@link Kind#BAN} */
    public Optional<String> questionId() {
        return Optional.ofNullable(question);
    }

    /** @return the constraint in words, e.g. {@code must-have `system-design` needs 2 interviewers} */
    public String rule() {
        return rule;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LoopConstraint that && kind == that.kind && Objects.equals(interview, that.interview)
                && Objects.equals(criterion, that.criterion) && Objects.equals(question, that.question)
                && rule.equals(that.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, interview, criterion, question, rule);
    }

    /** @return {@link #rule()} */
    @Override
    public String toString() {
        return rule;
    }
}
