package io.github.interviewkit.scoring;

import java.util.ArrayList;
import java.util.Objects;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * @throws NullPointerException if {@code criterionId} is {@code null}
     */
    public final Rating rating(String criterionId) {
        Rating rating = ratings().get(Objects.requireNonNull(criterionId, "criterionId"));
        return rating == null ? Rating.notAssessed() : rating;
    }


    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Scorecard}; the candidate, the interviewer and the stage are required. Whether
     * the criteria, levels and pitfalls exist in the role is checked when the scorecard joins a {@link Panel}.
     */
    public static final class Builder {
        private @Nullable String candidateId;
        private @Nullable String interviewerId;
        private @Nullable QuestionCategory stage;
        private final Map<String, Rating> ratings = new LinkedHashMap<>();
        private final List<String> observedPitfalls = new ArrayList<>();
        private Optional<String> notes = Optional.empty();
        private Optional<Recommendation> vote = Optional.empty();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(Scorecard value) {
            Objects.requireNonNull(value, "value");
            return candidateId(value.candidateId())
                    .interviewerId(value.interviewerId())
                    .stage(value.stage())
                    .ratings(value.ratings())
                    .observedPitfalls(value.observedPitfalls())
                    .notes(value.notes())
                    .vote(value.vote());
        }

        /**
         * Sets the candidate's id in the host system.
         *
         * @param candidateId the value
         * @return this builder
         * @throws NullPointerException if {@code candidateId} is {@code null}
         */
        public Builder candidateId(String candidateId) {
            this.candidateId = Objects.requireNonNull(candidateId, "candidateId");
            return this;
        }

        /**
         * Sets the interviewer's id in the host system.
         *
         * @param interviewerId the value
         * @return this builder
         * @throws NullPointerException if {@code interviewerId} is {@code null}
         */
        public Builder interviewerId(String interviewerId) {
            this.interviewerId = Objects.requireNonNull(interviewerId, "interviewerId");
            return this;
        }

        /**
         * Sets the interview stage the scorecard comes from.
         *
         * @param stage the value
         * @return this builder
         * @throws NullPointerException if {@code stage} is {@code null}
         */
        public Builder stage(QuestionCategory stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Puts one of the ratings, by criterion id, replacing any given for the same key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putRatings(String key, Rating value) {
            this.ratings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Puts the ratings, by criterion id, replacing any given for the same keys.
         *
         * @param ratings the entries
         * @return this builder
         * @throws NullPointerException if {@code ratings} or a key or value in it is {@code null}
         */
        public Builder putAllRatings(Map<String, ? extends Rating> ratings) {
            Objects.requireNonNull(ratings, "ratings").forEach(this::putRatings);
            return this;
        }

        /**
         * Replaces the ratings, by criterion id.
         *
         * @param ratings the entries
         * @return this builder
         * @throws NullPointerException if {@code ratings} or a key or value in it is {@code null}
         */
        public Builder ratings(Map<String, ? extends Rating> ratings) {
            Objects.requireNonNull(ratings, "ratings");
            this.ratings.clear();
            return putAllRatings(ratings);
        }

        /**
         * Adds ids of the role's pitfalls the interviewer observed after those added so far.
         *
         * @param observedPitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code observedPitfalls} or one of them is {@code null}
         */
        public Builder addObservedPitfalls(String... observedPitfalls) {
            Parts.addStrings(this.observedPitfalls, "observedPitfalls", observedPitfalls);
            return this;
        }

        /**
         * Adds ids of the role's pitfalls the interviewer observed after those added so far.
         *
         * @param observedPitfalls the values
         * @return this builder
         * @throws NullPointerException if {@code observedPitfalls} or one of them is {@code null}
         */
        public Builder addAllObservedPitfalls(Iterable<String> observedPitfalls) {
            Parts.addStrings(this.observedPitfalls, "observedPitfalls", observedPitfalls);
            return this;
        }

        /**
         * Replaces ids of the role's pitfalls the interviewer observed.
         *
         * @param observedPitfalls the values, in order
         * @return this builder
         * @throws NullPointerException if {@code observedPitfalls} or one of them is {@code null}
         */
        public Builder observedPitfalls(Iterable<String> observedPitfalls) {
            Objects.requireNonNull(observedPitfalls, "observedPitfalls");
            this.observedPitfalls.clear();
            return addAllObservedPitfalls(observedPitfalls);
        }

        /**
         * Sets the interviewer's notes.
         *
         * @param notes the value
         * @return this builder
         * @throws NullPointerException if {@code notes} is {@code null}
         */
        public Builder notes(String notes) {
            this.notes = Optional.of(Objects.requireNonNull(notes, "notes"));
            return this;
        }

        /**
         * Sets or clears the interviewer's notes.
         *
         * @param notes the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code notes} is {@code null}
         */
        public Builder notes(Optional<String> notes) {
            this.notes = Objects.requireNonNull(notes, "notes");
            return this;
        }

        /**
         * Sets the interviewer's own overall vote.
         *
         * @param vote the value
         * @return this builder
         * @throws NullPointerException if {@code vote} is {@code null}
         */
        public Builder vote(Recommendation vote) {
            this.vote = Optional.of(Objects.requireNonNull(vote, "vote"));
            return this;
        }

        /**
         * Sets or clears the interviewer's own overall vote.
         *
         * @param vote the value, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code vote} is {@code null}
         */
        public Builder vote(Optional<Recommendation> vote) {
            this.vote = Objects.requireNonNull(vote, "vote");
            return this;
        }
        /**
         * Rates a criterion at a level: the same as {@code putRatings(criterionId, Rating.of(level))}.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @param level a level of the role's rating scale
         * @return this builder
         * @throws NullPointerException if {@code criterionId} is {@code null}
         */
        public Builder rate(String criterionId, int level) {
            return putRatings(Objects.requireNonNull(criterionId, "criterionId"), Rating.of(level));
        }

        /**
         * Records that a criterion was not assessed; the same as leaving it out.
         *
         * @param criterionId the id of a criterion of the role's rubric
         * @return this builder
         * @throws NullPointerException if {@code criterionId} is {@code null}
         */
        public Builder notAssessed(String criterionId) {
            return putRatings(Objects.requireNonNull(criterionId, "criterionId"), Rating.notAssessed());
        }


        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ScoringInputException listing every problem of the value and of the parts built with it
         */
        public Scorecard build() {
            return Violations.build("Scorecard", ScoringInputException::new, this::tree);
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<Scorecard> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable Scorecard tree(ViolationSink out) {

            Scorecard scorecard = new ImmutableScorecard.Builder()
                    .candidateId(candidateId)
                    .interviewerId(interviewerId)
                    .stage(stage)
                    .putAllRatings(ratings)
                    .addAllObservedPitfalls(observedPitfalls)
                    .notes(notes)
                    .vote(vote)
                    .build();
            InputRules.scorecard(scorecard, out);
            return scorecard;
        }
    }
}
