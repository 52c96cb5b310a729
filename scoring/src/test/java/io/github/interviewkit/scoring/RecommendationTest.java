package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendationTest {
    @Test
    void isAtLeast_ordersTheDecidedOutcomes() {
        assertTrue(Recommendation.STRONG_HIRE.isAtLeast(Recommendation.HIRE));
        assertTrue(Recommendation.HIRE.isAtLeast(Recommendation.HIRE));
        assertFalse(Recommendation.NO_HIRE.isAtLeast(Recommendation.HIRE));
        assertTrue(Recommendation.NO_HIRE.isAtLeast(Recommendation.STRONG_NO_HIRE));
    }

    @Test
    void isAtLeast_refusesIncomplete() {
        assertThrows(IllegalArgumentException.class, () -> Recommendation.INCOMPLETE.isAtLeast(Recommendation.HIRE));
        assertThrows(IllegalArgumentException.class, () -> Recommendation.HIRE.isAtLeast(Recommendation.INCOMPLETE));
        assertEquals("other", assertThrows(NullPointerException.class, () -> Recommendation.HIRE.isAtLeast(null)).getMessage());
    }

    @Test
    void atMost_keepsTheLessFavourable() {
        assertEquals(Recommendation.HIRE, Recommendation.STRONG_HIRE.atMost(Recommendation.HIRE));
        assertEquals(Recommendation.NO_HIRE, Recommendation.NO_HIRE.atMost(Recommendation.HIRE));
    }

    @Test
    void hireAndDecided() {
        assertTrue(Recommendation.HIRE.isHire());
        assertFalse(Recommendation.NO_HIRE.isHire());
        assertFalse(Recommendation.INCOMPLETE.isHire());
        assertFalse(Recommendation.INCOMPLETE.isDecided());
    }

    @Test
    void ids_roundTrip() {
        for (Recommendation value : Recommendation.values()) {
            assertEquals(Optional.of(value), Recommendation.fromId(value.id()));
        }
        assertEquals("strong-no-hire", Recommendation.STRONG_NO_HIRE.id());
        assertEquals(Optional.empty(), Recommendation.fromId("STRONG_HIRE"));
        assertEquals(Optional.of(Aggregation.TRIMMED_MEAN), Aggregation.fromId("trimmed-mean"));
        assertEquals(Optional.of(PitfallAction.CAP), PitfallAction.fromId("cap"));
        assertEquals(Optional.empty(), PitfallAction.fromId("ban"));
    }
}
