package io.github.interviewkit.scoring;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.UnreadableContentException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What users tune about scoring, declared as data: an immutable value that reads from and writes
 * to JSON or YAML. {@link #defaults()} is the policy the built-in strategies use unless told
 * otherwise:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>attribute</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code aggregation}</td><td>{@code mean}</td><td>how each criterion's ratings combine</td></tr>
 *   <tr><td>{@code criterionAggregation}</td><td>none</td><td>per-criterion overrides</td></tr>
 *   <tr><td>{@code weights}</td><td>none</td><td>per-criterion weights replacing the rubric's</td></tr>
 *   <tr><td>{@code rubricGates}</td><td>{@code true}</td><td>the rubric's must-haves gate the outcome</td></tr>
 *   <tr><td>{@code minimumRatings}</td><td>none</td><td>extra gates, or new minimums for the rubric's</td></tr>
 *   <tr><td>{@code pitfallActions}</td><td>critical: veto, major: cap, minor: note</td><td>per severity</td></tr>
 *   <tr><td>{@code pitfallCap}</td><td>{@code hire}</td><td>the best outcome a capping pitfall allows</td></tr>
 *   <tr><td>{@code strongHireThreshold}</td><td>0.80</td><td>composite at or above: strong hire</td></tr>
 *   <tr><td>{@code hireThreshold}</td><td>0.60</td><td>composite at or above: hire</td></tr>
 *   <tr><td>{@code noHireThreshold}</td><td>0.30</td><td>composite at or above: no hire; below: strong no hire</td></tr>
 *   <tr><td>{@code disagreementSpread}</td><td>2</td><td>levels between the highest and lowest rating of a criterion that flag disagreement</td></tr>
 *   <tr><td>{@code minimumPanelSize}</td><td>3</td><td>fewer distinct interviewers are flagged</td></tr>
 *   <tr><td>{@code hurdles}</td><td>none</td><td>stages and cut-offs of the multiple-hurdle strategy</td></tr>
 * </table>
 *
 * <p>The composite is on the range 0..1 (0: every assessed criterion at the scale's lowest level,
 * 1: all at the highest), so thresholds and cut-offs are in [0, 1]. A composite exactly at a
 * threshold reaches it: with the defaults, a composite of exactly 0.6 is a hire. Thresholds are
 * compared exactly, never through a rounded floating-point value.
 *
 * <p>{@link Builder#build()} and the readers check the policy on its own (thresholds in order and
 * in range, positive weights, …) and report every problem at once in a
 * {@link ScoringInputException}; whether the criteria it names exist is checked when a strategy is
 * prepared for a role.
 */
public abstract class ScoringPolicy {
    ScoringPolicy() {}

    private static final ScoringPolicy DEFAULTS = builder().build();

    /** @return the policy with every attribute at its default */
    public static ScoringPolicy defaults() {
        return DEFAULTS;
    }

    /** @return how each criterion's ratings combine unless {@link #criterionAggregation()} says otherwise */
    public abstract Aggregation aggregation();

    /** @return per-criterion aggregation overrides, by criterion id */
    public abstract Map<String, Aggregation> criterionAggregation();

    /** @return per-criterion weights that replace the rubric's, by criterion id; each positive */
    public abstract Map<String, BigDecimal> weights();

    /** @return whether the rubric's must-have criteria gate the outcome at their minimum rating */
    public abstract boolean rubricGates();

    /**
     * @return minimum ratings by criterion id: each named criterion gates the outcome at that
     *     minimum, replacing the rubric's minimum for a must-have
     */
    public abstract Map<String, Integer> minimumRatings();

    /** @return what an observed critical pitfall does */
    public abstract PitfallAction criticalPitfallAction();

    /** @return what an observed major pitfall does */
    public abstract PitfallAction majorPitfallAction();

    /** @return what an observed minor pitfall does */
    public abstract PitfallAction minorPitfallAction();

