package io.github.interviewkit.scoring;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One interviewer's scorecard for one candidate at one interview stage: a {@link Rating} per
 * evaluation criterion of the role's rubric, the pitfalls the interviewer observed, free notes,
 * and the interviewer's own overall vote.
 *
 * <p>A criterion missing from {@link #ratings()} counts as {@linkplain Rating#notAssessed() not
 * assessed}, exactly as an explicit "not assessed" does; neither is a low rating. The
 * {@linkplain #vote() vote} is recorded for comparison only: no built-in strategy feeds it into a
 * computed score.
 *
 * <p>{@link Builder#build()} checks what can be checked without the role (ids present, no repeated
 * pitfall, a vote that is a decided outcome) and throws one {@link ScoringInputException} listing
 * every problem. Whether the criteria, levels and pitfalls exist in the role is checked when the
 * scorecard joins a {@link Panel}.
 */
@Value.Immutable
public abstract class Scorecard {
    Scorecard() {}

    /** @return the candidate's id in the host system; not blank */
    public abstract String candidateId();

    /** @return the interviewer's id in the host system; not blank, unique within a panel */
    public abstract String interviewerId();

    /**
     * @return the interview stage the scorecard comes from, named like question categories, e.g.
     *     {@link QuestionCategory#TECHNICAL}
     */
    public abstract QuestionCategory stage();

    /** @return the rating of each criterion the interviewer rated, by criterion id, in entry order */
    public abstract Map<String, Rating> ratings();

    /** @return ids of the role's pitfalls the interviewer observed, in entry order, without repeats */
    public abstract List<String> observedPitfalls();

    /** @return the interviewer's notes, if any */
    public abstract Optional<String> notes();

    /**
     * @return the interviewer's own overall vote, if given; a decided outcome, never
     *     {@link Recommendation#INCOMPLETE}. Recorded, never fed into a computed score.
     */
    public abstract Optional<Recommendation> vote();

    /**
     * Returns the rating of a criterion.
     *
     * @param criterionId a criterion id
     * @return the rating, or {@link Rating#notAssessed()} if the scorecard has none for it
     */
    public final Rating rating(String criterionId) {
        Rating rating = ratings().get(criterionId);
        return rating == null ? Rating.notAssessed() : rating;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Scorecard}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableScorecard.Builder {
        Builder() {}

        /**
         * Rates a criterion at a level: the same as {@code putRatings(criterionId, Rating.of(level))}.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @param level a level of the role's rating scale
         * @return this builder
         */
        public Builder rate(String criterionId, int level) {
            putRatings(criterionId, Rating.of(level));
            return this;
        }

        /**
         * Records that a criterion was not assessed; the same as leaving it out.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @return this builder
         */
        public Builder notAssessed(String criterionId) {
            putRatings(criterionId, Rating.notAssessed());
            return this;
        }
    }

    @Value.Check
    final void check() {
        InputRules.requireValid("Scorecard", out -> InputRules.scorecard(this, "", out));
    }
}
