package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void of_isAssessedWithItsValue() {
        Rating rating = Rating.of(3);

        assertTrue(rating.isAssessed());
        assertEquals(OptionalInt.of(3), rating.value());
        assertEquals("3", rating.toString());
    }

    @Test
    void notAssessed_hasNoValue() {
        Rating rating = Rating.notAssessed();

        assertFalse(rating.isAssessed());
        assertEquals(OptionalInt.empty(), rating.value());
        assertEquals("not-assessed", rating.toString());
        assertEquals(Rating.NOT_ASSESSED_ID, rating.toString());
        assertSame(Rating.notAssessed(), rating);
    }

    @Test
    void notAssessed_isNotEqualToAnyNumber() {
        for (int value : new int[] {Integer.MIN_VALUE, -1, 0, 1}) {
            assertNotEquals(Rating.of(value), Rating.notAssessed());
            assertNotEquals(Rating.notAssessed(), Rating.of(value));
        }
    }

    @Test
    void equality_followsTheValue() {
        assertEquals(Rating.of(2), Rating.of(2));
        assertEquals(Rating.of(2).hashCode(), Rating.of(2).hashCode());
        assertNotEquals(Rating.of(2), Rating.of(3));
        assertNotEquals(Rating.of(2), "2");
    }
}
