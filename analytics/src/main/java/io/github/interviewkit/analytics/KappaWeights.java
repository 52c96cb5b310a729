package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.Objects;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How much a disagreement between two categories counts in Cohen's kappa: unweighted (every
 * disagreement counts fully), linear or quadratic in the distance between category positions, or a
 * caller's own matrix, given either as agreement weights (Fleiss &amp; Cohen: 1 on the diagonal,
 * between 0 and 1 elsewhere) or as disagreement weights (Cohen 1968: 0 on the diagonal, any
 * non-negative number elsewhere). Row {@code i}, column {@code j} is the cell where the first
 * rater chose category {@code i} and the second chose {@code j}; the matrix need not be symmetric.
 *
 * <p>Linear and quadratic weights use category <em>positions</em> (0 for the lowest), so a scale
 * with values 1, 2, 4 is weighted like 1, 2, 3.
 */
public final class KappaWeights implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private enum Kind { UNWEIGHTED, LINEAR, QUADRATIC, CUSTOM }

    private static final KappaWeights UNWEIGHTED = new KappaWeights(Kind.UNWEIGHTED, null, "unweighted");
    private static final KappaWeights LINEAR = new KappaWeights(Kind.LINEAR, null, "linear");
    private static final KappaWeights QUADRATIC = new KappaWeights(Kind.QUADRATIC, null, "quadratic");

    private final Kind kind;
    /** Disagreement weights of a caller's matrix; {@code null} for the built-in kinds. */
    private final double @Nullable [][] disagreement;
    private final String name;

    private KappaWeights(Kind kind, double @Nullable [][] disagreement, String name) {
        this.kind = kind;
        this.disagreement = disagreement;
        this.name = name;
    }

    /** @return weights under which every disagreement counts fully (Cohen 1960) */
    public static KappaWeights unweighted() {
        return UNWEIGHTED;
    }

    /** @return disagreement weights {@code |i - j| / (k - 1)} over category positions */
    public static KappaWeights linear() {
        return LINEAR;
    }

    /** @return disagreement weights {@code ((i - j) / (k - 1))^2} over category positions */
    public static KappaWeights quadratic() {
        return QUADRATIC;
    }

    /**
     * Returns a caller's agreement weights: 1 means the two categories count as full agreement,
     * 0 as full disagreement.
     *
     * @param weights a square matrix, 1 on the diagonal, every entry between 0 and 1
     * @return the weights
     * @throws io.github.interviewkit.scoring.ScoringInputException if the matrix is missing, not
     *     square, or an entry is out of range; every problem is listed
     */
    public static KappaWeights agreement(double[][] weights) {
        Violations problems = Violations.collector();
        double[][] copy = square(weights, problems);
        for (int i = 0; i < copy.length; i++) {
            for (int j = 0; j < copy.length; j++) {
                double w = copy[i][j];
                if (i == j && w != 1.0) {
                    problems.add(path(i, j), w, "an agreement weight on the diagonal must be 1");
                } else if (!(w >= 0.0 && w <= 1.0)) {
                    problems.add(path(i, j), w, "an agreement weight must be between 0 and 1");
                }
                copy[i][j] = 1.0 - w;
            }
        }
        problems.throwIfAny("KappaWeights", ScoringInputException::new);
        return new KappaWeights(Kind.CUSTOM, copy, "agreement " + Arrays.deepToString(weights));
    }

    /**
     * Returns a caller's disagreement weights, as in Cohen (1968): 0 for agreement, larger numbers
     * for worse disagreements. Only their ratios matter.
     *
     * @param weights a square matrix, 0 on the diagonal, every entry finite and non-negative
     * @return the weights
     * @throws io.github.interviewkit.scoring.ScoringInputException if the matrix is missing, not
     *     square, or an entry is out of range; every problem is listed
     */
    public static KappaWeights disagreement(double[][] weights) {
        Violations problems = Violations.collector();
        double[][] copy = square(weights, problems);
        for (int i = 0; i < copy.length; i++) {
            for (int j = 0; j < copy.length; j++) {
                double v = copy[i][j];
                if (i == j && v != 0.0) {
                    problems.add(path(i, j), v, "a disagreement weight on the diagonal must be 0");
                } else if (!(v >= 0.0 && Double.isFinite(v))) {
                    problems.add(path(i, j), v, "a disagreement weight must be finite and not negative");
                }
            }
        }
        problems.throwIfAny("KappaWeights", ScoringInputException::new);
        return new KappaWeights(Kind.CUSTOM, copy, "disagreement " + Arrays.deepToString(weights));
    }

    private static double[][] square(double[][] weights, Violations problems) {
        Objects.requireNonNull(weights, "weights");
        int k = weights.length;
        if (k < 2) {
            problems.add("weights", k + " rows", "needs one row and column per category, at least two");
        }
        double[][] copy = new double[k][];
        for (int i = 0; i < k; i++) {
            if (weights[i] == null || weights[i].length != k) {
                problems.add("weights[" + i + "]", weights[i] == null ? null : weights[i].length + " entries",
                        "must have " + k + " entries: the matrix is square");
                copy[i] = new double[k];
            } else {
                copy[i] = weights[i].clone();
            }
        }
        problems.throwIfAny("KappaWeights", ScoringInputException::new);
        return copy;
    }

    private static String path(int i, int j) {
        return "weights[" + i + "][" + j + "]";
    }

    /**
     * The disagreement weights for {@code k} categories.
     *
     * @throws io.github.interviewkit.scoring.ScoringInputException if a caller's matrix does not
     *     have one row per category
     */
    double[][] disagreementFor(int k) {
        if (kind == Kind.CUSTOM) {
            double[][] custom = Objects.requireNonNull(disagreement, "a caller's weights are kept");
            if (custom.length != k) {
                throw Inputs.invalid("KappaWeights", "weights", custom.length + " rows",
                        "has " + custom.length + " rows and columns; the categories number " + k);
            }
            return custom;
        }
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double distance = Math.abs(i - j) / (double) (k - 1);
                v[i][j] = switch (kind) {
                    case UNWEIGHTED -> i == j ? 0.0 : 1.0;
                    case LINEAR -> distance;
                    case QUADRATIC -> distance * distance;
                    case CUSTOM -> throw new AssertionError(kind);
                };
            }
        }
        return v;
    }

    /** @return the kind of weights, e.g. {@code quadratic} */
    @Override
    public String toString() {
        return name;
    }
}
