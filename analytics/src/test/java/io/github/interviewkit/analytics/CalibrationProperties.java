package io.github.interviewkit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.scoring.Panel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of interviewer calibration over random panels. */
class CalibrationProperties {
    private static final Role ROLE = PanelFixtures.role(4, "design");
    private static final String[] NAMES = {"a", "b", "c", "d", "e", "f"};

    private static List<Panel> panels(long seed, int candidates) {
        Random random = new Random(seed);
        Integer[][] ratings = new Integer[candidates][NAMES.length];
        for (int u = 0; u < candidates; u++) {
            ratings[u][random.nextInt(NAMES.length)] = 1 + random.nextInt(4);
            for (int r = 0; r < NAMES.length; r++) {
                if (random.nextInt(3) == 0) {
                    ratings[u][r] = 1 + random.nextInt(4);
                }
            }
        }
        return PanelFixtures.panels(ROLE, NAMES, ratings);
    }

    @Test
    void leaveOneOutDeviations_sumToZeroOverAllInterviewers() {
        // In every unit, sum over raters of (own - mean of the others) = S - (m S - S) / (m - 1) = 0.
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, candidates) -> {
            Calibration calibration = PanelAnalytics.of(panels(seed, candidates)).calibration(CalibrationPolicy.defaults());
            double total = 0;
            for (InterviewerCalibration interviewer : calibration.interviewers()) {
                total += interviewer.meanDeviation().value().orElse(0) * interviewer.comparisons();
            }
            assertEquals(0.0, total, 1e-9);
        });
    }

    @Test
    void calibration_ignoresTheOrderOfPanels() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, candidates) -> {
            List<Panel> panels = panels(seed, candidates);
            List<Panel> shuffled = new ArrayList<>(panels);
            Collections.shuffle(shuffled, new Random(seed));
            CalibrationPolicy policy = CalibrationPolicy.of(new BigDecimal("0.25"), 3);
            assertEquals(PanelAnalytics.of(panels).calibration(policy).toString(),
                    PanelAnalytics.of(shuffled).calibration(policy).toString());
        });
    }

    @Test
    void flags_areMonotoneInTheThreshold() {
        // Raising the threshold can only turn a flagged interviewer into a calibrated one, never the reverse.
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 40), integers().between(0, 20))
                .checkAssert((seed, candidates, tenths) -> {
                    PanelAnalytics analytics = PanelAnalytics.of(panels(seed, candidates));
                    Calibration low = analytics.calibration(CalibrationPolicy.of(BigDecimal.valueOf(tenths, 1), 1));
                    Calibration high = analytics.calibration(CalibrationPolicy.of(BigDecimal.valueOf(tenths + 1, 1), 1));
                    for (int i = 0; i < low.interviewers().size(); i++) {
                        CalibrationFlag before = low.interviewers().get(i).flag();
                        CalibrationFlag after = high.interviewers().get(i).flag();
                        if (before == CalibrationFlag.CALIBRATED || before == CalibrationFlag.TOO_FEW_COMPARISONS) {
                            assertEquals(before, after);
                        } else if (after != CalibrationFlag.CALIBRATED) {
                            assertEquals(before, after);
                        }
                    }
                });
    }
}
