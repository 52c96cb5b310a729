package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.StructuredStrategyTest.blank;
import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelFiguresTest {
    private static final Panel PANEL = Panel.of(TestRoles.SMALL, List.of(card("a", 1, 1, 1), card("b", 3, 2, 2),
            card("c", 4, 2, 4), blank("d").rate("system-design", 4).rate("communication", 4).build()));

    @Test
    void of_aggregatesEveryCriterionByTheGivenAggregation() {
        PanelFigures median = PanelFigures.of(PANEL, Aggregation.MEDIAN);
        PanelFigures trimmed = PanelFigures.of(PANEL, Aggregation.TRIMMED_MEAN);

        assertEquals(3.5, median.criterion(0).aggregate().getAsDouble(), "median of 1, 3, 4, 4");
        assertEquals(2.0, median.criterion(1).aggregate().getAsDouble(), "median of 1, 2, 2, 4");
        assertEquals(2.0, median.criterion(2).aggregate().getAsDouble(), "median of 1, 2, 4");
        assertEquals(3.5, trimmed.criterion(0).aggregate().getAsDouble(), "mean of 3, 4 without 1 and 4");
        assertEquals(2.0, trimmed.criterion(2).aggregate().getAsDouble(), "mean of 2 without 1 and 4");
        assertEquals(4, median.scorecards());
        assertEquals(3, median.assessedCriteria());
    }

    @Test
    void of_underThePolicyOfAStrategy_givesTheFiguresOfItsReport() {
        ScoringPolicy policy = ScoringPolicy.builder().aggregation(Aggregation.MEDIAN)
                .putWeights("coding", new BigDecimal("3")).build();
        Report report = ScoringStrategies.structured().prepare(TestRoles.SMALL, policy).score(PANEL);

        PanelFigures figures = PanelFigures.of(PANEL, policy);

        assertEquals(report.criteria(), figures.criteria());
        assertEquals(report.coverage(), figures.coverage());
        assertEquals(report.composite(), figures.composite());
    }

    @Test
    void compareComposite_isExactOnTheThreshold() {
        // Mean 2.5 on every criterion: (2.5 - 1) / 3 = 0.5 exactly.
        Panel half = Panel.of(TestRoles.SMALL, List.of(card("a", 2, 2, 2), card("b", 3, 3, 3)));
        PanelFigures figures = PanelFigures.of(half, Aggregation.MEAN);

        assertEquals(0, figures.compareComposite(new BigDecimal("0.5")));
        assertEquals(0, figures.compareComposite(new BigDecimal("0.500000000000")));
        assertEquals(-1, Integer.signum(figures.compareComposite(new BigDecimal("0.5000000000001"))));
        assertEquals(1, Integer.signum(figures.compareComposite(new BigDecimal("0.4999999999999"))));
        assertTrue(figures.aggregateBelow(0, 3));
        assertFalse(figures.aggregateBelow(0, 2));
    }

    @Test
    void withoutAssessedCriteria_thereIsNoComposite() {
        PanelFigures figures = PanelFigures.of(Panel.of(TestRoles.SMALL, List.of(blank("a").build())), Aggregation.MEAN);

        assertTrue(figures.composite().isEmpty());
        assertEquals(0, figures.criterion(0).assessments());
        assertFalse(figures.aggregateBelow(0, 3), "an unassessed criterion has no aggregate to be below anything");
        assertThrows(IllegalStateException.class, () -> figures.compareComposite(BigDecimal.ONE));
        assertEquals(List.of(false, false, false, false), figures.coverage().stream().map(CompetencyCoverage::covered)
                .toList());
    }

    @Test
    void arguments_areChecked() {
        assertEquals("panel", assertThrows(NullPointerException.class,
                () -> PanelFigures.of(null, ScoringPolicy.defaults())).getMessage());
        assertEquals("aggregation", assertThrows(NullPointerException.class,
                () -> PanelFigures.of(PANEL, (Aggregation) null)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> PanelFigures.of(PANEL, Aggregation.MEAN).criterion(3));
        assertThrows(ScoringInputException.class, () -> PanelFigures.of(PANEL,
                ScoringPolicy.builder().putWeights("nope", BigDecimal.ONE).build()));
        assertEquals("PanelFigures[4 scorecards, 3 of 3 criteria assessed]",
                PanelFigures.of(PANEL, Aggregation.MEAN).toString());
    }
}
