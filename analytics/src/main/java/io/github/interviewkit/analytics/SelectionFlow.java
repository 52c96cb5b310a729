package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violation;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The ordered stages of a selection procedure, for example screen, interview, offer: adverse
 * impact is analysed at each stage among the candidates who reached it, and at the bottom line
 * (everyone who applied against everyone who passed the last stage), as 29 CFR 1607.4(C) and
 * 1607.15(A)(2) ask of the components of a procedure whose total shows adverse impact.
 *
 * <p>An outcome records the last stage a candidate took part in and whether they passed it: a
 * candidate rejected at the interview has {@code (interview, false)}; one who withdrew after
 * passing the screen, {@code (screen, true)}; one who got an offer, {@code (offer, true)}. At
 * stage {@code i} the applicants are those whose last stage is {@code i} or later, and the
 * selected are those who went further or passed stage {@code i} as their last.
 */
public final class SelectionFlow implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // An unmodifiable copy of serializable elements: serializable, whatever its declared type.
    @SuppressWarnings("serial")
    private final List<String> stages;

    private SelectionFlow(List<String> stages) {
        this.stages = stages;
    }

    /**
     * Returns a flow.
     *
     * @param stages the stages in order, at least one, distinct, not blank
     * @return the flow
     * @throws NullPointerException if {@code stages} or a stage is {@code null}
     * @throws IllegalArgumentException if there is no stage or a stage is blank or repeats
     */
    public static SelectionFlow of(List<String> stages) {
        List<String> copy = List.copyOf(Objects.requireNonNull(stages, "stages"));
        Set<String> seen = new HashSet<>();
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("stages is empty; a flow needs at least one stage");
        }
        for (String stage : copy) {
            if (stage.isBlank() || !seen.add(stage)) {
                throw new IllegalArgumentException("stages " + Violation.shown(copy) + " has a blank or repeated stage");
            }
        }
        return new SelectionFlow(copy);
    }

    /**
     * Returns a flow.
     *
     * @param stages the stages in order, at least one, distinct, not blank
     * @return the flow
     * @throws NullPointerException if {@code stages} or a stage is {@code null}
     * @throws IllegalArgumentException if there is no stage or a stage is blank or repeats
     */
    public static SelectionFlow of(String... stages) {
        return of(List.of(Objects.requireNonNull(stages, "stages")));
    }

    /** @return the stages, in order */
    public List<String> stages() {
        return stages;
    }

    /**
     * Returns a stage's position.
     *
     * @param stage a stage's name
     * @return its position, 0 for the first, or -1 if it is not a stage of this flow
     * @throws NullPointerException if {@code stage} is {@code null}
     */
    public int indexOf(String stage) {
        return stages.indexOf(Objects.requireNonNull(stage, "stage"));
    }

    /**
     * Counts outcomes, the partial form of the analysis.
     *
     * @param outcomes one per candidate
     * @param group the label of an outcome's group, never {@code null} or blank
     * @param lastStage the last stage the candidate took part in, a stage of this flow
     * @param passedLastStage whether the candidate passed that stage
     * @param <T> the type of an outcome
     * @return the counts
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if an outcome is missing, its label is missing or blank or its
     *     stage is not one of the flow; every problem is listed
     */
    public <T> StageCounts count(Iterable<? extends T> outcomes, Function<? super T, String> group,
            Function<? super T, String> lastStage, Predicate<? super T> passedLastStage) {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(lastStage, "lastStage");
        Objects.requireNonNull(passedLastStage, "passedLastStage");
        Violations problems = Violations.collector();
        StageCounts.Tally tally = new StageCounts.Tally(this);
        int index = 0;
        for (Iterator<? extends T> it = outcomes.iterator(); it.hasNext(); index++) {
            T outcome = it.next();
            if (outcome == null) {
                problems.add("outcomes[" + index + "]", null, "is required");
                continue;
            }
            @Nullable String label = group.apply(outcome);
            @Nullable String stage = lastStage.apply(outcome);
            int at = stage == null ? -1 : stages.indexOf(stage);
            if (label == null || label.isBlank()) {
                problems.add("outcomes[" + index + "]", label, "the outcome's group label is missing or blank");
            }
            if (at < 0) {
                problems.add("outcomes[" + index + "].stage", stage, "is not a stage of " + Violation.shown(stages));
            }
            if (label != null && !label.isBlank() && at >= 0) {
                tally.add(label, at, passedLastStage.test(outcome));
            }
        }
        problems.throwIfAny("SelectionFlow", ScoringInputException::new);
        return tally.counts();
    }

    /**
     * Analyses outcomes per stage and at the bottom line.
     *
     * @param outcomes one per candidate
     * @param group the label of an outcome's group
     * @param lastStage the last stage the candidate took part in
     * @param passedLastStage whether the candidate passed that stage
     * @param <T> the type of an outcome
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException as {@link #count}, or if there is no outcome
     */
    public <T> SelectionFlowReport analyze(Iterable<? extends T> outcomes, Function<? super T, String> group,
            Function<? super T, String> lastStage, Predicate<? super T> passedLastStage) {
        return count(outcomes, group, lastStage, passedLastStage).report();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SelectionFlow f && stages.equals(f.stages);
    }

    @Override
    public int hashCode() {
        return stages.hashCode();
    }

    /** @return e.g. {@code SelectionFlow[screen -> interview -> offer]} */
    @Override
    public String toString() {
        return "SelectionFlow[" + String.join(" -> ", stages) + "]";
    }
}
