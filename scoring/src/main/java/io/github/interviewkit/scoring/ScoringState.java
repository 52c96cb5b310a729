package io.github.interviewkit.scoring;

import io.github.interviewkit.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One panel while the {@linkplain ScoringStep steps} of a strategy score it: what the steps read
 * (the {@link #panel()}, its {@link #figures()}) and what they build (the trace and flags of the
 * report, and the verdict the recommendation is decided from).
 *
 * <p><b>The verdict.</b> Steps that decide record what they found: {@link #reject()} (a failed
 * must-have, a veto: the outcome is at most {@link Recommendation#NO_HIRE}), {@link #markIncomplete()}
 * (evidence a decision needs is missing), {@link #capAt} (the outcome may be no better than a
 * cap), {@link #propose} (the outcome the evidence reaches, such as the composite's thresholds).
 * A step may {@link #decide} the recommendation outright, as a hurdle does; the deciding steps
 * after it are then skipped. Otherwise the verdict decides once the deciding steps are done, and
 * records it as the trace's {@code decision} step: a rejection gives at most
 * {@link Recommendation#NO_HIRE} (a strong no-hire stays strong) and beats missing evidence,
 * which gives {@link Recommendation#INCOMPLETE}; otherwise the proposed outcome, capped. With
 * nothing to decide on (nothing proposed, rejected or missing) the scoring fails with a
 * {@link ScoringException}. Then the {@linkplain ScoringStep#isReporting() reporting} steps run,
 * which may add findings but not change the verdict.
 *
 * <p>A state belongs to one call of {@link PanelScorer#score}: it is not thread-safe, and once the
 * report is made it no longer changes (every change throws {@link IllegalStateException}).
 */
public final class ScoringState {
    /** A trace or flag entry that is a {@link Finding} made outside the library, kept in {@link #extras}. */
    private static final int EXPLICIT = 0xFF;
    private static final FindingMessage[] MESSAGES = FindingMessage.values();

    final CompiledRubric rubric;
    final Panel panel;
    final List<Scorecard> cards;
    private final PanelFigures figures;
    private long[] trace;
    private int traceSize;
    private long @Nullable [] flags;
    private int flagSize;
    private @Nullable List<Object> extras;

    private boolean rejected;
    private boolean incomplete;
    private Recommendation cap = Recommendation.STRONG_HIRE;
    private @Nullable Recommendation proposed;
    private @Nullable Recommendation recommendation;
    private boolean reporting;
    private boolean done;

    ScoringState(CompiledRubric rubric, Panel panel, int traceCapacity) {
        this.rubric = rubric;
        this.panel = panel;
        this.cards = panel.scorecards();
        // Computed before any step runs: every report carries them, so doing it up front costs
        // nothing, and figures(), which the steps call often, is a plain field read.
        PanelRatings ratings = panel.ratings();
        this.figures = new PanelFigures(rubric, ratings.levels, ratings.cards, rubric.thresholds);
        this.trace = new long[traceCapacity];
    }

    /** @return the panel being scored */
    public Panel panel() {
        return panel;
    }

    /** @return the role the strategy was prepared for, the panel's role */
    public Role role() {
        return rubric.role;
    }

    /** @return the policy the strategy was prepared with */
    public ScoringPolicy policy() {
        return rubric.policy;
    }

    /**
     * Returns the figures of the whole panel under the strategy's policy, computed once before
     * the first step runs: every step reads the same figures, and the report carries them.
     *
     * @return the figures
     */
    public PanelFigures figures() {
        return figures;
    }

    /**
     * Adds the next step of the trace.
     *
     * @param step what a step found or did
     * @throws NullPointerException if {@code step} is {@code null}
     * @throws IllegalStateException if the report is already made
     */
    public void addStep(Finding step) {
        Objects.requireNonNull(step, "step");
        checkOpen();
        record(EXPLICIT, 0, keep(step));
    }

    /**
     * Adds a flag for the reader's attention.
     *
     * @param flag the flag
     * @throws NullPointerException if {@code flag} is {@code null}
     * @throws IllegalStateException if the report is already made
     */
    public void addFlag(Finding flag) {
        Objects.requireNonNull(flag, "flag");
        checkOpen();
        flag(EXPLICIT, 0, keep(flag));
    }

    /**
     * Vetoes a hire: adds the finding to the trace and {@linkplain #reject() rejects} the candidate.
     *
     * @param because why, e.g. the rule and the rating that vetoed
     * @throws NullPointerException if {@code because} is {@code null}
     * @throws IllegalStateException if the recommendation is already decided
     */
    public void veto(Finding because) {
        Objects.requireNonNull(because, "because");
        checkDeciding();
        addStep(because);
        rejected = true;
    }

    /**
     * Rejects the candidate whatever the composite: the decision gives at most
     * {@link Recommendation#NO_HIRE}, and a rejection beats missing evidence.
     *
     * @throws IllegalStateException if the recommendation is already decided
     */
    public void reject() {
        checkDeciding();
        rejected = true;
    }

    /**
     * Records that evidence a decision needs is missing: unless the candidate is rejected, the
     * decision is {@link Recommendation#INCOMPLETE}.
     *
     * @throws IllegalStateException if the recommendation is already decided
     */
    public void markIncomplete() {
        checkDeciding();
        incomplete = true;
    }

    /**
     * Caps the outcome: the decision is no more favourable than {@code cap} (or an earlier, lower cap).
     *
     * @param cap a decided outcome
     * @throws NullPointerException if {@code cap} is {@code null}
     * @throws IllegalArgumentException if {@code cap} is {@link Recommendation#INCOMPLETE}
     * @throws IllegalStateException if the recommendation is already decided
     */
    public void capAt(Recommendation cap) {
        requireDecided(cap, "cap");
        checkDeciding();
        this.cap = this.cap.atMost(cap);
    }

    /**
     * Proposes the outcome the evidence reaches before rejections and caps, as the built-in
     * thresholds step does with the composite; a later proposal replaces an earlier one.
     *
     * @param outcome a decided outcome
     * @throws NullPointerException if {@code outcome} is {@code null}
     * @throws IllegalArgumentException if {@code outcome} is {@link Recommendation#INCOMPLETE}
     * @throws IllegalStateException if the recommendation is already decided
     */
    public void propose(Recommendation outcome) {
        requireDecided(outcome, "outcome");
        checkDeciding();
        proposed = outcome;
    }

    /**
     * Decides the recommendation and adds the {@code decision} step to the trace, with the
     * parameters {@code recommendation} and {@code reason}. The deciding steps after this one are
     * skipped.
     *
     * @param outcome the recommendation
     * @param reason why, in a few words for people, e.g. {@code "vetoed by the hiring manager"}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code reason} is blank
     * @throws IllegalStateException if the recommendation is already decided
     */
    public void decide(Recommendation outcome, String reason) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank, was \"" + reason + "\"");
        }
        checkDeciding();
        decide(outcome, FindingMessage.DECISION, keep(reason));
    }

    /** @return whether a step rejected the candidate */
    public boolean isRejected() {
        return rejected;
    }

    /** @return whether a step found evidence missing */
    public boolean isIncomplete() {
        return incomplete;
    }

    /** @return the most favourable outcome the caps so far allow; {@link Recommendation#STRONG_HIRE} without a cap */
    public Recommendation cap() {
        return cap;
    }

    /** @return the outcome proposed so far, if any */
    public Optional<Recommendation> proposed() {
        return Optional.ofNullable(proposed);
    }

    /** @return the recommendation once a step decided it */
    public Optional<Recommendation> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** @return the trace so far, in order */
    public List<Finding> trace() {
        return ComputedList.of(traceSize, this::traceFinding);
    }

    /** @return the flags so far, in order */
    public List<Finding> flags() {
        return ComputedList.of(flagSize, this::flagFinding);
    }

    /** @return a summary of the state, without the scorecards' contents */
    @Override
    public String toString() {
        return "ScoringState[candidate " + panel.candidateId() + ", " + traceSize + " steps, " + flagSize + " flags"
                + (recommendation == null ? "" : ", " + recommendation.id()) + "]";
    }

    // The compact side, for the built-in steps and the report.

    boolean isDecided() {
        return recommendation != null;
    }

    /** @return the recommendation, or {@code null} while undecided */
    @Nullable Recommendation recommendationOrNull() {
        return recommendation;
    }

    /** @return the recommendation, for the reporting steps and the report, which run once it is decided */
    Recommendation decided() {
        Recommendation decided = recommendation;
        if (decided == null) {
            throw new IllegalStateException("the recommendation of candidate '" + panel.candidateId()
                    + "' is not decided yet");
        }
        return decided;
    }

    /** Records a built-in step's finding, made into a {@link Finding} only when read. */
    void record(FindingMessage message, int subject, int value) {
        record(message.ordinal(), subject, value);
    }

    /** Records a built-in flag, made into a {@link Finding} only when read. */
    void flag(FindingMessage message, int subject, int value) {
        flag(message.ordinal(), subject, value);
    }

    /** Decides with a built-in decision finding. */
    void decide(Recommendation outcome, FindingMessage message, int subject) {
        record(message.ordinal(), subject, outcome.ordinal());
        recommendation = outcome;
    }

    /**
     * Decides from the verdict once the deciding steps are done and none decided: a rejection
     * gives at most no-hire (a strong no-hire stays strong), otherwise missing evidence gives
     * incomplete, otherwise the proposed outcome, capped.
     *
     * @throws ScoringException if there is nothing to decide on: no rejection, nothing missing,
     *     nothing proposed
     */
    void decideByVerdict(String strategyId) {
        Recommendation outcome = proposed;
        if (rejected) {
            decide(outcome == null ? Recommendation.NO_HIRE : outcome.atMost(Recommendation.NO_HIRE),
                    FindingMessage.DECISION_REJECTED, 0);
        } else if (incomplete) {
            decide(Recommendation.INCOMPLETE, FindingMessage.DECISION_INCOMPLETE, 0);
        } else if (outcome == null) {
            throw new ScoringException("strategy '" + strategyId + "' has nothing to decide on for candidate '"
                    + panel.candidateId() + "': no step decided, proposed an outcome (the thresholds step does),"
                    + " rejected the candidate or found evidence missing");
        } else {
            Recommendation capped = outcome.atMost(cap);
            decide(capped, capped == outcome ? FindingMessage.DECISION_THRESHOLDS : FindingMessage.DECISION_CAPPED, 0);
        }
    }

    /** Keeps an object a compact entry refers to; returns its index. */
    int keep(Object extra) {
        List<Object> kept = extras;
        if (kept == null) {
            kept = new ArrayList<>(2);
            extras = kept;
        }
        kept.add(extra);
        return kept.size() - 1;
    }

    Object extra(int index) {
        List<Object> kept = extras;
        if (kept == null) {
            throw new IllegalStateException("no object is kept at " + index);
        }
        return kept.get(index);
    }

    /** Ends the deciding steps: from now on the verdict is fixed. */
    void startReporting() {
        reporting = true;
    }

    /** Ends scoring: the report is made from this state, which no longer changes. */
    Report report(String strategyId, @Nullable ReportAudit audit) {
        done = true;
        return new Report(strategyId, this, audit);
    }

    int traceSize() {
        return traceSize;
    }

    int flagSize() {
        return flagSize;
    }

    Finding traceFinding(int index) {
        Objects.checkIndex(index, traceSize);
        return finding(trace[index]);
    }

    Finding flagFinding(int index) {
        Objects.checkIndex(index, flagSize);
        long[] entries = flags;
        if (entries == null) {
            throw new IllegalStateException("no flag is kept");
        }
        return finding(entries[index]);
    }

    private void record(int kind, int subject, int value) {
        if (traceSize == trace.length) {
            trace = Arrays.copyOf(trace, 2 * traceSize + 4);
        }
        trace[traceSize++] = entry(kind, subject, value);
    }

    private void flag(int kind, int subject, int value) {
        long[] entries = flags;
        if (entries == null) {
            entries = new long[4];
        } else if (flagSize == entries.length) {
            entries = Arrays.copyOf(entries, 2 * flagSize);
        }
        entries[flagSize++] = entry(kind, subject, value);
        flags = entries;
    }

    /** Packs an entry: the kind in the top byte, the subject (a position) in the next three, the value below. */
    private static long entry(int kind, int subject, int value) {
        if (subject < 0 || subject > 0xFFFFFF) {
            throw new IllegalStateException("a finding's subject is a position below 2^24, was " + subject);
        }
        return ((long) kind << 56) | ((long) subject << 32) | (value & 0xFFFFFFFFL);
    }

    private Finding finding(long entry) {
        int kind = (int) (entry >>> 56);
        int subject = (int) (entry >>> 32) & 0xFFFFFF;
        int value = (int) entry;
        if (kind == EXPLICIT) {
            return (Finding) extra(value);
        }
        return MESSAGES[kind].finding(this, subject, value);
    }

    private void checkOpen() {
        if (done) {
            throw new IllegalStateException("the report of this panel is made; a step may change the state only while it runs");
        }
    }

    private void checkDeciding() {
        checkOpen();
        if (recommendation != null || reporting) {
            throw new IllegalStateException("the recommendation is "
                    + (recommendation == null ? "past deciding" : "decided (" + recommendation.id() + ")")
                    + "; only the findings of a reporting step may still be added");
        }
    }

    private static void requireDecided(Recommendation outcome, String name) {
        Objects.requireNonNull(outcome, name);
        if (!outcome.isDecided()) {
            throw new IllegalArgumentException(name + " must be a decided outcome, was " + outcome.id());
        }
    }
}