    /**
     * Returns the action for a severity.
     *
     * @param severity a severity
     * @return the action the policy sets for it
     * @throws NullPointerException if {@code severity} is {@code null}
     */
    public final PitfallAction pitfallAction(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        switch (severity) {
            case CRITICAL:
                return criticalPitfallAction();
            case MAJOR:
                return majorPitfallAction();
            default:
                return minorPitfallAction();
        }
    }

    /** @return the most favourable outcome a {@link PitfallAction#CAP capping} pitfall allows; a decided outcome */
    public abstract Recommendation pitfallCap();

    /** @return the lowest composite that is a strong hire */
    public abstract BigDecimal strongHireThreshold();

    /** @return the lowest composite that is a hire */
    public abstract BigDecimal hireThreshold();

    /** @return the lowest composite that is a no hire; below it, strong no hire */
    public abstract BigDecimal noHireThreshold();

    /**
     * @return the spread (highest minus lowest rating, in scale values) at or above which the
     *     interviewers are flagged as disagreeing on a criterion; at least 1
     */
    public abstract int disagreementSpread();

    /** @return the smallest recommended panel; a panel with fewer scorecards is flagged; at least 1 */
    public abstract int minimumPanelSize();

    /** @return the stages of the multiple-hurdle strategy, in the order they are passed */
    public abstract List<Hurdle> hurdles();

    /**
     * Checks that the criteria this policy names exist in a role and that its minimum ratings are
     * levels of the role's scale.
     *
     * @param role the role a strategy is prepared for
     * @throws NullPointerException if {@code role} is {@code null}
     * @throws ScoringInputException listing every criterion or level the role does not have
     */
    public final void checkAgainst(Role role) {
        Objects.requireNonNull(role, "role");
        Violations problems = Violations.collector();
        PolicyRules.againstRole(this, role, problems);
        problems.throwIfAny("ScoringPolicy for role '" + role.id() + "'", ScoringInputException::new);
    }

    /**
     * Reads a policy from JSON or YAML text. Absent attributes take their defaults; {@code {}} is
     * the default policy. Reading is bounded by {@link ContentLimits#defaults()}; for other limits,
     * read with a {@link DocumentCodec} of {@link #documentKind()}.
     *
     * @param text the document
     * @param format its format
     * @return the policy
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException listing every problem (syntax, unknown fields, wrong types,
     *     invalid values, limits) with its path and its line and column in the text
     */
    public static ScoringPolicy read(String text, ContentFormat format) {
        return PolicyDocument.CODEC.read(text, format);
    }

    /**
     * Reads a policy from a file, JSON or YAML by its extension ({@code .json}, {@code .yaml},
     * {@code .yml}).
     *
     * @param file the file
     * @return the policy
     * @throws NullPointerException if {@code file} is {@code null}
     * @throws IllegalArgumentException if the file's extension names no format
     * @throws UnreadableContentException if the file is missing, not a regular file, or cannot be read
     * @throws ScoringInputException if the policy is invalid; every problem is listed
     */
    public static ScoringPolicy read(Path file) {
        return PolicyDocument.CODEC.read(file);
    }

    /**
     * Writes this policy as a document that {@link #read(String, ContentFormat)} reads back to an
     * equal policy. Every attribute is written, defaults included, in a fixed order; maps are
     * sorted by criterion id.
     *
     * @param format the format
     * @return the document
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public final String write(ContentFormat format) {
        return PolicyDocument.CODEC.write(this, Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the kind of document a policy is, for a {@link DocumentCodec} with limits of its own
     * or that ignores unknown fields: {@code DocumentCodec.builder(ScoringPolicy.documentKind())}.
     *
     * @return the document kind; reading gives a {@link ScoringInputException} for an invalid policy
     */
    public static DocumentKind<ScoringPolicy> documentKind() {
        return PolicyDocument.INSTANCE;
    }

