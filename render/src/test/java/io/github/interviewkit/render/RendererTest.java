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
    void theReportsTraceAndFlagsNameTheRolesContentTheInterviewersAndTheLabels_inBothLanguages() {
        String english = Renderer.english().report(REPORT, PANEL, Format.MARKDOWN);
        String german = Renderer.german().report(REPORT, PANEL, Format.MARKDOWN);

        assertTrue(english.contains("- Interviewers disagree on \u201cAbility to explain architectural choices"
                + " clearly\u201d: dana rated it 2 (No), chen rated it 4 (Strong yes), a spread of 2 (flagged from a"
                + " spread of 2).\n"), english);
        assertTrue(english.contains("- The outcome \u201chire\u201d goes against the vote of dana (1 of 4 voting"
                + " interviewers).\n"), english);
        assertTrue(english.contains("2. \u201cUnderstanding of system design principles\u201d: 3 ratings from 3 (Yes)"
                + " to 4 (Strong yes), a spread of 1; aggregate 3.3333.\n"), english);
        assertTrue(english.contains("9. The minor pitfall \u201cLack of knowledge about current industry trends\u201d"
                + " was observed by one interviewer (bob); it is noted and does not change the outcome.\n"), english);
        assertTrue(german.contains("- Uneinigkeit bei \u201eAbility to explain architectural choices clearly\u201c:"
                + " 2 (No) von dana, 4 (Strong yes) von chen, eine Spannweite von 2 (markiert ab einer Spannweite"
                + " von 2).\n"), german);
        assertTrue(german.contains("9. Der geringfügige Fallstrick \u201eLack of knowledge about current industry"
                + " trends\u201c wurde von einem Interviewer (bob) beobachtet; er wird vermerkt und ändert das"
                + " Ergebnis nicht.\n"), german);
        assertTrue(german.contains("12. Empfehlung \u201eEinstellen\u201c nach den Schwellen des Gesamtwerts.\n"),
                german);
        for (Renderer renderer : new Renderer[] {Renderer.english(), Renderer.german()}) {
            for (Format format : Format.values()) {
                String page = renderer.report(REPORT, PANEL, format);
                String findings = page.substring(page.indexOf(format == Format.HTML ? "<h2>" + heading(renderer,
                        "report.flags") : "## " + heading(renderer, "report.flags")));
                for (String id : new String[] {"system-design", "languages-and-frameworks",
                        "explains-architectural-choices", "database-systems", "cloud-architecture",
                        "outdated-knowledge", "no-hire", "observed by 1", "von 1 Interviewer "}) {
                    assertFalse(findings.contains(id), renderer + " " + format + " shows " + id + ": " + findings);
                }
            }
        }
    }

    private static String heading(Renderer renderer, String key) {
        return io.github.interviewkit.render.internal.InternalAccess.text(renderer.locale(), key);
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
