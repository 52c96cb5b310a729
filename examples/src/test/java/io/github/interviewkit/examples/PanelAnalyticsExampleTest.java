package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.analytics.CalibrationFlag;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.InterviewerCalibration;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.scoring.Panel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PanelAnalyticsExampleTest {
    @Test
    void calibration_flagsExactlyTheLenientAndTheSevereInterviewer() {
        List<Panel> panels = PanelAnalyticsExample.simulate(42L).stream()
                .map(PanelAnalyticsExample.Interviewed::panel).toList();
        Map<String, CalibrationFlag> flags = PanelAnalytics.of(panels)
                .calibration(CalibrationPolicy.of(new BigDecimal("0.5"), 30)).interviewers().stream()
                .collect(Collectors.toMap(InterviewerCalibration::interviewerId, InterviewerCalibration::flag));
        assertEquals(12, flags.size());
        assertEquals(CalibrationFlag.LENIENT, flags.get(PanelAnalyticsExample.LENIENT));
        assertEquals(CalibrationFlag.SEVERE, flags.get(PanelAnalyticsExample.SEVERE));
        flags.forEach((interviewer, flag) -> {
            if (!interviewer.equals(PanelAnalyticsExample.LENIENT) && !interviewer.equals(PanelAnalyticsExample.SEVERE)) {
                assertEquals(CalibrationFlag.CALIBRATED, flag, interviewer);
            }
        });
    }

    @Test
    void calibration_flagsTheSameInterviewersWhateverTheSeed() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Panel> panels = PanelAnalyticsExample.simulate(seed).stream()
                    .map(PanelAnalyticsExample.Interviewed::panel).toList();
            List<String> flagged = PanelAnalytics.of(panels).calibration(CalibrationPolicy.of(new BigDecimal("0.5"), 30))
                    .flagged().stream().map(InterviewerCalibration::interviewerId).toList();
            assertEquals(List.of(PanelAnalyticsExample.LENIENT, PanelAnalyticsExample.SEVERE), flagged, "seed " + seed);
        }
    }

    @Test
    void run_printsAgreementCalibrationAndAdverseImpactTables() {
        String out = Printed.by(PanelAnalyticsExample::run);

        assertTrue(out.startsWith("Panel analytics over 300 Backend Architect panels: "
                + "PanelAnalytics[1500 units x 12 interviewers]\n"), out);
        assertTrue(out.contains("  Krippendorff's alpha, ordinal:  0."), out);
        assertTrue(out.contains("  Fleiss' kappa:                  undefined (units have between"), out);
        assertTrue(out.contains("\n  iv-03        LENIENT "), out);
        assertTrue(out.contains("\n  iv-07        SEVERE "), out);
        assertTrue(out.contains("  group-b    32/100   0.320  (highest)"), out);
        assertTrue(out.contains("  group-c    23/100   0.230  0.719         YES "), out);
    }
}
