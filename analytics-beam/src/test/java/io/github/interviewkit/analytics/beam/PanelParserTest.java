package io.github.interviewkit.analytics.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.ScoringInputException;
import java.util.List;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class PanelParserTest {
    private static final Panel PANEL = GeneratedData.parse("k1|c1|ann:3,4,-;bob:2,2,3");

    @Test
    void of_readsTheLinesLineWrites_evenAfterTheParserIsSerialised() {
        String line = PanelParser.line(PANEL);
        assertFalse(line.contains("\n"), line);
        PanelParser parser = SerializableUtils.clone(PanelParser.of(GeneratedData.ROLE));
        assertEquals(PANEL, parser.parse(line));
    }

    @Test
    void of_rejectsAPanelOfAnotherRoleVersion_withThePath() {
        Role newer = Role.builder().from(GeneratedData.ROLE).contentVersion("1.1.0").build();
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> PanelParser.of(newer).parse(PanelParser.line(PANEL)));
        assertEquals(List.of("role.contentVersion"), e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void line_keepsLineBreaksInsideTextsEscaped() {
        Panel noted = Panel.of(GeneratedData.ROLE, List.of(io.github.interviewkit.scoring.Scorecard.builder()
                .from(PANEL.scorecards().get(0)).notes("two\n  lines").build()));
        assertEquals(noted, PanelParser.of(GeneratedData.ROLE).parse(PanelParser.line(noted)));
    }
}
