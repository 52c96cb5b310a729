package io.github.interviewkit.scoring;

import io.github.interviewkit.model.internal.Arguments;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

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
 *   <tr><td>{@code minimumPanelSize}</td><td>3</td><td>fewer scorecards are flagged</td></tr>
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
@Value.Immutable
public abstract class ScoringPolicy {
    ScoringPolicy() {}

    private static final ScoringPolicy DEFAULTS = builder().build();

    /** @return the policy with every attribute at its default */
    public static ScoringPolicy defaults() {
        return DEFAULTS;
    }

    /** @return how each criterion's ratings combine unless {@link #criterionAggregation()} says otherwise */
    @Value.Default
    public Aggregation aggregation() {
        return Aggregation.MEAN;
    }

    /** @return per-criterion aggregation overrides, by criterion id */
    public abstract Map<String, Aggregation> criterionAggregation();

    /** @return per-criterion weights that replace the rubric's, by criterion id; each positive */
    public abstract Map<String, BigDecimal> weights();

    /** @return whether the rubric's must-have criteria gate the outcome at their minimum rating */
    @Value.Default
    public boolean rubricGates() {
        return true;
    }

    /**
     * @return minimum ratings by criterion id: each named criterion gates the outcome at that
     *     minimum, replacing the rubric's minimum for a must-have
     */
    public abstract Map<String, Integer> minimumRatings();

    /** @return what an observed critical pitfall does */
    @Value.Default
    public PitfallAction criticalPitfallAction() {
        return PitfallAction.VETO;
    }

    /** @return what an observed major pitfall does */
    @Value.Default
    public PitfallAction majorPitfallAction() {
        return PitfallAction.CAP;
    }

    /** @return what an observed minor pitfall does */
    @Value.Default
    public PitfallAction minorPitfallAction() {
        return PitfallAction.NOTE;
    }

    /**
     * Returns the action for a severity.
     *
     * @param severity a severity
     * @return the action the policy sets for it
     * @throws IllegalArgumentException if {@code severity} is {@code null}
     */
    public final PitfallAction pitfallAction(Severity severity) {
        Arguments.requireArgument(severity, "severity");
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
    @Value.Default
    public Recommendation pitfallCap() {
        return Recommendation.HIRE;
    }

    /** @return the lowest composite that is a strong hire */
    @Value.Default
    public BigDecimal strongHireThreshold() {
        return new BigDecimal("0.80");
    }

    /** @return the lowest composite that is a hire */
    @Value.Default
    public BigDecimal hireThreshold() {
        return new BigDecimal("0.60");
    }

    /** @return the lowest composite that is a no hire; below it, strong no hire */
    @Value.Default
    public BigDecimal noHireThreshold() {
        return new BigDecimal("0.30");
    }

    /**
     * @return the spread (highest minus lowest rating, in scale values) at or above which the
     *     interviewers are flagged as disagreeing on a criterion; at least 1
     */
    @Value.Default
    public int disagreementSpread() {
        return 2;
    }

    /** @return the smallest recommended panel; a panel with fewer scorecards is flagged; at least 1 */
    @Value.Default
    public int minimumPanelSize() {
        return 3;
    }

    /** @return the stages of the multiple-hurdle strategy, in the order they are passed */
    public abstract List<Hurdle> hurdles();

    /**
     * Checks that the criteria this policy names exist in a role and that its minimum ratings are
     * levels of the role's scale.
     *
     * @param role the role a strategy is prepared for
     * @throws ScoringInputException listing every criterion or level the role does not have
     */
    public final void checkAgainst(Role role) {
        if (role == null) {
            throw new ScoringInputException("ScoringPolicy", List.of(
                    io.github.interviewkit.model.Violation.of("role", null, "is required")));
        }
        InputRules.requireValid("ScoringPolicy for role '" + role.id() + "'",
                out -> PolicyRules.againstRole(this, role, out));
    }

    /**
     * Reads a policy from JSON or YAML text. Absent attributes take their defaults; {@code {}} is
     * the default policy. Reading is bounded like content reading ({@link ContentLimits#defaults()}:
     * size, nesting depth, string length, list size; YAML aliases are refused).
     *
     * @param text the document
     * @param format its format
     * @return the policy
     * @throws ScoringInputException listing every problem (syntax, unknown fields, wrong types,
     *     invalid values, limits) with its path and its line and column in the text
     */
    public static ScoringPolicy read(String text, ContentFormat format) {
        return PolicyCodec.read(text, format);
    }

    /**
     * Reads a policy from a file, JSON or YAML by its extension ({@code .json}, {@code .yaml},
     * {@code .yml}).
     *
     * @param file the file
     * @return the policy
     * @throws ScoringInputException if the file cannot be read, has another extension, or is
     *     invalid; every problem is listed
     */
    public static ScoringPolicy read(Path file) {
        return PolicyCodec.read(file);
    }

    /**
     * Writes this policy as a document that {@link #read(String, ContentFormat)} reads back to an
     * equal policy. Every attribute is written, defaults included, in a fixed order; maps are
     * sorted by criterion id.
     *
     * @param format the format
     * @return the document
     * @throws ScoringInputException if {@code format} is {@code null}
     */
    public final String write(ContentFormat format) {
        return PolicyCodec.write(this, format);
    }

    /** @return a new builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoringPolicy}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableScoringPolicy.Builder {
        Builder() {}
    }

    @Value.Check
    final void check() {
        InputRules.requireValid("ScoringPolicy", out -> PolicyRules.policy(this, out));
    }
}
