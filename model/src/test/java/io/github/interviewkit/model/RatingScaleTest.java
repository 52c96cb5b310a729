package io.github.interviewkit.model;

import static io.github.interviewkit.model.ContentAssertions.assertNullRejected;
import static io.github.interviewkit.model.ContentAssertions.assertRejected;
import static io.github.interviewkit.model.ContentAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingScaleTest {
    private final RatingScale scale = ValidValues.scale();

    @Test
    void lowestAndHighest_areTheFirstAndLastLevels() {
        assertEquals(1, scale.lowest().value());
        assertEquals("Strong yes", scale.highest().label());
    }

    @Test
    void level_findsLevelsByValue() {
        assertEquals(Optional.of("Yes"), scale.level(3).map(RatingLevel::label));
        assertEquals(Optional.empty(), scale.level(0));
        assertEquals(Optional.empty(), scale.level(5));
    }

    @Test
    void accepts_levelsOfTheScaleAndNotAssessed() {
        assertTrue(scale.accepts(Rating.of(1)));
        assertTrue(scale.accepts(Rating.of(4)));
        assertTrue(scale.accepts(Rating.notAssessed()));
        assertFalse(scale.accepts(Rating.of(0)));
        assertFalse(scale.accepts(Rating.of(5)));
    }

    @Test
    void accepts_onlyTheValuesOfAScaleWithGaps() {
        RatingScale gapped = RatingScale.of(RatingLevel.of(1, "Low", "l"), RatingLevel.of(3, "Mid", "m"),
                RatingLevel.of(5, "High", "h"));

        assertTrue(gapped.accepts(Rating.of(3)));
        assertFalse(gapped.accepts(Rating.of(2)));
    }

    @Test
    void of_rejectsScaleWithFewerThanTwoLevels() {
        assertRejected(RatingScale::of, problem("levels", "0 levels", "must have at least two levels"));
        assertRejected(() -> RatingScale.of(RatingLevel.of(1, "Only", "The only level")),
                problem("levels", "1 level", "must have at least two levels"));
    }

    @Test
    void of_rejectsValuesThatDoNotStrictlyIncrease() {
        assertRejected(() -> RatingScale.of(RatingLevel.of(1, "a", "m"), RatingLevel.of(3, "b", "m"),
                        RatingLevel.of(2, "c", "m"), RatingLevel.of(2, "d", "m")),
                problem("levels[2].value", 2, "must be greater than the previous level's value 3"),
                problem("levels[3].value", 2, "must be greater than the previous level's value 2"));
    }

    @Test
    void of_rejectsRepeatedLabels() {
        assertRejected(() -> RatingScale.of(RatingLevel.of(1, "No", "m"), RatingLevel.of(2, "Yes", "m"),
                        RatingLevel.of(3, "No", "m")),
                problem("levels[2].label", "No", "repeats the label of levels[0]"));
    }

    @Test
    void builder_rejectsNullLevelByName() {
        assertNullRejected("levels element", () -> RatingScale.builder().addLevels(RatingLevel.of(1, "a", "m"), null));
    }

    @Test
    void levelOf_rejectsBlankTextAndNullArguments() {
        assertRejected(() -> RatingLevel.of(1, "", " "),
                problem("label", "", "must not be blank"),
                problem("meaning", " ", "must not be blank"));
        assertNullRejected("label", () -> RatingLevel.of(1, null, "m"));
    }

    @Test
    void build_reportsAMissingValueOnceAndNothingThatWouldFollowFromIt() {
        assertRejected(() -> RatingScale.builder().addLevels(RatingLevel.of(1, "a", "m"))
                        .addLevels(RatingLevel.builder().label("b").meaning("m")).build(),
                problem("levels[1].value", null, "is required"));
    }

    @Test
    void levelOf_acceptsAnyNumber() {
        assertEquals(-2, RatingLevel.of(-2, "Harmful", "m").value());
    }

    @Test
    void level_valueOutsideTheBounds_isRejected() {
        assertRejected(() -> RatingLevel.of(1_000_001, "Huge", "h"),
                problem("value", 1_000_001, "must be less than or equal to 1000000"));
        assertRejected(() -> RatingLevel.of(-1_000_001, "Tiny", "t"),
                problem("value", -1_000_001, "must be greater than or equal to -1000000"));
        assertEquals(1_000_000, RatingLevel.of(1_000_000, "Top", "t").value());
    }
}
