package io.github.interviewkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.analytics.AdverseImpact;
import io.github.interviewkit.analytics.AdverseImpactReport;
import io.github.interviewkit.analytics.Calibration;
import io.github.interviewkit.analytics.CalibrationPolicy;
import io.github.interviewkit.analytics.InterviewerCalibration;
import io.github.interviewkit.analytics.KrippendorffsAlpha;
import io.github.interviewkit.analytics.MeasurementLevel;
import io.github.interviewkit.analytics.PanelAnalytics;
import io.github.interviewkit.scoring.Panel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's panel-analytics snippet, kept compiling and running on simulated panels. */
class ReadmeAnalyticsSnippetTest {
    record Outcome(String group, boolean hired) {}

    @Test
    void snippet_measuresSimulatedPanels() {
        List<PanelAnalyticsExample.Interviewed> simulated = PanelAnalyticsExample.simulate(1);
        List<Panel> panels = simulated.stream().map(PanelAnalyticsExample.Interviewed::panel).toList();
        List<Outcome> outcomes = simulated.stream().map(i -> new Outcome(i.group(), i.selected())).toList();

        // --- README snippet begins
        PanelAnalytics analytics = PanelAnalytics.of(panels);               // one Panel per candidate
        KrippendorffsAlpha alpha = analytics.krippendorffsAlpha(MeasurementLevel.ORDINAL);
        Calibration calibration = analytics.calibration(CalibrationPolicy.of(new BigDecimal("0.5"), 30));
        calibration.flagged();                                               // lenient and severe interviewers

        AdverseImpactReport impact = AdverseImpact.analyze(outcomes, Outcome::group, Outcome::hired);
        impact.belowFourFifths();                     // exact: a ratio of exactly 4/5 is not adverse impact
        // --- README snippet ends

        assertTrue(alpha.alpha().isDefined(), alpha.toString());
        Set<String> flagged = calibration.flagged().stream().map(InterviewerCalibration::interviewerId)
                .collect(Collectors.toSet());
        assertEquals(Set.of(PanelAnalyticsExample.LENIENT, PanelAnalyticsExample.SEVERE), flagged);
        assertEquals(3, impact.groups().size());
    }

    @Test
    void readme_showsTheSnippetAsItIsHere() {
        ReadmeSnippets.assertReadmeShowsSnippetOf("src/test/java/io/github/interviewkit/examples/ReadmeAnalyticsSnippetTest.java");
    }
}