    /** @return a new builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ScoringPolicy}, starting from the defaults; {@link #build()} checks the policy
     * on its own and reports every problem at once.
     */
    public static final class Builder {
        private Aggregation aggregation = Aggregation.MEAN;
        private final Map<String, Aggregation> criterionAggregation = new LinkedHashMap<>();
        private final Map<String, BigDecimal> weights = new LinkedHashMap<>();
        private boolean rubricGates = true;
        private final Map<String, Integer> minimumRatings = new LinkedHashMap<>();
        private PitfallAction criticalPitfallAction = PitfallAction.VETO;
        private PitfallAction majorPitfallAction = PitfallAction.CAP;
        private PitfallAction minorPitfallAction = PitfallAction.NOTE;
        private Recommendation pitfallCap = Recommendation.HIRE;
        private BigDecimal strongHireThreshold = new BigDecimal("0.80");
        private BigDecimal hireThreshold = new BigDecimal("0.60");
        private BigDecimal noHireThreshold = new BigDecimal("0.30");
        private int disagreementSpread = 2;
        private int minimumPanelSize = 3;
        private final List<Parts.Part<Hurdle>> hurdles = new ArrayList<>();

        Builder() {}

        /**
         * Copies every attribute of a value, replacing what was set before.
         *
         * @param value the value to start from
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder from(ScoringPolicy value) {
            Objects.requireNonNull(value, "value");
            return aggregation(value.aggregation())
                    .criterionAggregation(value.criterionAggregation())
                    .weights(value.weights())
                    .rubricGates(value.rubricGates())
                    .minimumRatings(value.minimumRatings())
                    .criticalPitfallAction(value.criticalPitfallAction())
                    .majorPitfallAction(value.majorPitfallAction())
                    .minorPitfallAction(value.minorPitfallAction())
                    .pitfallCap(value.pitfallCap())
                    .strongHireThreshold(value.strongHireThreshold())
                    .hireThreshold(value.hireThreshold())
                    .noHireThreshold(value.noHireThreshold())
                    .disagreementSpread(value.disagreementSpread())
                    .minimumPanelSize(value.minimumPanelSize())
                    .hurdles(value.hurdles());
        }

        /**
         * Sets how each criterion's ratings combine.
         *
         * @param aggregation the value
         * @return this builder
         * @throws NullPointerException if {@code aggregation} is {@code null}
         */
        public Builder aggregation(Aggregation aggregation) {
            this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
            return this;
        }

        /**
         * Puts one of per-criterion aggregation overrides, by criterion id, replacing any given for the same key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putCriterionAggregation(String key, Aggregation value) {
            this.criterionAggregation.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Puts per-criterion aggregation overrides, by criterion id, replacing any given for the same keys.
         *
         * @param criterionAggregation the entries
         * @return this builder
         * @throws NullPointerException if {@code criterionAggregation} or a key or value in it is {@code null}
         */
        public Builder putAllCriterionAggregation(Map<String, ? extends Aggregation> criterionAggregation) {
            Objects.requireNonNull(criterionAggregation, "criterionAggregation").forEach(this::putCriterionAggregation);
            return this;
        }

        /**
         * Replaces per-criterion aggregation overrides, by criterion id.
         *
         * @param criterionAggregation the entries
         * @return this builder
         * @throws NullPointerException if {@code criterionAggregation} or a key or value in it is {@code null}
         */
        public Builder criterionAggregation(Map<String, ? extends Aggregation> criterionAggregation) {
            Objects.requireNonNull(criterionAggregation, "criterionAggregation");
            this.criterionAggregation.clear();
            return putAllCriterionAggregation(criterionAggregation);
        }

        /**
         * Puts one of per-criterion weights that replace the rubric's, by criterion id, replacing any given for the same key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putWeights(String key, BigDecimal value) {
            this.weights.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Puts per-criterion weights that replace the rubric's, by criterion id, replacing any given for the same keys.
         *
         * @param weights the entries
         * @return this builder
         * @throws NullPointerException if {@code weights} or a key or value in it is {@code null}
         */
        public Builder putAllWeights(Map<String, ? extends BigDecimal> weights) {
            Objects.requireNonNull(weights, "weights").forEach(this::putWeights);
            return this;
        }

        /**
         * Replaces per-criterion weights that replace the rubric's, by criterion id.
         *
         * @param weights the entries
         * @return this builder
         * @throws NullPointerException if {@code weights} or a key or value in it is {@code null}
         */
        public Builder weights(Map<String, ? extends BigDecimal> weights) {
            Objects.requireNonNull(weights, "weights");
            this.weights.clear();
            return putAllWeights(weights);
        }

