package io.github.interviewkit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered sequence of named {@linkplain ScoringStep steps}, and the strategy it makes. The
 * built-in strategies are such sequences ({@link #structured()}, {@link #barRaiser()},
 * {@link #multipleHurdle()}); a strategy of your own can start from one of them and insert, replace
 * or remove steps by name, or be put together from the built-in steps and its own:
 *
 * <pre>{@code
 * ScoringStrategy strict = ScoringSteps.structured()
 *         .after(ScoringSteps.MUST_HAVE_GATES, myVeto)      // a ScoringStep of your own
 *         .strategy("strict", "The structured rule plus my veto");
 * }</pre>
 *
 * <p>A sequence is immutable: every change returns a new one. Step names are unique, and the
 * {@linkplain ScoringStep#isReporting() reporting} steps come after every deciding step. When the
 * strategy scores a panel, the deciding steps run in order until one decides the recommendation
 * (a hurdle, or a step of your own calling {@link ScoringState#decide}), and the deciding steps
 * after it are skipped; if none decides, the {@linkplain ScoringState verdict} they leave decides
 * (rejected, incomplete, or the proposed outcome capped) and is recorded as the trace's
 * {@code decision} step. Then the reporting steps run in order.
 *
 * <p>The built-in steps, each recording its findings in the trace under the codes listed:
 * <ol>
 *   <li>{@link #hurdles()} ({@value #HURDLES}; in {@link #multipleHurdle()} only):
 *       {@code hurdle-passed}, {@code hurdle-failed}, {@code hurdle-missing},
 *       {@code hurdle-no-evidence}, and the {@code decision} when a hurdle decides;</li>
 *   <li>{@link #aggregate()} ({@value #AGGREGATE}): {@code aggregate}, and per criterion
 *       {@code criterion-aggregated} or {@code criterion-unassessed};</li>
 *   <li>{@link #mustHaveGates()} ({@value #MUST_HAVE_GATES}): {@code must-have-passed},
 *       {@code must-have-failed} (rejects), {@code must-have-unassessed} (incomplete), or
 *       {@code must-have-none};</li>
 *   <li>{@link #barRaiserVeto()} ({@value #BAR_RAISER_VETO}; in {@link #barRaiser()} only):
 *       {@code bar-raiser-veto} (rejects) or {@code bar-raiser-clear};</li>
 *   <li>{@link #pitfallRules()} ({@value #PITFALL_RULES}): {@code pitfall-veto} (rejects),
 *       {@code pitfall-cap} (caps), {@code pitfall-noted}, or {@code pitfalls-none};</li>
 *   <li>{@link #composite()} ({@value #COMPOSITE}): {@code composite}, or {@code no-evidence}
 *       (incomplete);</li>
 *   <li>{@link #thresholds()} ({@value #THRESHOLDS}): {@code threshold} (proposes the outcome);</li>
 *   <li>the verdict, unless a step decided: {@code decision};</li>
 *   <li>{@link #flags()} ({@value #FLAGS}, reporting): the flags {@code criterion-disagreement},
 *       {@code votes-disagree}, {@code uncovered-competencies}, {@code small-panel}.</li>
 * </ol>
 * The built-in steps read the role and policy of the {@link ScoringState} they run on, that is
 * the strategy's, and keep their findings in compact form: a report made of them creates its
 * {@link Finding} objects only when they are read.
 */
public final class ScoringSteps {
    /** The name of {@link #aggregate()}. */
    public static final String AGGREGATE = "aggregate";
    /** The name of {@link #mustHaveGates()}. */
    public static final String MUST_HAVE_GATES = "must-have-gates";
    /** The name of {@link #barRaiserVeto()}. */
    public static final String BAR_RAISER_VETO = "bar-raiser-veto";
    /** The name of {@link #pitfallRules()}. */
    public static final String PITFALL_RULES = "pitfall-rules";
    /** The name of {@link #composite()}. */
    public static final String COMPOSITE = "composite";
    /** The name of {@link #thresholds()}. */
    public static final String THRESHOLDS = "thresholds";
    /** The name of {@link #flags()}. */
    public static final String FLAGS = "flags";
    /** The name of {@link #hurdles()}. */
    public static final String HURDLES = "hurdles";

    private final List<ScoringStep> steps;
    private final List<String> names;

    private ScoringSteps(List<ScoringStep> steps) {
        List<String> named = new ArrayList<>(steps.size());
        Set<String> seen = new HashSet<>();
        String reporting = null;
        for (ScoringStep step : steps) {
            Objects.requireNonNull(step, "step");
            String name = NamedStep.requireSlug(step.name(), "the name of step " + step.getClass().getName(),
                    "must-have-gates");
            if (!seen.add(name)) {
                throw new IllegalArgumentException("two steps are named '" + name + "'; step names must be unique");
            }
            if (step.isReporting()) {
                reporting = name;
            } else if (reporting != null) {
                throw new IllegalArgumentException("the deciding step '" + name + "' comes after the reporting step '"
                        + reporting + "'; reporting steps run after the decision, so put it before them");
            }
            named.add(name);
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a strategy needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.names = List.copyOf(named);
    }

    /**
     * Returns a sequence of steps.
     *
     * @param steps the steps in order
     * @return the sequence
     * @throws NullPointerException if {@code steps} or a step is {@code null}
     * @throws IllegalArgumentException if there is no step, a name is not a slug or repeats, or a
     *     deciding step follows a reporting one
     */
    public static ScoringSteps of(ScoringStep... steps) {
        Objects.requireNonNull(steps, "steps");
        return new ScoringSteps(Arrays.asList(steps));
    }

    /**
     * Returns a sequence of steps.
     *
     * @param steps the steps in order
     * @return the sequence
     * @throws NullPointerException if {@code steps} or a step is {@code null}
     * @throws IllegalArgumentException if there is no step, a name is not a slug or repeats, or a
     *     deciding step follows a reporting one
     */
    public static ScoringSteps of(List<? extends ScoringStep> steps) {
        Objects.requireNonNull(steps, "steps");
        return new ScoringSteps(new ArrayList<>(steps));
    }

    /**
     * Returns the steps of the structured rule, the rule of {@link ScoringStrategies#structured()}:
     * {@value #AGGREGATE}, {@value #MUST_HAVE_GATES}, {@value #PITFALL_RULES}, {@value #COMPOSITE},
     * {@value #THRESHOLDS}, then (reporting) {@value #FLAGS}. The verdict they leave decides.
     *
     * @return the sequence
     */
    public static ScoringSteps structured() {
        return of(aggregate(), mustHaveGates(), pitfallRules(), composite(), thresholds(), flags());
    }

    /**
     * Returns the steps of {@link ScoringStrategies#barRaiser()}: the {@linkplain #structured()
     * structured} rule with the {@linkplain #barRaiserVeto() bar-raiser veto} after the must-have
     * gates.
     *
     * @return the sequence
     */
    public static ScoringSteps barRaiser() {
        return structured().after(MUST_HAVE_GATES, barRaiserVeto());
    }

    /**
     * Returns the steps of {@link ScoringStrategies#multipleHurdle()}: the {@linkplain #hurdles()
     * hurdles}, then the {@linkplain #structured() structured} rule.
     *
     * @return the sequence
     */
    public static ScoringSteps multipleHurdle() {
        return structured().before(AGGREGATE, hurdles());
    }

    /**
     * Returns the step that aggregates each criterion over the interviewers who assessed it (by
     * the policy's {@link Aggregation}) and records the figures.
     *
     * @return the step {@value #AGGREGATE}
     */
    public static ScoringStep aggregate() {
        return AggregateStep.INSTANCE;
    }

    /**
     * Returns the must-have gates: a gated criterion (a must-have of the rubric, or one the policy
     * gives a minimum rating) whose aggregate is below its minimum rejects the candidate whatever
     * the composite; one nobody assessed makes the panel incomplete.
     *
     * @return the step {@value #MUST_HAVE_GATES}
     */
    public static ScoringStep mustHaveGates() {
        return MustHaveGatesStep.INSTANCE;
    }

    /**
     * Returns the bar-raiser veto: any single interviewer's strongest "no" (the scale's lowest
     * level) on a gated criterion rejects the candidate, whatever the other ratings.
     *
     * @return the step {@value #BAR_RAISER_VETO}
     */
    public static ScoringStep barRaiserVeto() {
        return BarRaiserVetoStep.INSTANCE;
    }

    /**
     * Returns the pitfall rules: each observed pitfall does what the policy sets for its severity,
     * a veto (rejects), a cap (at most the policy's pitfall cap) or a note.
     *
     * @return the step {@value #PITFALL_RULES}
     */
    public static ScoringStep pitfallRules() {
        return PitfallRulesStep.INSTANCE;
    }

    /**
     * Returns the step that records the weighted composite on 0..1; without an assessed criterion
     * there is none and the panel is incomplete.
     *
     * @return the step {@value #COMPOSITE}
     */
    public static ScoringStep composite() {
        return CompositeStep.INSTANCE;
    }

    /**
     * Returns the thresholds: proposes the outcome whose threshold the composite reaches, decided
     * exactly (a composite exactly on a threshold reaches it).
     *
     * @return the step {@value #THRESHOLDS}
     */
    public static ScoringStep thresholds() {
        return ThresholdsStep.INSTANCE;
    }

    /**
     * Returns the reporting step that flags what a reader should look at: criteria whose spread
     * reaches the policy's disagreement spread, interviewers whose vote goes against the outcome,
     * competencies no assessed criterion covers, a panel smaller than recommended.
     *
     * @return the step {@value #FLAGS}
     */
    public static ScoringStep flags() {
        return FlagsStep.INSTANCE;
    }

    /**
     * Returns the policy's {@linkplain ScoringPolicy#hurdles() hurdles}, in order, each deciding on
     * the composite of its own stage's scorecards against its own cut-off (exactly; reaching the
     * cut-off passes). A stage without scorecards, or whose scorecards assess nothing, decides
     * {@link Recommendation#INCOMPLETE}; a failed hurdle decides {@link Recommendation#NO_HIRE} and
     * later stages do not count; once every hurdle is passed the steps after it decide. Preparing
     * it with a policy without hurdles fails with a {@link ScoringInputException}.
     *
     * @return the step {@value #HURDLES}
     */
    public static ScoringStep hurdles() {
        return HurdlesStep.INSTANCE;
    }

    /** @return the steps, in order */
    public List<ScoringStep> steps() {
        return steps;
    }

    /** @return the names of the steps, in order */
    public List<String> names() {
        return names;
    }

    /**
     * Returns a step by name, for example to wrap it in a step of your own.
     *
     * @param name a step's name
     * @return the step
     * @throws NullPointerException if {@code name} is {@code null}
     * @throws IllegalArgumentException if no step has that name
     */
    public ScoringStep step(String name) {
        return steps.get(indexOf(name));
    }

    /**
     * Returns the sequence with a step inserted before another.
     *
     * @param name the name of the step to insert before
     * @param step the step to insert
     * @return the new sequence
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if no step is named {@code name}, or the result breaks a rule
     *     of {@link #of(List)}
     */
    public ScoringSteps before(String name, ScoringStep step) {
        Objects.requireNonNull(step, "step");
        return inserted(indexOf(name), step);
    }

    /**
     * Returns the sequence with a step inserted after another.
     *
     * @param name the name of the step to insert after
     * @param step the step to insert
     * @return the new sequence
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if no step is named {@code name}, or the result breaks a rule
     *     of {@link #of(List)}
     */
    public ScoringSteps after(String name, ScoringStep step) {
        Objects.requireNonNull(step, "step");
        return inserted(indexOf(name) + 1, step);
    }

    /**
     * Returns the sequence with a step appended.
     *
     * @param step the step to append; a deciding step cannot follow a reporting one
     * @return the new sequence
     * @throws NullPointerException if {@code step} is {@code null}
     * @throws IllegalArgumentException if the result breaks a rule of {@link #of(List)}
     */
    public ScoringSteps then(ScoringStep step) {
        return inserted(steps.size(), step);
    }

    /**
     * Returns the sequence with a step in place of another, for example a wrapped version of it.
     *
     * @param name the name of the step to replace
     * @param step the step to put in its place
     * @return the new sequence
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if no step is named {@code name}, or the result breaks a rule
     *     of {@link #of(List)}
     */
    public ScoringSteps replace(String name, ScoringStep step) {
        Objects.requireNonNull(step, "step");
        List<ScoringStep> changed = new ArrayList<>(steps);
        changed.set(indexOf(name), step);
        return new ScoringSteps(changed);
    }

    /**
     * Returns the sequence without a step.
     *
     * @param name the name of the step to leave out
     * @return the new sequence
     * @throws NullPointerException if {@code name} is {@code null}
     * @throws IllegalArgumentException if no step is named {@code name}, or it is the only step
     */
    public ScoringSteps without(String name) {
        List<ScoringStep> changed = new ArrayList<>(steps);
        changed.remove(indexOf(name));
        return new ScoringSteps(changed);
    }

    /**
     * Returns the strategy that runs these steps. Preparing it for a role compiles the role and
     * policy once and prepares every step; the scorer it returns then runs the steps on each panel.
     *
     * @param id the strategy's id, a slug such as {@code structured}
     * @param description what the strategy does, in a sentence for people
     * @return the strategy
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code id} is not a slug or {@code description} is blank
     */
    public ScoringStrategy strategy(String id, String description) {
        NamedStep.requireSlug(id, "id", "structured");
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank, was \"" + description + "\"");
        }
        return new StepStrategy(id, description, this);
    }

    private ScoringSteps inserted(int index, ScoringStep step) {
        Objects.requireNonNull(step, "step");
        List<ScoringStep> changed = new ArrayList<>(steps);
        changed.add(index, step);
        return new ScoringSteps(changed);
    }

    private int indexOf(String name) {
        Objects.requireNonNull(name, "name");
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no step is named '" + name + "'; the steps are " + names);
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoringSteps that && steps.equals(that.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    /** @return the names of the steps, in order */
    @Override
    public String toString() {
        return "ScoringSteps" + names;
    }
}
