package io.github.interviewkit.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * The figures of a set of scorecards under a {@link CompiledRubric}: per criterion the count,
 * lowest, highest and aggregate of the assessed ratings, the aggregate kept as an exact fraction
 * of longs, and the weighted composite. Every figure is independent of the order of the scorecards.
 *
 * <p>The composite is a double for speed; {@link #compareComposite} decides a comparison with a
 * threshold exactly: when the double is too close to the threshold to be trusted, it compares
 * the exact fraction in {@link BigInteger} arithmetic.
 */
final class PanelFigures {
    /** Far above the rounding error of the double composite, far below any meaningful difference. */
    private static final double TRUSTED_MARGIN = 1e-9;

    final CompiledRubric rubric;
    final int scorecards;
    final int[] count;
    final int[] minimum;
    final int[] maximum;
    final long[] aggregateNumerator;
    final long[] aggregateDenominator;
    final double[] aggregate;
    final int assessedCriteria;
    private double composite;
    private BigInteger exactNumerator;
    private BigInteger exactDenominator;

    /**
     * Computes the figures of some scorecards of a panel.
     *
     * @param rubric the compiled role and policy
     * @param matrix the panel's ratings
     * @param rows the indexes of the scorecards to count, or {@code null} for all of them
     */
    PanelFigures(CompiledRubric rubric, PanelRatings matrix, int[] rows) {
        this.rubric = rubric;
        this.scorecards = rows == null ? matrix.cards : rows.length;
        int criteria = rubric.criteriaCount;
        count = new int[criteria];
        minimum = new int[criteria];
        maximum = new int[criteria];
        aggregateNumerator = new long[criteria];
        aggregateDenominator = new long[criteria];
        aggregate = new double[criteria];
        int[] sorted = rubric.needsSortedRatings ? new int[criteria * scorecards] : null;
        int[] levels = matrix.levels;
        for (int row = 0; row < scorecards; row++) {
            int offset = (rows == null ? row : rows[row]) * criteria;
            for (int i = 0; i < criteria; i++) {
                int value = levels[offset + i];
                if (value == PanelRatings.NOT_ASSESSED) {
                    continue;
                }
                int n = count[i]++;
                if (n == 0 || value < minimum[i]) {
                    minimum[i] = value;
                }
                if (n == 0 || value > maximum[i]) {
                    maximum[i] = value;
                }
                aggregateNumerator[i] += value;
                if (sorted != null) {
                    sorted[i * scorecards + n] = value;
                }
            }
        }
        int assessed = 0;
        for (int i = 0; i < criteria; i++) {
            int n = count[i];
            if (n == 0) {
                continue;
            }
            assessed++;
            switch (rubric.aggregation[i]) {
                case MEDIAN -> {
                    int from = i * scorecards;
                    Arrays.sort(sorted, from, from + n);
                    int middle = from + n / 2;
                    if (n % 2 == 1) {
                        aggregateNumerator[i] = sorted[middle];
                        aggregateDenominator[i] = 1;
                    } else {
                        aggregateNumerator[i] = (long) sorted[middle - 1] + sorted[middle];
                        aggregateDenominator[i] = 2;
                    }
                }
                case TRIMMED_MEAN -> {
                    if (n >= 3) {
                        aggregateNumerator[i] -= minimum[i] + maximum[i];
                        aggregateDenominator[i] = n - 2;
                    } else {
                        aggregateDenominator[i] = n;
                    }
                }
                default -> aggregateDenominator[i] = n;
            }
            aggregate[i] = (double) aggregateNumerator[i] / aggregateDenominator[i];
        }
        assessedCriteria = assessed;
        if (assessed > 0) {
            double weighted = 0;
            double weights = 0;
            for (int i = 0; i < criteria; i++) {
                if (count[i] > 0) {
                    weighted += rubric.weightValue[i] * (aggregate[i] - rubric.lowest);
                    weights += rubric.weightValue[i];
                }
            }
            composite = Math.min(1.0, Math.max(0.0, weighted / (weights * (rubric.highest - rubric.lowest))));
        }
    }

    /** @return whether at least one criterion was assessed, so that there is a composite */
    boolean hasComposite() {
        return assessedCriteria > 0;
    }

    /** @return the composite on 0..1; exactly rounded once an exact comparison has run */
    double composite() {
        return composite;
    }

    /** @return whether the aggregate of criterion {@code i} is below {@code level}, decided exactly */
    boolean aggregateBelow(int i, int level) {
        return aggregateNumerator[i] < (long) level * aggregateDenominator[i];
    }

    /**
     * Compares the composite with a threshold exactly.
     *
     * @return a negative number, zero or a positive number as the composite is below, equal to or
     *     above the threshold
     */
    int compareComposite(CompiledRubric.Threshold threshold) {
        double difference = composite - threshold.value;
        if (difference > TRUSTED_MARGIN) {
            return 1;
        }
        if (difference < -TRUSTED_MARGIN) {
            return -1;
        }
        exact();
        BigDecimal value = threshold.exact;
        int scale = Math.max(0, value.scale());
        BigInteger thresholdNumerator = value.movePointRight(scale).toBigIntegerExact();
        // composite = N / D and threshold = T / 10^scale, with D > 0: compare N * 10^scale with T * D.
        return exactNumerator.multiply(BigInteger.TEN.pow(scale)).compareTo(thresholdNumerator.multiply(exactDenominator));
    }

    /** Computes the composite as an exact fraction, and rounds the double composite from it. */
    private void exact() {
        if (exactNumerator != null) {
            return;
        }
        // composite = sum_i W_i (a_i - lowest b_i) / b_i  /  ((highest - lowest) sum_i W_i),
        // over assessed criteria, with aggregate a_i / b_i and integer weights W_i.
        BigInteger common = BigInteger.ONE;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (count[i] > 0) {
                common = common.multiply(BigInteger.valueOf(aggregateDenominator[i]));
            }
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger weights = BigInteger.ZERO;
        for (int i = 0; i < rubric.criteriaCount; i++) {
            if (count[i] > 0) {
                long shifted = aggregateNumerator[i] - (long) rubric.lowest * aggregateDenominator[i];
                BigInteger share = common.divide(BigInteger.valueOf(aggregateDenominator[i]));
                numerator = numerator.add(rubric.scaledWeight[i].multiply(BigInteger.valueOf(shifted)).multiply(share));
                weights = weights.add(rubric.scaledWeight[i]);
            }
        }
        exactNumerator = numerator;
        exactDenominator = weights.multiply(BigInteger.valueOf((long) rubric.highest - rubric.lowest)).multiply(common);
        composite = new BigDecimal(exactNumerator).divide(new BigDecimal(exactDenominator), MathContext.DECIMAL64)
                .doubleValue();
    }
}
