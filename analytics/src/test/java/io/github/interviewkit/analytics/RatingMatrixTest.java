package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RatingMatrixTest {
    static final RatingScale SCALE = RatingScale.of(RatingLevel.of(1, "No", "Not shown"),
            RatingLevel.of(2, "Some", "Partly shown"), RatingLevel.of(4, "Yes", "Clearly shown"));

    @Test
    void of_listsEveryRaggedRowAndOffScaleValueWithItsPath() {
        Integer[][] ratings = {{1, 2, 4}, {1, 3}, {5, 2, null}, null};
        ScoringInputException thrown = assertThrows(ScoringInputException.class, () -> RatingMatrix.of(SCALE, ratings));
        assertEquals(List.of("ratings[1]", "ratings[2][0]", "ratings[3]"),
                thrown.violations().stream().map(Violation::path).toList());
        assertEquals("5", thrown.violations().get(1).value());
    }

    @Test
    void ofRatings_treatsNotAssessedAsMissing() {
        RatingMatrix matrix = RatingMatrix.ofRatings(SCALE, List.of(
                List.of(Rating.of(1), Rating.notAssessed()), List.of(Rating.of(4), Rating.of(2))));
        assertEquals(OptionalInt.empty(), matrix.value(0, 1));
        assertEquals(OptionalInt.of(4), matrix.value(1, 0));
        assertEquals(CategorySet.of(1, 2, 4), matrix.categories());
    }

    @Test
    void ofRatings_rejectsOffScaleAndNullRatings() {
        ScoringInputException thrown = assertThrows(ScoringInputException.class, () -> RatingMatrix.ofRatings(SCALE,
                java.util.Arrays.asList(java.util.Arrays.asList(Rating.of(1), null), List.of(Rating.of(3), Rating.of(1)))));
        assertEquals(List.of("ratings[0][1]"), thrown.violations().stream().map(Violation::path).toList());
        ScoringInputException offScale = assertThrows(ScoringInputException.class, () -> RatingMatrix.ofRatings(SCALE,
                List.of(List.of(Rating.of(3), Rating.of(1)))));
        assertEquals("ratings[0][0]", offScale.violations().get(0).path());
    }

    @Test
    void categorySet_rejectsTooFewAndUnorderedValues() {
        ScoringInputException few = assertThrows(ScoringInputException.class, () -> CategorySet.of(3));
        assertEquals("values", few.violations().get(0).path());
        ScoringInputException unordered = assertThrows(ScoringInputException.class, () -> CategorySet.of(1, 3, 2, 2));
        assertEquals(List.of("values[2]", "values[3]"), unordered.violations().stream().map(Violation::path).toList());
    }

    @Test
    void value_rejectsAPositionOutsideTheMatrixWithItsPath() {
        RatingMatrix matrix = RatingMatrix.of(SCALE, new Integer[][] {{1, 2}});
        ScoringInputException thrown = assertThrows(ScoringInputException.class, () -> matrix.value(1, -1));
        assertEquals(List.of("rater", "unit"), thrown.violations().stream().map(Violation::path).toList());
        ScoringInputException category = assertThrows(ScoringInputException.class, () -> matrix.categories().value(3));
        assertEquals("index", category.violations().get(0).path());
    }
}
