package io.github.interviewkit.analytics;

import io.github.interviewkit.model.Violations;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.Objects;

import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.PanelRatings;
import io.github.interviewkit.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Agreement and calibration over many {@link Panel panels} of scorecards. A unit is one candidate
 * on one criterion of the role's rubric, a rater is an interviewer, and a criterion an interviewer
 * did not assess (or left off their scorecard) is a missing rating, never a low one. The categories
 * are the levels of the roles' rating scale, so unused levels count.
 *
 * <p>The ratings are read from each panel's own table, {@link Panel#ratings()} (scorecards by
 * criteria, one panel), and laid out as one {@link RatingMatrix} (candidate-criterion units by
 * interviewers, every panel): an interviewer's column is the same across panels, and a seat they
 * did not take on a panel is missing.
 *
 * <p>An interviewer with several scorecards on one panel (one per stage) has one column, which
 * pools all of their ratings (their calibration compares each of them). Where one interviewer
 * assessed the same criterion on several scorecards of a panel, that criterion's ratings in that
 * panel are compared stage by stage: one unit {@code candidateId/stage/criterionId} per stage with
 * ratings, instead of the unit {@code candidateId/criterionId}, so that no rating is dropped or
 * averaged.
 *
 * <p>Units are ordered by candidate id, then by the rubric's order of criteria (then by stage id);
 * raters by interviewer id. Neither order changes any statistic.
 *
 * <p>Most panels seat a few of many interviewers, so the matrix is sparse: Krippendorff's alpha and
 * Cohen's kappa for a pair use what is there; Fleiss' kappa needs the same number of ratings on every
 * unit; the intraclass correlations and Kendall's W need units every interviewer rated and are
 * undefined (with that reason) when there are fewer than two.
 */
public final class PanelAnalytics {
    private final RatingMatrix ratings;
    private final List<String> interviewers;
    private final List<String> units;
    private final long[] notAssessed;

    private PanelAnalytics(RatingMatrix ratings, List<String> interviewers, List<String> units, long[] notAssessed) {
        this.ratings = ratings;
        this.interviewers = List.copyOf(interviewers);
        this.units = List.copyOf(units);
        this.notAssessed = notAssessed;
    }

