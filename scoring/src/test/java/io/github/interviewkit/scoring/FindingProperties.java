package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;

import io.github.interviewkit.model.QuestionCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The findings the built-in strategies make, over generated panels of {@link TestRoles#SMALL}. */
class FindingProperties {
    private static final ScoringPolicy HURDLES = ScoringPolicy.builder()
            .addHurdles(Hurdle.of(QuestionCategory.SCREENING, new BigDecimal("0.4")))
            .addHurdles(Hurdle.of(QuestionCategory.TECHNICAL, new BigDecimal("0.5")))
            .minimumPanelSize(4).disagreementSpread(1).build();

    private static List<Finding> findings(Panel panel) {
        List<Finding> findings = new ArrayList<>();
        for (ScoringStrategy strategy : ScoringStrategies.all()) {
            Report report = strategy.prepare(TestRoles.SMALL, HURDLES).score(panel);
            findings.addAll(report.trace());
            findings.addAll(report.flags());
        }
        return findings;
    }

    private static FindingMessage message(Finding finding) {
        for (FindingMessage message : FindingMessage.values()) {
            if (message.key.equals(finding.messageKey())) {
                return message;
            }
        }
        throw new AssertionError("no message for " + finding.code());
    }

    @Test
    void everyBuiltInFinding_carriesExactlyTheParametersOfItsMessage_andReadsWithoutPlaceholders() {
        Set<FindingMessage> seen = EnumSet.noneOf(FindingMessage.class);
        // A fixed seed: the set of messages reached below is asserted, so it must not depend on luck.
        qt().withFixedSeed(9).withExamples(400).forAll(PanelGenerators.panels(25)).checkAssert(raw -> {
            for (Finding finding : findings(raw.panel())) {
                assertNotNull(finding.messageKey(), finding.code());
                FindingMessage message = message(finding);
                seen.add(message);
                assertEquals(message.code, finding.code());
                assertEquals(message.parameters, List.copyOf(finding.parameters().keySet()), message.key);
                for (Locale locale : FindingBundles.LOCALES) {
                    String text = finding.text(locale);
                    assertFalse(text.contains("{") || text.contains("}"), locale + " " + message.key + ": " + text);
                }
                assertEquals(finding.text(Locale.ENGLISH), finding.text());
            }
        });
        // The generated panels reach every message but two (the small role has a must-have, and only a
        // step of a user's own gives a decision its reason), which named tests cover.
        assertEquals(EnumSet.complementOf(EnumSet.of(FindingMessage.MUST_HAVE_NONE, FindingMessage.DECISION)), seen);
    }
}
