package io.github.interviewkit.analytics;

import static io.github.interviewkit.analytics.PartialsProperties.mergeRandomly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The partial forms summed per panel (interviewer calibration, pass counts per rubric criterion):
 * one summary per panel, merged in a random grouping and order and sent through their binary form,
 * equal the summary of all panels at once, and so give the same calibration and the same
 * per-criterion adverse-impact report.
 */
class PanelPartialsProperties {
    private static final Role ROLE = PanelFixtures.role(4, "coding", "design");
    private static final String[] INTERVIEWERS = {"ada", "bo", "cy", "di", "ed"};
    private static final String[] GROUPS = {"group-a", "group-b", "group-c"};

    /** One panel per candidate; each interviewer sits with chance 1/2 (at least one does) and may leave a criterion unrated. */
    private static List<Panel> panels(long seed, int candidates) {
        Random random = new Random(seed);
        List<Panel> panels = new ArrayList<>();
        for (int u = 0; u < candidates; u++) {
            String candidate = String.format("c%03d", u);
            int forced = random.nextInt(INTERVIEWERS.length);
            List<Scorecard> cards = new ArrayList<>();
            for (int r = 0; r < INTERVIEWERS.length; r++) {
                if (r != forced && random.nextBoolean()) {
                    continue;
                }
                Scorecard.Builder card = Scorecard.builder().candidateId(candidate).interviewerId(INTERVIEWERS[r])
                        .stage(QuestionCategory.TECHNICAL).rate("coding", 1 + random.nextInt(4));
                if (random.nextInt(4) == 0) {
                    card.notAssessed("design");
                } else {
                    card.rate("design", 1 + random.nextInt(4));
                }
                cards.add(card.build());
            }
            panels.add(Panel.of(ROLE, cards));
        }
        return panels;
    }

    private static String group(Panel panel) {
        return GROUPS[Math.floorMod(panel.candidateId().hashCode(), GROUPS.length)];
    }

    @Test
    void calibrationSums_ofEachPanelMergeToThoseOfAllPanels() {
        CalibrationPolicy policy = CalibrationPolicy.of(new BigDecimal("0.25"), 2);
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, candidates) -> {
            List<Panel> panels = panels(seed, candidates);
            List<CalibrationSums> parts = new ArrayList<>();
            parts.add(CalibrationSums.empty(CategorySet.of(ROLE.rubric().scale())));
            panels.forEach(panel -> parts.add(CalibrationSums.of(panel)));
            CalibrationSums merged = mergeRandomly(parts, new Random(seed), CalibrationSums::merge,
                    s -> CalibrationSums.fromBytes(s.toBytes()));
            PanelAnalytics whole = PanelAnalytics.of(panels);
            assertEquals(whole.calibrationSums(), merged);
            assertEquals(whole.calibrationSums().hashCode(), merged.hashCode());
            assertEquals(whole.calibration(policy).toString(), merged.calibration(policy).toString());
            assertEquals(whole.calibration(policy).interviewers().stream().map(InterviewerCalibration::interviewerId)
                    .toList(), merged.interviewers());
        });
    }

    @Test
    void criterionPassCounts_ofEachCandidateMergeToThoseOfAllPanels() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 30), integers().between(1, 4))
                .checkAssert((seed, candidates, passingLevel) -> {
                    List<Panel> panels = panels(seed, candidates);
                    List<CriterionPassCounts> parts = new ArrayList<>();
                    parts.add(CriterionPassCounts.empty());
                    for (Panel panel : panels) {
                        parts.add(CriterionPassCounts.ofCandidate(group(panel),
                                CriterionPassCounts.passes(panel, passingLevel)));
                    }
                    CriterionPassCounts merged = mergeRandomly(parts, new Random(seed), CriterionPassCounts::merge,
                            s -> CriterionPassCounts.fromBytes(s.toBytes()));
                    Function<Panel, String> group = PanelPartialsProperties::group;
                    CriterionPassCounts whole = CriterionPassCounts.of(panels, group, passingLevel);
                    assertEquals(whole, merged);
                    assertEquals(whole.hashCode(), merged.hashCode());
                    assertEquals(whole.report().toString(), merged.report().toString());
                });
    }

    @Test
    void passes_decidesTheMeanExactlyAgainstTheLevel() {
        // coding: 3 and 2, mean 2.5; design: 3 and not assessed, mean 3.
        Panel panel = Panel.of(ROLE, List.of(
                Scorecard.builder().candidateId("c1").interviewerId("ada").stage(QuestionCategory.TECHNICAL)
                        .rate("coding", 3).rate("design", 3).build(),
                Scorecard.builder().candidateId("c1").interviewerId("bo").stage(QuestionCategory.TECHNICAL)
                        .rate("coding", 2).notAssessed("design").build()));
        SortedMap<String, Boolean> atThree = CriterionPassCounts.passes(panel, 3);
        assertEquals(Map.of("coding", false, "design", true), atThree);
        assertEquals(Map.of("coding", true, "design", true), CriterionPassCounts.passes(panel, 2));
    }

    @Test
    void differentCounts_areNotEqual() {
        CriterionPassCounts passed = CriterionPassCounts.ofCandidate("group-a", Map.of("coding", true));
        CriterionPassCounts failed = CriterionPassCounts.ofCandidate("group-a", Map.of("coding", false));
        CriterionPassCounts otherGroup = CriterionPassCounts.ofCandidate("group-b", Map.of("coding", true));
        CriterionPassCounts otherCriterion = CriterionPassCounts.ofCandidate("group-a", Map.of("design", true));
        assertNotEquals(passed, failed);
        assertNotEquals(passed, otherGroup);
        assertNotEquals(passed, otherCriterion);
        assertEquals(passed, CriterionPassCounts.fromBytes(passed.toBytes()));
        assertThrows(IllegalArgumentException.class, () -> CriterionPassCounts.ofCandidate(" ", Map.of()));

        List<Panel> panels = panels(7, 6);
        assertNotEquals(CalibrationSums.of(panels.get(0)), CalibrationSums.of(panels.get(1)));
        assertNotEquals(CalibrationSums.of(panels.get(0)), CalibrationSums.empty(CategorySet.of(1, 2, 3, 4)));
    }

    @Test
    void calibrationSums_onAnotherScale_areRejectedWithTheReason() {
        CalibrationSums four = CalibrationSums.of(panels(1, 1).get(0));
        ScoringInputException thrown = assertThrows(ScoringInputException.class,
                () -> four.merge(CalibrationSums.empty(CategorySet.of(1, 2, 3))));
        assertTrue(thrown.getMessage().contains("categories"), thrown.getMessage());
    }

    @Test
    void fromBytes_rejectsEveryTruncationAndTheOtherForm() {
        List<Panel> panels = panels(3, 5);
        byte[] calibration = PanelAnalytics.of(panels).calibrationSums().toBytes();
        byte[] criteria = CriterionPassCounts.of(panels, PanelPartialsProperties::group, 3).toBytes();
        for (int length = 0; length < calibration.length; length++) {
            byte[] cut = Arrays.copyOf(calibration, length);
            assertThrows(ScoringInputException.class, () -> CalibrationSums.fromBytes(cut), "length " + length);
        }
        for (int length = 0; length < criteria.length; length++) {
            byte[] cut = Arrays.copyOf(criteria, length);
            assertThrows(ScoringInputException.class, () -> CriterionPassCounts.fromBytes(cut), "length " + length);
        }
        assertThrows(ScoringInputException.class, () -> CalibrationSums.fromBytes(criteria));
        assertThrows(ScoringInputException.class, () -> CriterionPassCounts.fromBytes(calibration));
    }
}