    /**
     * Gathers the ratings of many panels.
     *
     * @param panels the panels, one per candidate, all rated on the same scale
     * @return the analytics
     * @throws io.github.interviewkit.scoring.ScoringInputException if the list or a panel is
     *     missing, it is empty, a candidate has two panels or a panel's scale differs from the first
     *     panel's; every problem is listed
     */
    public static PanelAnalytics of(List<Panel> panels) {
        Violations problems = Violations.collector();
        Objects.requireNonNull(panels, "panels");
        if (panels.isEmpty()) {
            problems.add("panels", "[]", "needs at least one panel");
        }
        RatingScale scale = null;
        Map<String, Integer> candidates = new HashMap<>();
        TreeSet<String> interviewerIds = new TreeSet<>();
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            if (panel == null) {
                problems.add("panels[" + p + "]", null, "is required");
                continue;
            }
            RatingScale panelScale = panel.role().rubric().scale();
            if (scale == null) {
                scale = panelScale;
            } else if (!CategorySet.of(scale).equals(CategorySet.of(panelScale))) {
                problems.add("panels[" + p + "].role.rubric.scale", CategorySet.of(panelScale),
                        "is not the scale of panels[0] " + CategorySet.of(scale) + "; ratings on different scales do not compare");
            }
            Integer earlier = candidates.putIfAbsent(panel.candidateId(), p);
            if (earlier != null) {
                problems.add("panels[" + p + "].candidateId", panel.candidateId(),
                        "is also the candidate of panels[" + earlier + "]; give one panel per candidate");
            }
            for (Scorecard card : panel.scorecards()) {
                interviewerIds.add(card.interviewerId());
            }
        }
        problems.throwIfAny("PanelAnalytics", ScoringInputException::new);
        RatingScale commonScale = Objects.requireNonNull(scale, "at least one panel");
        List<Panel> ordered = new ArrayList<>(panels);
        ordered.sort(Comparator.comparing(Panel::candidateId));
        List<String> interviewers = new ArrayList<>(interviewerIds);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < interviewers.size(); i++) {
            column.put(interviewers.get(i), i);
        }
        long[] notAssessed = new long[interviewers.size()];
        List<String> units = new ArrayList<>();
        List<Integer[]> rows = new ArrayList<>();
        for (Panel panel : ordered) {
            PanelRatings table = panel.ratings();
            List<Scorecard> scorecards = panel.scorecards();
            int[] columnOfScorecard = new int[table.scorecards()];
            for (int card = 0; card < columnOfScorecard.length; card++) {
                columnOfScorecard[card] = Objects.requireNonNull(column.get(scorecards.get(card).interviewerId()),
                        "every interviewer has a column");
            }
            for (int criterion = 0; criterion < table.criteria(); criterion++) {
                String criterionId = table.criterionIds().get(criterion);
                if (!ratedTwiceByOne(table, columnOfScorecard, criterion)) {
                    Integer[] row = new Integer[interviewers.size()];
                    for (int card = 0; card < columnOfScorecard.length; card++) {
                        int level = table.level(card, criterion);
                        if (level == PanelRatings.NOT_ASSESSED) {
                            notAssessed[columnOfScorecard[card]]++;
                        } else {
                            row[columnOfScorecard[card]] = level;
                        }
                    }
                    units.add(panel.candidateId() + "/" + criterionId);
                    rows.add(row);
                    continue;
                }
                // One interviewer rated this criterion on several scorecards (stages): compare stage
                // by stage, one unit per stage with ratings, so that no rating is dropped or averaged.
                Map<String, Integer[]> byStage = new java.util.TreeMap<>();
                for (int card = 0; card < columnOfScorecard.length; card++) {
                    int level = table.level(card, criterion);
                    if (level == PanelRatings.NOT_ASSESSED) {
                        notAssessed[columnOfScorecard[card]]++;
                    } else {
                        byStage.computeIfAbsent(scorecards.get(card).stage().id(),
                                stage -> new Integer[interviewers.size()])[columnOfScorecard[card]] = level;
                    }
                }
                byStage.forEach((stage, row) -> {
                    units.add(panel.candidateId() + "/" + stage + "/" + criterionId);
                    rows.add(row);
                });
            }
        }
        // RatingMatrix.of checks each level against the categories again: cheap, and it keeps the
        // matrix's one door, so no unchecked value can reach a statistic.
        RatingMatrix ratings = RatingMatrix.of(CategorySet.of(commonScale), rows.toArray(new Integer[0][]));
        return new PanelAnalytics(ratings, interviewers, units, notAssessed);
    }

    /** @return whether one interviewer assessed a criterion on more than one scorecard of a panel */
    private static boolean ratedTwiceByOne(PanelRatings table, int[] columnOfScorecard, int criterion) {
        java.util.Set<Integer> raters = new java.util.HashSet<>();
        for (int card = 0; card < columnOfScorecard.length; card++) {
            if (table.isAssessed(card, criterion) && !raters.add(columnOfScorecard[card])) {
                return true;
            }
        }
        return false;
    }

    /** @return the ratings: one row per candidate and criterion, one column per interviewer */
    public RatingMatrix ratings() {
        return ratings;
    }

    /** @return the interviewers' ids, the columns of {@link #ratings()}, sorted */
    public List<String> interviewers() {
        return interviewers;
    }

    /** @return the units, the rows of {@link #ratings()}, as {@code candidateId/criterionId} */
    public List<String> units() {
        return units;
    }

    /**
     * @param level the level of measurement; {@link MeasurementLevel#ORDINAL} suits rating scales
     * @return Krippendorff's alpha over every panel
     * @throws NullPointerException if {@code level} is {@code null}
     */
    public KrippendorffsAlpha krippendorffsAlpha(MeasurementLevel level) {
        return Agreement.krippendorffsAlpha(ratings, level);
    }

    /** @return Fleiss' kappa over every panel, overall and per level */
    public FleissKappa fleissKappa() {
        return Agreement.fleissKappa(ratings);
    }

    /** @return the six intraclass correlations over the units every interviewer rated */
    public IntraclassCorrelation intraclassCorrelation() {
        return Agreement.intraclassCorrelation(ratings);
    }

    /** @return Kendall's W over the units every interviewer rated */
    public KendallsW kendallsW() {
        return Agreement.kendallsW(ratings);
    }

    /**
     * Cohen's kappa between two interviewers over the units both rated.
     *
     * @param firstInterviewer the first interviewer's id (rows of the weight matrix)
     * @param secondInterviewer the second interviewer's id
     * @param weights how disagreements count
     * @return kappa
     * @throws io.github.interviewkit.scoring.ScoringInputException if an interviewer sat on none of
     *     the panels, both are the same or an argument is missing; every problem is listed
     */
    public CohensKappa cohensKappa(String firstInterviewer, String secondInterviewer, KappaWeights weights) {
        Objects.requireNonNull(firstInterviewer, "firstInterviewer");
        Objects.requireNonNull(secondInterviewer, "secondInterviewer");
        Objects.requireNonNull(weights, "weights");
        Violations problems = Violations.collector();
        int first = interviewers.indexOf(firstInterviewer);
        int second = interviewers.indexOf(secondInterviewer);
        if (first < 0) {
            problems.add("firstInterviewer", firstInterviewer, "sat on none of the panels");
        }
        if (second < 0) {
            problems.add("secondInterviewer", secondInterviewer, "sat on none of the panels");
        }
        problems.throwIfAny("CohensKappa", ScoringInputException::new);
        return Agreement.cohensKappa(ratings, first, second, weights);
    }

    /**
     * Every interviewer's calibration against the rest of their panels.
     *
     * @param policy when to flag an interviewer as lenient or severe
     * @return the calibration, interviewers sorted by id
     * @throws NullPointerException if {@code policy} is {@code null}
     */
    public Calibration calibration(CalibrationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return calibrationSums().calibration(policy);
    }

    /** @return the partial form of Krippendorff's alpha over these panels, to merge with other panels' */
    public CoincidenceCounts coincidenceCounts() {
        return CoincidenceCounts.of(ratings);
    }

    /** @return the partial form of Fleiss' kappa over these panels, to merge with other panels' */
    public CategoryCounts categoryCounts() {
        return CategoryCounts.of(ratings);
    }

    /** @return the partial form of every interviewer's calibration over these panels, to merge with other panels' */
    public CalibrationSums calibrationSums() {
        return CalibrationSums.of(ratings, interviewers, notAssessed);
    }

    /** @return e.g. {@code PanelAnalytics[1500 units x 12 interviewers]} */
    @Override
    public String toString() {
        return "PanelAnalytics[" + units.size() + " units x " + interviewers.size() + " interviewers]";
    }
}
