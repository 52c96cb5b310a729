package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomStrategyExampleTest {
    @Test
    void discovery_findsTheCustomStrategyBesideTheBuiltIns() {
        assertEquals(List.of("bar-raiser", "multiple-hurdle", "structured", "weakest-link"),
                CustomStrategyExample.discoveredEngine().strategies().stream().map(ScoringStrategy::id).toList());
    }

    @Test
    void bothRegistrations_giveTheSameReport_aNoHireForDanasRatingBelowTheBar() {
        Role kit = BackendArchitect.role();
        Report explicit = CustomStrategyExample.explicitEngine().scorer(kit).score(ScorePanelExample.samplePanel(kit));
        Report discovered = CustomStrategyExample.discoveredEngine().scorer(kit).score(ScorePanelExample.samplePanel(kit));
        assertEquals(explicit, discovered);
        assertEquals(Recommendation.NO_HIRE, explicit.recommendation());
        assertEquals("below-bar", explicit.trace().get(0).code());
        assertEquals("dana rated explains-architectural-choices at 2, below the bar 3", explicit.trace().get(0).text());
    }

    @Test
    void run_printsBothEnginesAndTheReport() {
        String out = Printed.by(CustomStrategyExample::run);

        assertTrue(out.startsWith("Registered explicitly: weakest-link\n"), out);
        assertTrue(out.contains("Same report either way: true\n"), out);
        assertTrue(out.contains("strategy weakest-link): no-hire"), out);
    }
}