        /**
         * Sets whether the rubric's must-have criteria gate the outcome.
         *
         * @param rubricGates the value
         * @return this builder
         */
        public Builder rubricGates(boolean rubricGates) {
            this.rubricGates = rubricGates;
            return this;
        }

        /**
         * Puts one of minimum ratings by criterion id, each a gate, replacing any given for the same key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putMinimumRatings(String key, Integer value) {
            this.minimumRatings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Puts minimum ratings by criterion id, each a gate, replacing any given for the same keys.
         *
         * @param minimumRatings the entries
         * @return this builder
         * @throws NullPointerException if {@code minimumRatings} or a key or value in it is {@code null}
         */
        public Builder putAllMinimumRatings(Map<String, ? extends Integer> minimumRatings) {
            Objects.requireNonNull(minimumRatings, "minimumRatings").forEach(this::putMinimumRatings);
            return this;
        }

        /**
         * Replaces minimum ratings by criterion id, each a gate.
         *
         * @param minimumRatings the entries
         * @return this builder
         * @throws NullPointerException if {@code minimumRatings} or a key or value in it is {@code null}
         */
        public Builder minimumRatings(Map<String, ? extends Integer> minimumRatings) {
            Objects.requireNonNull(minimumRatings, "minimumRatings");
            this.minimumRatings.clear();
            return putAllMinimumRatings(minimumRatings);
        }

        /**
         * Sets what an observed critical pitfall does.
         *
         * @param criticalPitfallAction the value
         * @return this builder
         * @throws NullPointerException if {@code criticalPitfallAction} is {@code null}
         */
        public Builder criticalPitfallAction(PitfallAction criticalPitfallAction) {
            this.criticalPitfallAction = Objects.requireNonNull(criticalPitfallAction, "criticalPitfallAction");
            return this;
        }

        /**
         * Sets what an observed major pitfall does.
         *
         * @param majorPitfallAction the value
         * @return this builder
         * @throws NullPointerException if {@code majorPitfallAction} is {@code null}
         */
        public Builder majorPitfallAction(PitfallAction majorPitfallAction) {
            this.majorPitfallAction = Objects.requireNonNull(majorPitfallAction, "majorPitfallAction");
            return this;
        }

        /**
         * Sets what an observed minor pitfall does.
         *
         * @param minorPitfallAction the value
         * @return this builder
         * @throws NullPointerException if {@code minorPitfallAction} is {@code null}
         */
        public Builder minorPitfallAction(PitfallAction minorPitfallAction) {
            this.minorPitfallAction = Objects.requireNonNull(minorPitfallAction, "minorPitfallAction");
            return this;
        }

        /**
         * Sets the most favourable outcome a capping pitfall allows.
         *
         * @param pitfallCap the value
         * @return this builder
         * @throws NullPointerException if {@code pitfallCap} is {@code null}
         */
        public Builder pitfallCap(Recommendation pitfallCap) {
            this.pitfallCap = Objects.requireNonNull(pitfallCap, "pitfallCap");
            return this;
        }

        /**
         * Sets the lowest composite that is a strong hire.
         *
         * @param strongHireThreshold the value
         * @return this builder
         * @throws NullPointerException if {@code strongHireThreshold} is {@code null}
         */
        public Builder strongHireThreshold(BigDecimal strongHireThreshold) {
            this.strongHireThreshold = Objects.requireNonNull(strongHireThreshold, "strongHireThreshold");
            return this;
        }

        /**
         * Sets the lowest composite that is a hire.
         *
         * @param hireThreshold the value
         * @return this builder
         * @throws NullPointerException if {@code hireThreshold} is {@code null}
         */
        public Builder hireThreshold(BigDecimal hireThreshold) {
            this.hireThreshold = Objects.requireNonNull(hireThreshold, "hireThreshold");
            return this;
        }

