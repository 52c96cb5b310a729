package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ids content files use for the model's closed enums. */
class EnumIdsTest {

    @Test
    void payPeriod_idsAreLowerCase() {
        assertEquals(List.of("annual", "monthly", "hourly"), Stream.of(PayPeriod.values()).map(PayPeriod::id).toList());
    }

    @Test
    void marketDemand_idsAreLowerCase() {
        assertEquals(List.of("low", "moderate", "high"),
                Stream.of(MarketDemand.values()).map(MarketDemand::id).toList());
    }
}
