package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.DocumentCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets of the scoring module: each document reader (policy, scorecard, panel, report)
 * reads any bytes, as JSON and as YAML, to a valid value that its writer writes and the reader
 * reads back to an equal value, or throws one {@link ScoringInputException}; and building
 * scorecards, a panel and a policy from arbitrary values and scoring the panel with every built-in
 * strategy gives a report or one {@link ScoringInputException}. Anything else (another exception,
 * an {@link Error}, {@code null}, a value that does not read back) is a finding. A normal build
 * runs them in regression mode over {@code ScoringFuzzTestInputs/<target>/}; see "Fuzzing" in the
 * README for a fuzzing run.
 */
class ScoringFuzzTest {
    private static final Role ROLE = TestRoles.SMALL;
    private static final DocumentCodec<Panel> PANELS = DocumentCodec.of(Panel.documentKind(ROLE));
    private static final List<String> CRITERIA = List.of("system-design", "communication", "coding", "design");
    private static final List<String> PITFALLS = List.of("no-security", "overcomplicates", "verbose", "rude");
    private static final List<QuestionCategory> STAGES = List.of(QuestionCategory.SCREENING,
            QuestionCategory.TECHNICAL, QuestionCategory.BEHAVIOURAL, QuestionCategory.of("onsite"));

    /** Reads the bytes in both formats; what reads must write and read back to an equal value. */
    private static <T> void readBack(byte[] bytes, DocumentCodec<T> codec) {
        for (ContentFormat format : ContentFormat.values()) {
            T value;
            try {
                value = codec.read(bytes, format, "fuzz");
            } catch (ScoringInputException expected) {
                assertNotNull(expected.getMessage());
                continue;
            }
            assertNotNull(value);
            assertEquals(value, codec.read(codec.write(value, ContentFormat.JSON), ContentFormat.JSON));
            assertEquals(value, codec.read(codec.write(value, ContentFormat.YAML), ContentFormat.YAML));
        }
    }

    @FuzzTest
    void policy(byte[] bytes) {
        readBack(bytes, DocumentCodec.of(ScoringPolicy.documentKind()));
    }

    @FuzzTest
    void scorecard(byte[] bytes) {
        readBack(bytes, DocumentCodec.of(Scorecard.documentKind()));
    }

    @FuzzTest
    void panel(byte[] bytes) {
        readBack(bytes, PANELS);
    }

    @FuzzTest
    void report(byte[] bytes) {
        readBack(bytes, DocumentCodec.of(Report.documentKind()));
    }

    /**
     * Builds a policy and a panel of the small role from arbitrary values and scores it with every
     * built-in strategy: only {@link ScoringInputException} may come out, and a report that comes
     * out reads back from its document.
     */
    @FuzzTest
    void score(FuzzedDataProvider data) {
        try {
            ScoringPolicy policy = policy(data);
            Panel panel = Panel.of(ROLE, scorecards(data));
            ScoringEngine engine = ScoringEngine.builder().registerBuiltIns().policy(policy).build();
            for (ScoringStrategy strategy : ScoringStrategies.all()) {
                Report report;
                try {
                    report = engine.scorer(ROLE, strategy.id()).score(panel);
                } catch (ScoringInputException expected) {
                    assertNotNull(expected.getMessage());
                    continue;
                }
                assertNotNull(report);
                assertEquals(report, Report.read(report.write(ContentFormat.JSON), ContentFormat.JSON));
            }
        } catch (ScoringInputException expected) {
            assertNotNull(expected.getMessage());
        }
    }

    private static ScoringPolicy policy(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return ScoringPolicy.defaults();
        }
        ScoringPolicy.Builder policy = ScoringPolicy.builder()
                .aggregation(data.pickValue(Aggregation.values()))
                .rubricGates(data.consumeBoolean())
                .criticalPitfallAction(data.pickValue(PitfallAction.values()))
                .majorPitfallAction(data.pickValue(PitfallAction.values()))
                .minorPitfallAction(data.pickValue(PitfallAction.values()))
                .pitfallCap(data.pickValue(Recommendation.values()))
                .strongHireThreshold(decimal(data))
                .hireThreshold(decimal(data))
                .noHireThreshold(decimal(data))
                .disagreementSpread(data.consumeInt())
                .minimumPanelSize(data.consumeInt());
        int entries = data.consumeInt(0, 4);
        for (int i = 0; i < entries; i++) {
            String criterion = id(data, CRITERIA);
            switch (data.consumeInt(0, 2)) {
                case 0 -> policy.putWeights(criterion, decimal(data));
                case 1 -> policy.putMinimumRatings(criterion, data.consumeInt());
                default -> policy.putCriterionAggregation(criterion, data.pickValue(Aggregation.values()));
            }
        }
        int hurdles = data.consumeInt(0, 3);
        for (int i = 0; i < hurdles; i++) {
            policy.addHurdles(Hurdle.of(data.pickValue(STAGES), decimal(data)));
        }
        return policy.build();
    }

    private static List<Scorecard> scorecards(FuzzedDataProvider data) {
        int count = data.consumeInt(0, 6);
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Scorecard.Builder card = Scorecard.builder()
                    .candidateId(data.consumeBoolean() ? "c-1" : data.consumeString(8))
                    .interviewerId(data.consumeBoolean() ? "i-" + data.consumeInt(0, 3) : data.consumeString(8))
                    .stage(data.pickValue(STAGES));
            int ratings = data.consumeInt(0, 5);
            for (int r = 0; r < ratings; r++) {
                String criterion = id(data, CRITERIA);
                if (data.consumeBoolean()) {
                    card.rate(criterion, data.consumeBoolean() ? data.consumeInt(0, 5) : data.consumeInt());
                } else {
                    card.notAssessed(criterion);
                }
            }
            int pitfalls = data.consumeInt(0, 2);
            for (int p = 0; p < pitfalls; p++) {
                card.addObservedPitfalls(id(data, PITFALLS));
            }
            if (data.consumeBoolean()) {
                card.vote(data.pickValue(Recommendation.values()));
            }
            if (data.consumeBoolean()) {
                card.notes(data.consumeString(16));
            }
            if (data.consumeBoolean()) {
                card.putCriterionNotes(id(data, CRITERIA), data.consumeString(16));
            }
            if (data.consumeBoolean()) {
                card.putMetadata(data.consumeString(8), data.consumeString(8));
            }
            if (data.consumeBoolean()) {
                card.submittedAt(Instant.ofEpochSecond(data.consumeLong(-31_557_014_167_219_200L, 31_556_889_864_403_199L)));
            }
            if (data.consumeBoolean()) {
                card.source(ScorecardSource.builder().system(data.consumeString(8)).scorecardId(data.consumeString(8)));
            }
            cards.add(card.build());
        }
        return cards;
    }

    /** One of the known ids, or any string. */
    private static String id(FuzzedDataProvider data, List<String> known) {
        return data.consumeBoolean() ? data.pickValue(known) : data.consumeString(12);
    }

    /** A decimal with any unscaled value and any scale: also huge exponents and many digits. */
    private static BigDecimal decimal(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 2)) {
            case 0 -> BigDecimal.valueOf(data.consumeInt(0, 100), 2);
            case 1 -> new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt());
            default -> new BigDecimal(new BigInteger(1, data.consumeBytes(64)), data.consumeInt(-40, 40));
        };
    }
}
