package io.github.interviewkit.scoring;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Rating;
import java.util.List;
import java.util.Map;

/**
 * A panel's ratings as one table indexed by scorecard (in panel order) and by criterion (in rubric
 * order), built once per {@link Panel} by {@link Panel#ratings()}: scoring strategies and panel
 * analytics read numbers from it instead of looking criterion ids up in each scorecard's map.
 *
 * <p>The table is immutable and safe to share between threads.
 */
public final class PanelRatings {
    /** The level that stands for "not assessed"; no rating scale reaches it. */
    public static final int NOT_ASSESSED = Integer.MIN_VALUE;

    final int cards;
    final int criteria;
    /** {@code levels[card * criteria + criterion]}: the level, or {@link #NOT_ASSESSED}. */
    final int[] levels;
    private final List<String> criterionIds;

    private PanelRatings(int cards, int criteria, int[] levels, List<String> criterionIds) {
        this.cards = cards;
        this.criteria = criteria;
        this.levels = levels;
        this.criterionIds = criterionIds;
    }

    static PanelRatings of(Panel panel) {
        List<EvaluationCriterion> rubric = panel.role().rubric().criteria();
        List<Scorecard> scorecards = panel.scorecards();
        int criteria = rubric.size();
        int[] levels = new int[scorecards.size() * criteria];
        for (int k = 0; k < scorecards.size(); k++) {
            Map<String, Rating> ratings = scorecards.get(k).ratings();
            for (int i = 0; i < criteria; i++) {
                Rating rating = ratings.isEmpty() ? null : ratings.get(rubric.get(i).id());
                levels[k * criteria + i] = rating == null || !rating.isAssessed() ? NOT_ASSESSED
                        : rating.value().getAsInt();
            }
        }
        return new PanelRatings(scorecards.size(), criteria, levels,
                rubric.stream().map(EvaluationCriterion::id).toList());
    }

    /** @return the number of scorecards, the rows of the table */
    public int scorecards() {
        return cards;
    }

    /** @return the number of criteria of the rubric, the columns of the table */
    public int criteria() {
        return criteria;
    }

    /** @return the criterion ids in column order, which is rubric order */
    public List<String> criterionIds() {
        return criterionIds;
    }

    /**
     * Returns the level a scorecard gave a criterion.
     *
     * @param scorecard the scorecard's position in {@link Panel#scorecards()}
     * @param criterion the criterion's position in the rubric
     * @return the level, or {@link #NOT_ASSESSED}
     * @throws IndexOutOfBoundsException if a position is outside the table
     */
    public int level(int scorecard, int criterion) {
        if (scorecard < 0 || scorecard >= cards || criterion < 0 || criterion >= criteria) {
            throw new IndexOutOfBoundsException("no cell (" + scorecard + ", " + criterion + ") in a table of "
                    + cards + " scorecards x " + criteria + " criteria");
        }
        return levels[scorecard * criteria + criterion];
    }

    /**
     * Tells whether a scorecard assessed a criterion.
     *
     * @param scorecard the scorecard's position in {@link Panel#scorecards()}
     * @param criterion the criterion's position in the rubric
     * @return whether the level there is a level of the scale rather than "not assessed"
     * @throws IndexOutOfBoundsException if a position is outside the table
     */
    public boolean isAssessed(int scorecard, int criterion) {
        return level(scorecard, criterion) != NOT_ASSESSED;
    }

    /** @return the table's size, not its contents */
    @Override
    public String toString() {
        return "PanelRatings[" + cards + " scorecards x " + criteria + " criteria]";
    }
}