        /**
         * Sets the lowest composite that is a no hire.
         *
         * @param noHireThreshold the value
         * @return this builder
         * @throws NullPointerException if {@code noHireThreshold} is {@code null}
         */
        public Builder noHireThreshold(BigDecimal noHireThreshold) {
            this.noHireThreshold = Objects.requireNonNull(noHireThreshold, "noHireThreshold");
            return this;
        }

        /**
         * Sets the spread at or above which interviewers are flagged as disagreeing.
         *
         * @param disagreementSpread the value
         * @return this builder
         */
        public Builder disagreementSpread(int disagreementSpread) {
            this.disagreementSpread = disagreementSpread;
            return this;
        }

        /**
         * Sets the smallest recommended panel.
         *
         * @param minimumPanelSize the value
         * @return this builder
         */
        public Builder minimumPanelSize(int minimumPanelSize) {
            this.minimumPanelSize = minimumPanelSize;
            return this;
        }

        /**
         * Adds the stages of the multiple-hurdle strategy, in order after those added so far.
         *
         * @param hurdles the values
         * @return this builder
         * @throws NullPointerException if {@code hurdles} or one of them is {@code null}
         */
        public Builder addHurdles(Hurdle... hurdles) {
            Parts.addValues(this.hurdles, "hurdles", hurdles);
            return this;
        }

        /**
         * Adds one of the stages of the multiple-hurdle strategy, in order, to be built and checked with this value: its problems are reported
         * under its place in the list.
         *
         * @param builder the builder of the value; read when this value is built
         * @return this builder
         * @throws NullPointerException if {@code builder} is {@code null}
         */
        public Builder addHurdles(Hurdle.Builder builder) {
            Objects.requireNonNull(builder, "builder");
            this.hurdles.add(builder::tree);
            return this;
        }

        /**
         * Adds the stages of the multiple-hurdle strategy, in order after those added so far.
         *
         * @param hurdles the values
         * @return this builder
         * @throws NullPointerException if {@code hurdles} or one of them is {@code null}
         */
        public Builder addAllHurdles(Iterable<Hurdle> hurdles) {
            Parts.addAllValues(this.hurdles, "hurdles", hurdles);
            return this;
        }

        /**
         * Replaces the stages of the multiple-hurdle strategy, in order.
         *
         * @param hurdles the values, in order
         * @return this builder
         * @throws NullPointerException if {@code hurdles} or one of them is {@code null}
         */
        public Builder hurdles(Iterable<Hurdle> hurdles) {
            Objects.requireNonNull(hurdles, "hurdles");
            this.hurdles.clear();
            return addAllHurdles(hurdles);
        }

        /**
         * Builds the value and checks it, with every part given as a builder.
         *
         * @return the value
         * @throws ScoringInputException listing every problem of the value and of the parts built with it
         */
        public ScoringPolicy build() {
            return Violations.build("ScoringPolicy", ScoringInputException::new, this::tree);
        }

        /**
         * Builds the value, or reports every problem instead of throwing.
         *
         * @param problems where the problems go, with paths relative to the value
         * @return the value, or empty when it or a part built with it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<ScoringPolicy> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable ScoringPolicy tree(ViolationSink out) {

            ScoringPolicy scoringPolicy = new ImmutableScoringPolicy.Builder()
                    .aggregation(aggregation)
                    .putAllCriterionAggregation(criterionAggregation)
                    .putAllWeights(weights)
                    .rubricGates(rubricGates)
                    .putAllMinimumRatings(minimumRatings)
                    .criticalPitfallAction(criticalPitfallAction)
                    .majorPitfallAction(majorPitfallAction)
                    .minorPitfallAction(minorPitfallAction)
                    .pitfallCap(pitfallCap)
                    .strongHireThreshold(strongHireThreshold)
                    .hireThreshold(hireThreshold)
                    .noHireThreshold(noHireThreshold)
                    .disagreementSpread(disagreementSpread)
                    .minimumPanelSize(minimumPanelSize)
                    .addAllHurdles(Parts.all(hurdles, "hurdles", out))
                    .build();
            PolicyRules.policy(scoringPolicy, out);
            return scoringPolicy;
        }
    }
}
