package io.github.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static final Panel PANEL = Fixtures.panel();
    private static final Report REPORT = Fixtures.score(PANEL);

    @Test
    void writesEveryRenderingInBothLanguages() {
        for (Renderer renderer : new Renderer[] {Renderer.english(), Renderer.german()}) {
            String lang = renderer.locale().getLanguage();
            for (Format format : Format.values()) {
                String ext = format == Format.HTML ? "html" : "md";
                Fixtures.write("kit-" + lang + "." + ext, renderer.kit(Fixtures.KIT, format));
                Fixtures.write("guide-" + lang + "." + ext, renderer.guide(Fixtures.technicalInterview(), format));
                Fixtures.write("scorecard-" + lang + "." + ext,
                        renderer.scorecardForm(Fixtures.technicalInterview(), format));
                Fixtures.write("report-" + lang + "." + ext, renderer.report(REPORT, PANEL, format));
            }
        }
    }

    @Test
    void theReportShowsItsAuditRecordInBothFormatsAndLanguages() {
        java.time.Instant at = java.time.Instant.parse("2026-12-02T09:30:00Z");
        Report audited = io.github.interviewkit.scoring.ScoringEngine.builder().registerBuiltIns()
                .clock(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC)).build().scorer(PANEL.role()).score(PANEL);
        io.github.interviewkit.scoring.ReportAudit audit = audited.audit().orElseThrow();
        String html = Renderer.english().report(audited, PANEL, Format.HTML);
        assertTrue(html.contains("Audit record"), html);
        assertTrue(html.contains(audit.policyFingerprint()), html);
        assertTrue(html.contains(audit.roleId() + ", content version " + audit.roleContentVersion()), html);
        assertTrue(html.contains("2026-12-02T09:30:00Z"), html);
        String markdown = Renderer.german().report(audited, PANEL, Format.MARKDOWN);
        assertTrue(markdown.contains("Prüfprotokoll"), markdown);
        assertTrue(markdown.contains(audit.strategyId() + ", Version " + audit.strategyVersion()), markdown);
        // A report read from a document written before reports carried an audit has none: no section.
        Report.Builder builder = Report.builder(REPORT.strategyId(), PANEL).recommendation(REPORT.recommendation());
        REPORT.trace().forEach(builder::addStep);
        Report unaudited = builder.build();
        assertFalse(Renderer.english().report(unaudited, PANEL, Format.HTML).contains("Audit record"));
    }

    @Test
    void germanForEveryGermanLocaleEnglishForAnyOther() {
        assertEquals(Renderer.german(), Renderer.of(Locale.GERMANY));
        assertEquals(Renderer.german(), Renderer.of(Locale.forLanguageTag("de-CH")));
        assertEquals(Renderer.english(), Renderer.of(Locale.FRANCE));
        assertEquals(Locale.GERMAN, Renderer.of(Locale.GERMANY).locale());
    }

    @Test
    void aReportOfAnotherCandidateIsRejected() {
        Panel other = Panel.builder().from(PANEL).scorecards(PANEL.scorecards().stream()
                .map(c -> io.github.interviewkit.scoring.Scorecard.builder().from(c).candidateId("cand-043").build())
                .toList()).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Renderer.english().report(REPORT, other, Format.HTML));
        assertTrue(e.getMessage().startsWith("panel must be the panel the report scored"), e.getMessage());
    }

    @Test
    void paperSizeIsAskedForOnlyWhenChosen() {
        assertTrue(Renderer.english().withPaper(Paper.A4).kit(Fixtures.KIT, Format.HTML)
                .contains("@page { size: A4; margin: 16mm 14mm; }"));
        assertTrue(Renderer.english().withPaper(Paper.LETTER).kit(Fixtures.KIT, Format.HTML)
                .contains("@page { size: letter; margin: 16mm 14mm; }"));
        assertFalse(Renderer.english().kit(Fixtures.KIT, Format.HTML).contains("@page { size"));
        assertEquals(Paper.A4, Renderer.english().withPaper(Paper.A4).paper());
        assertEquals("Renderer[de, LETTER]", Renderer.german().withPaper(Paper.LETTER).toString());
    }
}
