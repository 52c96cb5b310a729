package io.github.interviewkit.scoring;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Rating;
import java.util.List;

/**
 * A panel's ratings as one array indexed by scorecard and by criterion in rubric order, so that
 * scoring reads numbers instead of looking ids up in maps. Built once per {@link Panel}.
 */
final class RatingMatrix {
    /** Stands for "not assessed"; no rating scale reaches it. */
    static final int NOT_ASSESSED = Integer.MIN_VALUE;

    final int cards;
    final int criteria;
    /** {@code levels[card * criteria + criterion]}: the level, or {@link #NOT_ASSESSED}. */
    final int[] levels;

    private RatingMatrix(int cards, int criteria, int[] levels) {
        this.cards = cards;
        this.criteria = criteria;
        this.levels = levels;
    }

    static RatingMatrix of(Panel panel) {
        List<EvaluationCriterion> rubric = panel.role().rubric().criteria();
        List<Scorecard> scorecards = panel.scorecards();
        int criteria = rubric.size();
        int[] levels = new int[scorecards.size() * criteria];
        for (int k = 0; k < scorecards.size(); k++) {
            java.util.Map<String, Rating> ratings = scorecards.get(k).ratings();
            for (int i = 0; i < criteria; i++) {
                Rating rating = ratings.isEmpty() ? null : ratings.get(rubric.get(i).id());
                levels[k * criteria + i] = rating == null || !rating.isAssessed() ? NOT_ASSESSED
                        : rating.value().getAsInt();
            }
        }
        return new RatingMatrix(scorecards.size(), criteria, levels);
    }

    int level(int card, int criterion) {
        return levels[card * criteria + criterion];
    }
}
