package io.github.interviewkit.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a panel under a policy: per criterion how many interviewers assessed it, the
 * lowest and highest rating and their aggregate (by the policy's {@link Aggregation} for that
 * criterion), the weighted composite on 0..1, and per competency its coverage. Every figure is
 * independent of the order of the scorecards.
 *
 * <p>These are the figures the built-in strategies decide on, offered to strategies of your own:
 * {@link #of(Panel, ScoringPolicy)} or {@link #of(Panel, Aggregation)} compute them from a panel,
 * and inside a {@linkplain ScoringStep step} {@link ScoringState#figures()} gives those of the panel
 * being scored, computed once. Criteria are addressed by their position in the rubric, which is
 * the column of {@link Panel#ratings()}.
 *
 * <p>Aggregates are kept as exact fractions of the integer levels. The composite is a double; a
 * comparison with a threshold ({@link #compareComposite}) is decided exactly, in integer
 * arithmetic, whenever the double is too close to the threshold to be trusted, and a composite that
 * close to one of the policy's thresholds is the exactly rounded value of the exact fraction.
 * Instances are immutable and thread-safe.
 */
public final class PanelFigures {
    /** Far above the rounding error of the double composite, far below any meaningful difference. */
    private static final double TRUSTED_MARGIN = 1e-9;
    private static final int[] NO_RATINGS = {};

    final CompiledRubric rubric;
    final int scorecards;
    /** Per criterion {@code i}: {@code [3i]} assessments, {@code [3i + 1]} lowest, {@code [3i + 2]} highest rating. */
    private final int[] cells;
    /** Per criterion {@code i}: the aggregate as the fraction {@code [2i] / [2i + 1]}. */
    private final long[] fractions;
    final int assessedCriteria;
    final double composite;

    /**
     * Computes the figures of a table of ratings.
     *
     * @param rubric the compiled role and policy
     * @param levels the ratings by scorecard then criterion, as {@link PanelRatings} keeps them
     * @param scorecards the number of scorecards, the rows of {@code levels}
     * @param thresholds the thresholds the composite will be compared with: a composite too close
     *     to one of them to be trusted is rounded exactly
     */
    PanelFigures(CompiledRubric rubric, int[] levels, int scorecards, CompiledRubric.Threshold[] thresholds) {
        this.rubric = rubric;
        this.scorecards = scorecards;
        int criteria = rubric.criteriaCount;
        int end = scorecards * criteria;
        int[] cells = new int[3 * criteria];
        long[] fractions = new long[2 * criteria];
        boolean keepRatings = rubric.needsSortedRatings;
        int[] sorted = keepRatings ? new int[scorecards] : NO_RATINGS;
        int assessed = 0;
        double weighted = 0;
        double weights = 0;
        // Criterion by criterion, as the ratings of one criterion combine: the running figures stay
        // in locals and each criterion's are written once.
        for (int i = 0; i < criteria; i++) {
            int n = 0;
            int lowest = Integer.MAX_VALUE;
            int highest = Integer.MIN_VALUE;
            long sum = 0;
            for (int at = i; at < end; at += criteria) {
                int value = levels[at];
                if (value == PanelRatings.NOT_ASSESSED) {
                    continue;
                }
                // Math.min and max compile to conditional moves: ratings vary, and a branch on each
                // comparison would be mispredicted often.
                lowest = Math.min(lowest, value);
                highest = Math.max(highest, value);
                sum += value;
                if (keepRatings) {
                    sorted[n] = value;
                }
                n++;
            }
            if (n == 0) {
                continue;
            }
            long numerator = sum;
            long denominator = n;
            // Compared by reference rather than switched on: the mean, by far the most common, costs
            // one comparison instead of a look-up of the enum's switch map per criterion.
            Aggregation aggregation = rubric.aggregation[i];
            if (aggregation == Aggregation.MEDIAN) {
                Arrays.sort(sorted, 0, n);
                if (n % 2 == 1) {
                    numerator = sorted[n / 2];
                    denominator = 1;
                } else {
                    numerator = (long) sorted[n / 2 - 1] + sorted[n / 2];
                    denominator = 2;
                }
            } else if (aggregation == Aggregation.TRIMMED_MEAN && n >= 3) {
                numerator -= lowest + highest;
                denominator = n - 2;
            }
            cells[3 * i] = n;
            cells[3 * i + 1] = lowest;
            cells[3 * i + 2] = highest;
            fractions[2 * i] = numerator;
            fractions[2 * i + 1] = denominator;
            assessed++;
            weighted += rubric.weightValue[i] * ((double) numerator / denominator - rubric.lowest);
            weights += rubric.weightValue[i];
        }
        this.cells = cells;
        this.fractions = fractions;
        this.assessedCriteria = assessed;
        double value = 0;
        if (assessed > 0) {
            value = Math.min(1.0, Math.max(0.0, weighted / (weights * (rubric.highest - rubric.lowest))));
            for (CompiledRubric.Threshold threshold : thresholds) {
                if (Math.abs(value - threshold.value) <= TRUSTED_MARGIN) {
                    BigInteger[] exact = exactComposite();
                    value = new BigDecimal(exact[0]).divide(new BigDecimal(exact[1]), MathContext.DECIMAL64).doubleValue();
                    break;
                }
            }
        }
        this.composite = value;
    }

    /**
     * Computes the figures of a panel under a policy: each criterion aggregated as the policy says,
     * weighted by the policy's weights or the rubric's. This compiles the policy for the panel's
     * role on every call; a step of a strategy reads the figures it is given instead
     * ({@link ScoringState#figures()}).
     *
     * @param panel the panel
     * @param policy the policy
     * @return the figures
     * @throws NullPointerException if {@code panel} or {@code policy} is {@code null}
     * @throws ScoringInputException if the policy names criteria or levels the role does not have
     */
    public static PanelFigures of(Panel panel, ScoringPolicy policy) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(policy, "policy");
        CompiledRubric rubric = new CompiledRubric(panel.role(), policy);
        PanelRatings ratings = panel.ratings();
        return new PanelFigures(rubric, ratings.levels, ratings.cards, rubric.thresholds);
    }

    /**
     * Computes the figures of a panel with every criterion aggregated the same way, weighted by the
     * rubric: {@link #of(Panel, ScoringPolicy)} under the default policy with that aggregation.
     *
     * @param panel the panel
     * @param aggregation how every criterion's ratings combine
     * @return the figures
     * @throws NullPointerException if {@code panel} or {@code aggregation} is {@code null}
     */
    public static PanelFigures of(Panel panel, Aggregation aggregation) {
        Objects.requireNonNull(aggregation, "aggregation");
        return of(panel, ScoringPolicy.builder().aggregation(aggregation).build());
    }

    /** @return how many scorecards the figures count */
    public int scorecards() {
        return scorecards;
    }

    /** @return the figures of every criterion of the rubric, in rubric order */
    public List<CriterionFigures> criteria() {
        return ComputedList.of(rubric.criteriaCount, this::criterion);
    }

    /**
     * Returns the figures of one criterion.
     *
     * @param criterion the criterion's position in the rubric
     * @return its figures
     * @throws IndexOutOfBoundsException if the rubric has no criterion at that position
     */
    public CriterionFigures criterion(int criterion) {
        Objects.checkIndex(criterion, rubric.criteriaCount);
        return CriterionFigures.trusted(rubric.criterionIds[criterion], count(criterion), aggregate(criterion),
                minimum(criterion), maximum(criterion));
    }

    /** @return how many criteria at least one interviewer assessed */
    public int assessedCriteria() {
        return assessedCriteria;
    }

    /**
     * Tells whether a criterion's aggregate is below a level, decided exactly.
     *
     * @param criterion the criterion's position in the rubric
     * @param level a level of the scale
     * @return whether someone assessed the criterion and its aggregate is below {@code level}
     * @throws IndexOutOfBoundsException if the rubric has no criterion at that position
     */
    public boolean aggregateBelow(int criterion, int level) {
        Objects.checkIndex(criterion, rubric.criteriaCount);
        return count(criterion) > 0 && numerator(criterion) < (long) level * denominator(criterion);
    }

    /**
     * @return the weighted composite on the range 0..1 (0: every assessed criterion at the scale's
     *     lowest level, 1: all at the highest), or empty when no criterion was assessed
     */
    public OptionalDouble composite() {
        return assessedCriteria > 0 ? OptionalDouble.of(composite) : OptionalDouble.empty();
    }

    /**
     * Compares the composite with a threshold exactly: a composite exactly on the threshold is
     * equal to it, whatever the rounding of the double.
     *
     * @param threshold a threshold on the range 0..1
     * @return a negative number, zero or a positive number as the composite is below, equal to or
     *     above the threshold
     * @throws NullPointerException if {@code threshold} is {@code null}
     * @throws IllegalStateException if no criterion was assessed, so that there is no composite
     */
    public int compareComposite(BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return compareComposite(new CompiledRubric.Threshold(threshold));
    }

    int compareComposite(CompiledRubric.Threshold threshold) {
        if (assessedCriteria == 0) {
            throw new IllegalStateException("no criterion was assessed, so there is no composite to compare");
        }
        double difference = composite - threshold.value;
        if (difference > TRUSTED_MARGIN) {
            return 1;
        }
        if (difference < -TRUSTED_MARGIN) {
            return -1;
        }
        BigInteger[] exact = exactComposite();
        BigDecimal value = threshold.exact;
        int scale = Math.max(0, value.scale());
        BigInteger thresholdNumerator = value.movePointRight(scale).toBigIntegerExact();
        // composite = N / D and threshold = T / 10^scale, with D > 0: compare N * 10^scale with T * D.
        return exact[0].multiply(BigInteger.TEN.pow(scale)).compareTo(thresholdNumerator.multiply(exact[1]));
    }

    /** @return the coverage of every competency of the role, in role order */
    public List<CompetencyCoverage> coverage() {
        return ComputedList.of(rubric.competencyIds.length, this::coverage);
    }

    private CompetencyCoverage coverage(int competency) {
        int[] criteria = rubric.competencyCriteria[competency];
        List<String> all = rubric.competencyCriterionIds.get(competency);
        int assessed = assessedCriteriaOf(competency);
        List<String> assessedIds = all;
        if (assessed < criteria.length) {
            String[] ids = new String[assessed];
            int k = 0;
            for (int i : criteria) {
                if (count(i) > 0) {
                    ids[k++] = rubric.criterionIds[i];
                }
            }
            assessedIds = List.of(ids);
        }
        return CompetencyCoverage.trusted(rubric.competencyIds[competency], all, assessedIds);
    }

    /** @return how many of the criteria evaluating a competency someone assessed */
    int assessedCriteriaOf(int competency) {
        int assessed = 0;
        for (int i : rubric.competencyCriteria[competency]) {
            if (count(i) > 0) {
                assessed++;
            }
        }
        return assessed;
    }

    /** @return the ids of the competencies no assessed criterion covers, in role order */
    List<String> uncoveredCompetencies() {
        List<String> uncovered = new ArrayList<>();
        for (int c = 0; c < rubric.competencyIds.length; c++) {
            if (assessedCriteriaOf(c) == 0) {
                uncovered.add(rubric.competencyIds[c]);
            }
        }
        return List.copyOf(uncovered);
    }

    int count(int criterion) {
        return cells[3 * criterion];
    }

    int minimum(int criterion) {
        return cells[3 * criterion + 1];
    }

    int maximum(int criterion) {
        return cells[3 * criterion + 2];
    }

    private long numerator(int criterion) {
        return fractions[2 * criterion];
    }

    private long denominator(int criterion) {
        return fractions[2 * criterion + 1];
    }

    /** @return the aggregate of a criterion as a double, 0 when nobody assessed it */
    double aggregate(int criterion) {
        return count(criterion) == 0 ? 0 : (double) numerator(criterion) / denominator(criterion);
    }

    /** @return the composite as an exact fraction: numerator, denominator */
    private BigInteger[] exactComposite() {
        // composite = sum_i W_i (a_i - lowest b_i) / b_i  /  ((highest - lowest) sum_i W_i),
        // over assessed criteria, with aggregate a_i / b_i and integer weights W_i.
        BigInteger common = BigInteger.ONE;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (count(i) > 0) {
                common = common.multiply(BigInteger.valueOf(denominator(i)));
            }
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger weights = BigInteger.ZERO;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (count(i) > 0) {
                long shifted = numerator(i) - (long) rubric.lowest * denominator(i);
                BigInteger share = common.divide(BigInteger.valueOf(denominator(i)));
                numerator = numerator.add(rubric.scaledWeight[i].multiply(BigInteger.valueOf(shifted)).multiply(share));
                weights = weights.add(rubric.scaledWeight[i]);
            }
        }
        return new BigInteger[] {numerator,
            weights.multiply(BigInteger.valueOf((long) rubric.highest - rubric.lowest)).multiply(common)};
    }

    /** @return the size of the figures, not the figures */
    @Override
    public String toString() {
        return "PanelFigures[" + scorecards + " scorecards, " + assessedCriteria + " of " + rubric.criteriaCount
                + " criteria assessed]";
    }
}
