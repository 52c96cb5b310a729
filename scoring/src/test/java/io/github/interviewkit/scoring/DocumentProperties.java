package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.io.ContentFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round trips of scorecards and panels through JSON and YAML: write then read gives an equal value, and the same bytes. */
class DocumentProperties {
    /** Generated panels of the small role, each scorecard with every rich attribute some of the time. */
    private static Gen<Panel> panels() {
        Gen<Integer> choice = integers().between(0, 3);
        Gen<Long> seconds = integers().between(0, Integer.MAX_VALUE).map(Integer::longValue);
        return PanelGenerators.panels(30).zip(choice, seconds, (raw, extra, at) -> {
            List<Scorecard> cards = new ArrayList<>();
            List<Scorecard> plain = raw.cards();
            for (int k = 0; k < plain.size(); k++) {
                Scorecard.Builder card = Scorecard.builder().from(plain.get(k));
                if ((extra + k) % 2 == 0) {
                    card.privateNotes("private " + k).putCriterionNotes("coding", "note \"" + k + "\"\n: - #")
                            .source(ScorecardSource.builder().system("greenhouse").scorecardId("sc-" + k)
                                    .interviewId("i-" + k).build())
                            .submittedAt(Instant.ofEpochSecond(at + k, k * 1000L)).submittedBy("coordinator")
                            .putMetadata("z-key", "last").putMetadata("a-key", "first: yes");
                }
                if (extra == 3 && k == 0) {
                    card.stage(QuestionCategory.BEHAVIOURAL);
                }
                cards.add(card.build());
            }
            return Panel.of(TestRoles.SMALL, cards);
        });
    }

    @Test
    void panel_writeThenRead_givesAnEqualPanelAndTheSameText() {
        qt().forAll(panels()).checkAssert(panel -> {
            for (ContentFormat format : ContentFormat.values()) {
                String text = panel.write(format);
                Panel read = Panel.read(TestRoles.SMALL, text, format);
                assertEquals(panel.scorecards(), read.scorecards(), text);
                assertEquals(panel, read, text);
                assertEquals(text, read.write(format));
            }
        });
    }

    @Test
    void scorecard_writeThenRead_givesAnEqualScorecardAndTheSameText() {
        qt().forAll(panels()).checkAssert(panel -> {
            for (Scorecard card : panel.scorecards()) {
                for (ContentFormat format : ContentFormat.values()) {
                    String text = card.write(format);
                    Scorecard read = Scorecard.read(text, format);
                    assertEquals(card, read, text);
                    assertEquals(text, read.write(format));
                }
            }
        });
    }
}
