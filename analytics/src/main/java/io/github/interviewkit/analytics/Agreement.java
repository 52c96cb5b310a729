package io.github.interviewkit.analytics;

import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.Objects;

/**
 * Agreement between raters, from plain data: Cohen's kappa, Scott's pi, Fleiss' kappa,
 * Krippendorff's alpha, the six Shrout &amp; Fleiss intraclass correlations and Kendall's W. Every
 * method validates its input completely and throws one
 * {@link io.github.interviewkit.scoring.ScoringInputException} listing every problem with its
 * path; a statistic that the data cannot define comes back as an undefined {@link Coefficient}
 * with the reason, never as {@code NaN}. Methods are pure functions of their arguments and safe to
 * call from any thread.
 *
 * <p><b>Plain arrays.</b> Alpha, Fleiss and Cohen also read {@code int[][]} ratings (one row per
 * unit, one column per rater) with a missing marker the caller names, and {@code double[][]}
 * ratings with {@code NaN} for missing, in one pass over the array, without boxing and without
 * building a second structure: the memory they take does not grow with the number of units.
 * Each method here is its partial form made from the whole input and finished at once
 * ({@link CoincidenceCounts}, {@link CategoryCounts}, {@link ContingencyTable}, {@link IccSums},
 * {@link RankSums}).
 */
public final class Agreement {
    private Agreement() {}

