package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriterionImpactTest {
    private static final Role ROLE = PanelFixtures.role(4, "design", "coding");

    private static Panel panel(String candidate, int design1, int design2, int coding1, int coding2) {
        return Panel.of(ROLE, List.of(
                Scorecard.builder().candidateId(candidate).interviewerId("alice").stage(QuestionCategory.TECHNICAL)
                        .rate("design", design1).rate("coding", coding1).build(),
                Scorecard.builder().candidateId(candidate).interviewerId("bob").stage(QuestionCategory.TECHNICAL)
                        .rate("design", design2).rate("coding", coding2).build()));
    }

    /**
     * Ten candidates per group, passing level 3. Group a passes design 8 times (mean 3.5) and
     * coding 6 times; group b passes design 4 times (mean 2.5 fails: 2 + 3 = 5 < 6) and coding 6
     * times. Design: b 4/10 against a 8/10, ratio 0.5; coding: ratio 1. Design drives the impact.
     */
    @Test
    void perCriterion_findsTheCriterionWhosePassRateDrivesTheImpact() {
        List<Panel> panels = new ArrayList<>();
        Map<String, String> groups = new java.util.HashMap<>();
        for (int i = 0; i < 10; i++) {
            String a = "a" + i;
            String b = "b" + i;
            panels.add(panel(a, i < 8 ? 4 : 2, 3, i < 6 ? 3 : 1, 3));
            panels.add(panel(b, i < 4 ? 4 : 2, 3, i < 6 ? 3 : 1, 3));
            groups.put(a, "a");
            groups.put(b, "b");
        }
        CriterionImpactReport report = AdverseImpact.perCriterion(panels, p -> groups.get(p.candidateId()), 3);
        GroupImpact design = report.criterion("design").orElseThrow().group("b").orElseThrow();
        assertEquals(4, design.selected());
        assertEquals(10, design.applicants());
        assertEquals(0.5, design.impactRatio().value().orElseThrow(), 1e-15);
        assertEquals("a", design.referenceGroup().orElseThrow());
        assertEquals(List.of("design"), report.criteriaBelowFourFifths());
        assertEquals(1.0, report.criterion("coding").orElseThrow().group("b").orElseThrow().impactRatio()
                .value().orElseThrow(), 1e-15);
    }

    @Test
    void passes_decidesAMeanExactlyOnTheLevelAsAPass() {
        // (2 + 4) / 2 = 3 exactly: passes at level 3
        assertEquals(Map.of("design", true, "coding", false), CriterionPassCounts.passes(panel("c", 2, 4, 2, 3), 3));
    }
}
