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
