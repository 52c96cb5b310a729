package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static io.github.interviewkit.model.ValidValues.criterion;
import static io.github.interviewkit.model.ValidValues.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RubricTest {

    @Test
    void build_acceptsCriteriaAnchoredOnEveryLevel() {
        Rubric built = rubric(criterion("clarity").build(), criterion("depth").mustHave(true).minimumRating(4).build())
                .build();

        assertEquals(2, built.criteria().size());
        assertEquals(Optional.of("depth"), built.criterion("depth").map(EvaluationCriterion::id));
        assertEquals(Optional.empty(), built.criterion("breadth"));
    }

    @Test
    void build_reportsMissingScale() {
        assertRejected(() -> Rubric.builder().build(), problem("scale", null, "is required"));
    }

    @Test
    void builder_rejectsNullCriterionByName() {
        assertNullRejected("criteria element", () -> rubric((EvaluationCriterion) null));
    }

    @Test
    void build_rejectsAnchorsMissingALevel() {
        Map<Integer, String> anchors = new LinkedHashMap<>(ValidValues.anchors());
        anchors.remove(2);
        anchors.remove(4);

        assertRejected(() -> rubric(criterion("clarity").build(), criterion("depth").anchors(anchors).build()).build(),
                problem("criteria[1].anchors", "levels [1, 3]", "has no anchor for level 2 of the scale"),
                problem("criteria[1].anchors", "levels [1, 3]", "has no anchor for level 4 of the scale"));
    }

    @Test
    void build_reportsAnchorsAsSortedLevelsWhateverOrderTheyWereGivenIn() {
        EvaluationCriterion descending = criterion("c").anchors(Map.of()).putAnchors(3, "c").putAnchors(1, "a").build();

        assertRejected(() -> rubric(descending).build(),
                problem("criteria[0].anchors", "levels [1, 3]", "has no anchor for level 2 of the scale"),
                problem("criteria[0].anchors", "levels [1, 3]", "has no anchor for level 4 of the scale"));
    }

    @Test
    void build_rejectsAnchorOfAnUnknownLevel() {
        assertRejected(() -> rubric(criterion("clarity").putAnchors(5, "Beyond the scale").putAnchors(0, "Below it")
                        .build()).build(),
                problem("criteria[0].anchors[0]", 0, "is not a level of the scale [1, 2, 3, 4]"),
                problem("criteria[0].anchors[5]", 5, "is not a level of the scale [1, 2, 3, 4]"));
    }

    @Test
    void build_rejectsMinimumRatingNotOnTheScale() {
        assertRejected(() -> rubric(criterion("clarity").build(), criterion("depth").mustHave(true).minimumRating(5)
                        .build()).build(),
                problem("criteria[1].minimumRating", 5, "is not a level of the scale [1, 2, 3, 4]"));
    }

    @Test
    void build_rejectsRepeatedCriterionIds() {
        assertRejected(() -> rubric(criterion("clarity").build(), criterion("depth").build(),
                        criterion("clarity").build()).build(),
                problem("criteria[2].id", "clarity", "repeats the id of criteria[0]"));
    }

    @Test
    void build_acceptsScaleThatDoesNotStartAtOne() {
        RatingScale zeroBased = RatingScale.of(RatingLevel.of(0, "No", "n"), RatingLevel.of(1, "Yes", "y"));

        Rubric built = Rubric.builder().scale(zeroBased)
                .addCriteria(criterion("c").anchors(Map.of(0, "none", 1, "some")).mustHave(true).minimumRating(1).build())
                .build();

        assertEquals(zeroBased, built.scale());
    }
}