    /**
     * Cohen's kappa between two raters of a matrix; units either of them did not rate are left out.
     *
     * @param matrix the ratings
     * @param firstRater the column of the first rater (rows of the weight matrix)
     * @param secondRater the column of the second rater (columns of the weight matrix)
     * @param weights how disagreements count
     * @return kappa
     * @throws NullPointerException if {@code matrix} or {@code weights} is {@code null}
     * @throws ScoringInputException if a rater is not a column of the matrix, the raters are the
     *     same, or a caller's weight matrix does not have one row per category; every problem is listed
     */
    public static CohensKappa cohensKappa(RatingMatrix matrix, int firstRater, int secondRater, KappaWeights weights) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(weights, "weights");
        checkRaters(matrix, firstRater, secondRater);
        return ContingencyTable.of(matrix, firstRater, secondRater).cohensKappa(weights);
    }

    /**
     * Cohen's kappa from a table of counts, as papers print it.
     *
     * @param categories the categories, one row and one column of the table each
     * @param table {@code table[i][j]} units the first rater put in category {@code i} and the second
     *     in category {@code j}; square, one row per category, no negative count
     * @param weights how disagreements count
     * @return kappa
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing, the table does not have one row and column
     *     per category, a count is negative, or a caller's weight matrix does not fit; every problem
     *     is listed
     */
    public static CohensKappa cohensKappa(CategorySet categories, long[][] table, KappaWeights weights) {
        Objects.requireNonNull(weights, "weights");
        return ContingencyTable.of(categories, table).cohensKappa(weights);
    }

    /**
     * Cohen's kappa between two columns of plain ratings, read in one pass without boxing.
     *
     * @param categories the categories
     * @param ratings one row per unit, category values or {@code missing}
     * @param missing the value that marks a missing rating, not a category
     * @param firstRater the column of the first rater
     * @param secondRater the column of the second rater
     * @param weights how disagreements count
     * @return kappa
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException as {@link ContingencyTable#of(CategorySet, int[][], int, int, int)}
     * @throws ScoringInputException as {@link ContingencyTable#of(CategorySet, int[][], int, int, int)}
     */
    public static CohensKappa cohensKappa(CategorySet categories, int[][] ratings, int missing, int firstRater,
            int secondRater, KappaWeights weights) {
        Objects.requireNonNull(weights, "weights");
        return ContingencyTable.of(categories, ratings, missing, firstRater, secondRater).cohensKappa(weights);
    }

    /**
     * Cohen's kappa between two columns of plain numeric ratings; {@code NaN} is no rating.
     *
     * @param categories the categories
     * @param ratings one row per unit, category values as numbers or {@code NaN}
     * @param firstRater the column of the first rater
     * @param secondRater the column of the second rater
     * @param weights how disagreements count
     * @return kappa
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException as {@link ContingencyTable#of(CategorySet, double[][], int, int)}
     * @throws ScoringInputException as {@link ContingencyTable#of(CategorySet, double[][], int, int)}
     */
    public static CohensKappa cohensKappa(CategorySet categories, double[][] ratings, int firstRater, int secondRater,
            KappaWeights weights) {
        Objects.requireNonNull(weights, "weights");
        return ContingencyTable.of(categories, ratings, firstRater, secondRater).cohensKappa(weights);
    }

    /**
     * Scott's pi between two raters of a matrix; units either of them did not rate are left out.
     *
     * @param matrix the ratings
     * @param firstRater the column of the first rater
     * @param secondRater the column of the second rater
     * @return pi
     * @throws NullPointerException if {@code matrix} is {@code null}
     * @throws ScoringInputException if a rater is not a column of the matrix or the raters are the
     *     same; every problem is listed
     */
    public static ScottsPi scottsPi(RatingMatrix matrix, int firstRater, int secondRater) {
        Objects.requireNonNull(matrix, "matrix");
        checkRaters(matrix, firstRater, secondRater);
        return ContingencyTable.of(matrix, firstRater, secondRater).scottsPi();
    }

    /**
     * Scott's pi from a table of counts.
     *
     * @param categories the categories, one row and one column of the table each
     * @param table {@code table[i][j]} units the first rater put in category {@code i} and the second in {@code j}
     * @return pi
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException as {@link #cohensKappa(CategorySet, long[][], KappaWeights)}
     */
    public static ScottsPi scottsPi(CategorySet categories, long[][] table) {
        return ContingencyTable.of(categories, table).scottsPi();
    }

    private static void checkRaters(RatingMatrix matrix, int firstRater, int secondRater) {
        Violations problems = Violations.collector();
        if (firstRater < 0 || firstRater >= matrix.raters()) {
            problems.add("firstRater", firstRater, "is not a rater of the matrix (0.." + (matrix.raters() - 1) + ")");
        }
        if (secondRater < 0 || secondRater >= matrix.raters()) {
            problems.add("secondRater", secondRater, "is not a rater of the matrix (0.." + (matrix.raters() - 1) + ")");
        }
        if (firstRater == secondRater) {
            problems.add("secondRater", secondRater, "is the same rater as firstRater");
        }
        problems.throwIfAny("CohensKappa", ScoringInputException::new);
    }

    /**
     * Fleiss' kappa over all raters of a matrix, with its observed and chance agreement. Fleiss'
     * kappa needs the same number of ratings on every unit; when ratings are missing unevenly the
     * result is undefined with that reason (use
     * {@link #krippendorffsAlpha(RatingMatrix, MeasurementLevel)}, which handles missing ratings).
     *
     * @param matrix the ratings
     * @return kappa overall and per category
     * @throws NullPointerException if {@code matrix} is {@code null}
     */
    public static FleissKappa fleissKappa(RatingMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        return CategoryCounts.of(matrix).kappa();
    }

    /**
     * Fleiss' kappa from counts per unit and category, the form Fleiss (1971) uses.
     *
     * @param categories the categories, one column of {@code counts} each
     * @param counts {@code counts[u][c]} raters put unit {@code u} in category {@code c}; every row
     *     has one column per category, no negative count and the same total
     * @return kappa overall and per category
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if a row is missing, a row has the wrong length, a count is
     *     negative or row totals differ; every problem is listed
     */
    public static FleissKappa fleissKappa(CategorySet categories, int[][] counts) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(counts, "counts");
        Violations problems = Violations.collector();
        int k = categories.size();
        long firstTotal = -1;
        for (int u = 0; u < counts.length; u++) {
            int[] row = counts[u];
            if (row == null || row.length != k) {
                continue;
            }
            long total = 0;
            boolean negative = false;
            for (int c = 0; c < k; c++) {
                negative |= row[c] < 0;
                total += row[c];
            }
            if (negative) {
                continue;
            }
            if (firstTotal < 0) {
                firstTotal = total;
            } else if (total != firstTotal) {
                problems.add("counts[" + u + "]", total + " ratings", "has " + total + " ratings; earlier units have "
                        + firstTotal + " (Fleiss' kappa needs the same number on every unit)");
            }
        }
        CategoryCounts table;
        try {
            table = CategoryCounts.ofCounts(categories, counts);
        } catch (ScoringInputException shape) {
            problems.addAll(shape.violations());
            table = CategoryCounts.empty(categories);
        }
        problems.throwIfAny("FleissKappa", ScoringInputException::new);
        return table.kappa();
    }

    /**
     * Fleiss' kappa from plain ratings, read in one pass without boxing.
     *
     * @param categories the categories
     * @param ratings one row per unit, category values or {@code missing}
     * @param missing the value that marks a missing rating, not a category
     * @return kappa overall and per category; undefined when units have different numbers of ratings
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code missing} is a category
     * @throws ScoringInputException as {@link CategoryCounts#of(CategorySet, int[][], int)}
     */
    public static FleissKappa fleissKappa(CategorySet categories, int[][] ratings, int missing) {
        return CategoryCounts.of(categories, ratings, missing).kappa();
    }

    /**
     * Fleiss' kappa from plain numeric ratings; {@code NaN} is no rating.
     *
     * @param categories the categories
     * @param ratings one row per unit, category values as numbers or {@code NaN}
     * @return kappa overall and per category; undefined when units have different numbers of ratings
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException as {@link CategoryCounts#of(CategorySet, double[][])}
     */
    public static FleissKappa fleissKappa(CategorySet categories, double[][] ratings) {
        return CategoryCounts.of(categories, ratings).kappa();
    }

    /**
     * Krippendorff's alpha over all raters of a matrix, missing ratings allowed.
     *
     * @param matrix the ratings
     * @param level the level of measurement, which chooses the difference function
     * @return alpha
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException if the level is {@link MeasurementLevel#RATIO} and a category
     *     value is negative
     */
    public static KrippendorffsAlpha krippendorffsAlpha(RatingMatrix matrix, MeasurementLevel level) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(level, "level");
        return CoincidenceCounts.of(matrix).alpha(level);
    }

    /**
     * Krippendorff's alpha from plain ratings, read in one pass without boxing; its memory does not
     * grow with the number of units.
     *
     * @param categories the categories
     * @param ratings one row per unit, category values or {@code missing}; rows may differ in length
     * @param missing the value that marks a missing rating, not a category (e.g. {@link Integer#MIN_VALUE})
     * @param level the level of measurement
     * @return alpha
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code missing} is a category
     * @throws ScoringInputException as {@link CoincidenceCounts#of(CategorySet, int[][], int)} and
     *     {@link CoincidenceCounts#alpha(MeasurementLevel)}
     */
    public static KrippendorffsAlpha krippendorffsAlpha(CategorySet categories, int[][] ratings, int missing,
            MeasurementLevel level) {
        Objects.requireNonNull(level, "level");
        return CoincidenceCounts.of(categories, ratings, missing).alpha(level);
    }

    /**
     * Krippendorff's alpha from plain numeric ratings; {@code NaN} is no rating.
     *
     * @param categories the categories
     * @param ratings one row per unit, category values as numbers or {@code NaN}
     * @param level the level of measurement
     * @return alpha
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException as {@link CoincidenceCounts#of(CategorySet, double[][])} and
     *     {@link CoincidenceCounts#alpha(MeasurementLevel)}
     */
    public static KrippendorffsAlpha krippendorffsAlpha(CategorySet categories, double[][] ratings,
            MeasurementLevel level) {
        Objects.requireNonNull(level, "level");
        return CoincidenceCounts.of(categories, ratings).alpha(level);
    }

    /**
     * Krippendorff's alpha from a table of value counts per unit (any number of ratings per unit).
     *
     * @param categories the categories, one column each
     * @param counts {@code counts[u][c]} ratings of unit {@code u} in category {@code c}
     * @param level the level of measurement
     * @return alpha
     * @throws NullPointerException if an argument is {@code null}
     * @throws ScoringInputException as {@link CoincidenceCounts#ofCounts(CategorySet, int[][])}
     */
    public static KrippendorffsAlpha krippendorffsAlphaFromCounts(CategorySet categories, int[][] counts,
            MeasurementLevel level) {
        Objects.requireNonNull(level, "level");
        return CoincidenceCounts.ofCounts(categories, counts).alpha(level);
    }

    /**
     * The six intraclass correlations with 95% confidence intervals from the units every rater
     * rated; units with a missing rating are left out (see {@link IntraclassCorrelation#targets()}).
     *
     * @param matrix the ratings; category values are used as numbers
     * @return the six forms
     * @throws NullPointerException if {@code matrix} is {@code null}
     */
    public static IntraclassCorrelation intraclassCorrelation(RatingMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        return IntraclassCorrelation.ofScores(matrix.completeUnits(), 0.95);
    }

    /**
     * The six intraclass correlations from numeric scores, exact to rounding at any offset (see
     * {@link IccSums}).
     *
     * @param scores one row per target, one column per judge, complete, every value finite and
     *     within {@link IccSums#MAX_SCORE} of 0
     * @param confidence the confidence level of the intervals, strictly between 0 and 1, e.g. 0.95
     * @return the six forms
     * @throws NullPointerException if {@code scores} is {@code null}
     * @throws ScoringInputException if a row is missing or ragged, a value is not finite or past
     *     {@link IccSums#MAX_SCORE}, or the confidence is out of range; every problem is listed
     */
    public static IntraclassCorrelation intraclassCorrelation(double[][] scores, double confidence) {
        Violations problems = Violations.collector();
        if (!(confidence > 0 && confidence < 1)) {
            problems.add("confidence", confidence, "must be strictly between 0 and 1");
        }
        double[][] copy = completeScores(scores, IccSums.MAX_SCORE, problems);
        problems.throwIfAny("IntraclassCorrelation", ScoringInputException::new);
        return IntraclassCorrelation.ofScores(copy, confidence);
    }

    /**
     * Kendall's W, with and without the tie correction, from the units every rater rated; units
     * with a missing rating are left out.
     *
     * @param matrix the ratings; category values are ranked within each rater
     * @return W
     * @throws NullPointerException if {@code matrix} is {@code null}
     */
    public static KendallsW kendallsW(RatingMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        return KendallsW.compute(matrix.completeUnits());
    }

    /**
     * Kendall's W, with and without the tie correction, from numeric scores or ranks.
     *
     * @param scores one row per unit, one column per rater, complete, every value finite
     * @return W
     * @throws NullPointerException if {@code scores} is {@code null}
     * @throws ScoringInputException if a row is missing or ragged or a value is not finite; every
     *     problem is listed
     */
    public static KendallsW kendallsW(double[][] scores) {
        Violations problems = Violations.collector();
        double[][] copy = completeScores(scores, Double.MAX_VALUE, problems);
        problems.throwIfAny("KendallsW", ScoringInputException::new);
        return KendallsW.compute(copy);
    }

    private static double[][] completeScores(double[][] scores, double bound, ViolationSink problems) {
        Objects.requireNonNull(scores, "scores");
        double[][] copy = new double[scores.length][];
        int columns = scores.length == 0 || scores[0] == null ? 0 : scores[0].length;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null || scores[i].length != columns) {
                problems.add("scores[" + i + "]", scores[i] == null ? null : scores[i].length + " scores",
                        "every row needs " + columns + " scores, one per rater, like the first");
                copy[i] = new double[columns];
                continue;
            }
            copy[i] = scores[i].clone();
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(scores[i][j])) {
                    problems.add("scores[" + i + "][" + j + "]", scores[i][j], "must be a finite number");
                } else if (Math.abs(scores[i][j]) > bound) {
                    problems.add("scores[" + i + "][" + j + "]", scores[i][j], "must lie within -1e100 and 1e100 "
                            + "(IccSums.MAX_SCORE), where sums of squares stay finite");
                }
            }
        }
        return copy;
    }
}
