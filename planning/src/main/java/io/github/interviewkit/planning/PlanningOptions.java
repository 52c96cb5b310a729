package io.github.interviewkit.planning;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The options of a planning problem: minutes reserved in every interview, how many interviewers
 * must see each criterion, questions pinned to or banned from an interview, a limit on the
 * questions per interview, and the minutes assumed for a question without an estimate.
 *
 * <p>{@link #defaults()} reserves no minutes, asks two interviewers per must-have criterion and one
 * per other criterion, pins and bans nothing, sets no question limit and assumes no minutes (a
 * question without {@code estimatedMinutes} cannot be planned). Instances are immutable.
 */
public final class PlanningOptions {
    private static final PlanningOptions DEFAULTS = new PlanningOptions(new Builder());

    private final int reservedMinutes;
    private final int interviewersPerMustHave;
    private final int interviewersPerCriterion;
    private final @Nullable Integer maxQuestionsPerInterview;
    private final @Nullable Integer defaultQuestionMinutes;
    private final List<Placement> pins;
    private final List<Placement> bans;

    private PlanningOptions(Builder builder) {
        this.reservedMinutes = builder.reservedMinutes;
        this.interviewersPerMustHave = builder.interviewersPerMustHave;
        this.interviewersPerCriterion = builder.interviewersPerCriterion;
        this.maxQuestionsPerInterview = builder.maxQuestionsPerInterview;
        this.defaultQuestionMinutes = builder.defaultQuestionMinutes;
        this.pins = List.copyOf(builder.pins);
        this.bans = List.copyOf(builder.bans);
    }

    /** @return the default options */
    public static PlanningOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @return the minutes of every interview kept for the introduction and the candidate's own
     *     questions; an interview of {@code m} minutes has {@code m - reservedMinutes()} for
     *     questions. Defaults to 0.
     */
    public int reservedMinutes() {
        return reservedMinutes;
    }

    /**
     * @return how many distinct interviewers must see each must-have criterion (a hard constraint)
     *     and the most that count towards its coverage; defaults to 2
     */
    public int interviewersPerMustHave() {
        return interviewersPerMustHave;
    }

    /**
     * @return how many distinct interviewers count towards the coverage of a criterion that is not
     *     a must-have (more are allowed but earn nothing); defaults to 1
     */
    public int interviewersPerCriterion() {
        return interviewersPerCriterion;
    }

    /** @return the most questions one interview may hold, if limited */
    public OptionalInt maxQuestionsPerInterview() {
        return maxQuestionsPerInterview == null ? OptionalInt.empty() : OptionalInt.of(maxQuestionsPerInterview);
    }

    /**
     * @return the minutes assumed for a question without {@code estimatedMinutes}, if any; when
     *     absent such a question cannot be planned
     */
    public OptionalInt defaultQuestionMinutes() {
        return defaultQuestionMinutes == null ? OptionalInt.empty() : OptionalInt.of(defaultQuestionMinutes);
    }

    /** @return questions that must be placed in the named interview, in the order given */
    public List<Placement> pins() {
        return pins;
    }

    /** @return questions that must not be placed in the named interview, in the order given */
    public List<Placement> bans() {
        return bans;
    }

    /** @return a new builder, starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlanningOptions that && reservedMinutes == that.reservedMinutes
                && interviewersPerMustHave == that.interviewersPerMustHave
                && interviewersPerCriterion == that.interviewersPerCriterion
                && Objects.equals(maxQuestionsPerInterview, that.maxQuestionsPerInterview)
                && Objects.equals(defaultQuestionMinutes, that.defaultQuestionMinutes)
                && pins.equals(that.pins) && bans.equals(that.bans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reservedMinutes, interviewersPerMustHave, interviewersPerCriterion,
                maxQuestionsPerInterview, defaultQuestionMinutes, pins, bans);
    }

    /** @return every option on one line */
    @Override
    public String toString() {
        return "PlanningOptions{reservedMinutes=" + reservedMinutes + ", interviewersPerMustHave="
                + interviewersPerMustHave + ", interviewersPerCriterion=" + interviewersPerCriterion
                + ", maxQuestionsPerInterview=" + (maxQuestionsPerInterview == null ? "none" : maxQuestionsPerInterview)
                + ", defaultQuestionMinutes=" + (defaultQuestionMinutes == null ? "none" : defaultQuestionMinutes)
                + ", pins=" + pins + ", bans=" + bans + "}";
    }

    /**
     * Builds {@link PlanningOptions}, starting from the defaults. Setters reject {@code null} at
     * once with a {@link NullPointerException} naming the argument; {@link #build()} reports every
     * other problem together.
     */
    public static final class Builder {
        private int reservedMinutes;
        private int interviewersPerMustHave = 2;
        private int interviewersPerCriterion = 1;
        private @Nullable Integer maxQuestionsPerInterview;
        private @Nullable Integer defaultQuestionMinutes;
        private final List<Placement> pins = new ArrayList<>();
        private final List<Placement> bans = new ArrayList<>();

        private Builder() {}

        /**
         * Starts from existing options: every option is copied, pins and bans included.
         *
         * @param options the options to copy
         * @return this builder
         * @throws NullPointerException if {@code options} is {@code null}
         */
        public Builder from(PlanningOptions options) {
            Objects.requireNonNull(options, "options");
            reservedMinutes = options.reservedMinutes;
            interviewersPerMustHave = options.interviewersPerMustHave;
            interviewersPerCriterion = options.interviewersPerCriterion;
            maxQuestionsPerInterview = options.maxQuestionsPerInterview;
            defaultQuestionMinutes = options.defaultQuestionMinutes;
            pins.clear();
            pins.addAll(options.pins);
            bans.clear();
            bans.addAll(options.bans);
            return this;
        }

        /**
         * Sets the minutes of every interview kept for the introduction and the candidate's questions.
         *
         * @param minutes the reserved minutes; {@link #build()} rejects a negative value
         * @return this builder
         */
        public Builder reservedMinutes(int minutes) {
            this.reservedMinutes = minutes;
            return this;
        }

        /**
         * Sets how many distinct interviewers must see each must-have criterion.
         *
         * @param interviewers the number; {@link #build()} rejects a value below 1
         * @return this builder
         */
        public Builder interviewersPerMustHave(int interviewers) {
            this.interviewersPerMustHave = interviewers;
            return this;
        }

        /**
         * Sets how many distinct interviewers count towards the coverage of a criterion that is not a
         * must-have.
         *
         * @param interviewers the number; {@link #build()} rejects a value below 1
         * @return this builder
         */
        public Builder interviewersPerCriterion(int interviewers) {
            this.interviewersPerCriterion = interviewers;
            return this;
        }

        /**
         * Limits the number of questions of every interview.
         *
         * @param questions the most questions one interview may hold; {@link #build()} rejects a
         *     value below 1
         * @return this builder
         */
        public Builder maxQuestionsPerInterview(int questions) {
            this.maxQuestionsPerInterview = questions;
            return this;
        }

        /**
         * Sets the minutes assumed for a question without an estimate, so that it can be planned.
         *
         * @param minutes the minutes; {@link #build()} rejects a value below 1
         * @return this builder
         */
        public Builder defaultQuestionMinutes(int minutes) {
            this.defaultQuestionMinutes = minutes;
            return this;
        }

        /**
         * Pins a question to an interview: every plan places it there.
         *
         * @param questionId the id of a question of the role
         * @param interviewId the id of an interview of the loop, of the question's stage
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder pin(String questionId, String interviewId) {
            pins.add(Placement.of(Objects.requireNonNull(questionId, "questionId"),
                    Objects.requireNonNull(interviewId, "interviewId")));
            return this;
        }

        /**
         * Bans a question from an interview: no plan places it there.
         *
         * @param questionId the id of a question of the role
         * @param interviewId the id of an interview of the loop
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder ban(String questionId, String interviewId) {
            bans.add(Placement.of(Objects.requireNonNull(questionId, "questionId"),
                    Objects.requireNonNull(interviewId, "interviewId")));
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws ContentException listing every problem: a number out of range, a repeated pin or
         *     ban, a question pinned twice, a placement both pinned and banned
         */
        public PlanningOptions build() {
            return Violations.build("PlanningOptions", ContentException::new, this::tree);
        }

        /**
         * Builds the options, or reports every problem instead of throwing: how a document reader or
         * {@link PlanningProblem.Builder} builds them as a part.
         *
         * @param problems where the problems go, with paths relative to the options
         * @return the options, or empty when they have a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<PlanningOptions> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        private @Nullable PlanningOptions tree(ViolationSink problems) {
            Checks.Counting out = new Checks.Counting(problems);
            if (reservedMinutes < 0) {
                out.add("reservedMinutes", reservedMinutes, "must not be negative");
            }
            atLeastOne(out, "interviewersPerMustHave", interviewersPerMustHave);
            atLeastOne(out, "interviewersPerCriterion", interviewersPerCriterion);
            if (maxQuestionsPerInterview != null) {
                atLeastOne(out, "maxQuestionsPerInterview", maxQuestionsPerInterview);
            }
            if (defaultQuestionMinutes != null) {
                atLeastOne(out, "defaultQuestionMinutes", defaultQuestionMinutes);
            }
            Map<Placement, Integer> pinned = new HashMap<>();
            Map<String, Integer> pinnedQuestion = new HashMap<>();
            for (int i = 0; i < pins.size(); i++) {
                Placement pin = pins.get(i);
                Integer same = pinned.putIfAbsent(pin, i);
                Integer sameQuestion = pinnedQuestion.putIfAbsent(pin.question(), i);
                if (same != null) {
                    out.add("pins[" + i + "]", pin.toString(), "repeats pins[" + same + "]");
                } else if (sameQuestion != null) {
                    out.add("pins[" + i + "].question", pin.question(), "is already pinned by pins["
                            + sameQuestion + "]; a question is asked at most once in the loop");
                }
            }
            Map<Placement, Integer> banned = new HashMap<>();
            for (int i = 0; i < bans.size(); i++) {
                Placement ban = bans.get(i);
                Integer same = banned.putIfAbsent(ban, i);
                Integer pin = pinned.get(ban);
                if (same != null) {
                    out.add("bans[" + i + "]", ban.toString(), "repeats bans[" + same + "]");
                } else if (pin != null) {
                    out.add("bans[" + i + "]", ban.toString(), "bans what pins[" + pin + "] pins");
                }
            }
            return out.none() ? new PlanningOptions(this) : null;
        }

        private static void atLeastOne(ViolationSink out, String path, int value) {
            if (value < 1) {
                out.add(path, value, "must be at least 1");
            }
        }
    }
}
