package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Finding;
import io.github.interviewkit.scoring.Recommendation;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.ScoringEngine;
import io.github.interviewkit.scoring.ScoringStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomStrategyExampleTest {
    private static final Role KIT = BackendArchitect.role();

    @Test
    void strictMustHaves_vetoesDanasRatingBelowTheMinimum_whereTheStructuredRuleHires() {
        ScoringEngine engine = CustomStrategyExample.explicitEngine();

        Report structured = engine.scorer(KIT).score(ScorePanelExample.samplePanel(KIT));
        Report strict = engine.scorer(KIT, CustomStrategyExample.STRICT).score(ScorePanelExample.samplePanel(KIT));

        assertEquals(Recommendation.HIRE, structured.recommendation(), "the mean of 3, 4 and 2 reaches the minimum 3");
        assertEquals(Recommendation.NO_HIRE, strict.recommendation());
        assertEquals(structured.criteria(), strict.criteria());
        assertEquals(structured.composite(), strict.composite());
        Finding veto = strict.trace().get(8);
        assertEquals("must-have-rating-below-minimum", veto.code());
        assertEquals(Map.of("interviewer", "dana", "criterion", "explains-architectural-choices", "rating", 2,
                "minimum", 3), veto.parameters());
        assertEquals("dana rated must-have explains-architectural-choices at 2, below its minimum 3", veto.text());
        assertEquals(List.of("must-have-passed", "must-have-passed", "must-have-rating-below-minimum", "pitfall-noted"),
                strict.trace().subList(6, 10).stream().map(Finding::code).toList());
        assertEquals("Recommendation “no hire”: rejected by a must-have or a veto",
                strict.trace().get(strict.trace().size() - 1).text());
    }

    @Test
    void discovery_findsTheWeakestLinkStrategyBesideTheBuiltIns() {
        assertEquals(List.of("bar-raiser", "multiple-hurdle", "structured", "weakest-link"),
                CustomStrategyExample.discoveredEngine().strategies().stream().map(ScoringStrategy::id).toList());
    }

    @Test
    void weakestLink_discoveredOrRegistered_givesOneReport_aNoHireForDanasRatingBelowTheBar() {
        Report discovered = CustomStrategyExample.discoveredEngine().scorer(KIT).score(ScorePanelExample.samplePanel(KIT));
        Report explicit = ScoringEngine.builder().register(new WeakestLinkStrategy()).build().scorer(KIT)
                .score(ScorePanelExample.samplePanel(KIT));

        assertEquals(explicit, discovered);
        assertEquals(Recommendation.NO_HIRE, discovered.recommendation());
        assertEquals("below-bar", discovered.trace().get(0).code());
        assertEquals("dana rated explains-architectural-choices at 2, below the bar 3", discovered.trace().get(0).text());
    }

    @Test
    void run_printsTheEnginesTheThreeOutcomesAndTheStrictReport() {
        String out = Printed.by(CustomStrategyExample::run);

        assertTrue(out.startsWith("Registered explicitly: bar-raiser, multiple-hurdle, strict-must-haves, structured\n"
                + "Discovered: bar-raiser, multiple-hurdle, structured, weakest-link\n"
                + "structured: hire, strict-must-haves: no-hire, weakest-link: no-hire\n"), out);
        assertTrue(out.contains("strategy strict-must-haves): no-hire, composite 0.7222\n"), out);
        assertTrue(out.contains("  9. [must-have-rating-below-minimum] dana rated must-have"
                + " explains-architectural-choices at 2, below its minimum 3\n"), out);
    }

    @Test
    void readme_showsTheStrictStrategyAsItIsHere() {
        ReadmeSnippets.assertReadmeShowsSnippetOf(
                "src/main/java/io/github/interviewkit/examples/CustomStrategyExample.java");
    }
}
