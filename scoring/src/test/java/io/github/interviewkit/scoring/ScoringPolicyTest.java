package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.io.ContentFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringPolicyTest {
    private static List<String> paths(ScoringInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        ScoringPolicy policy = ScoringPolicy.defaults();
        assertEquals(Aggregation.MEAN, policy.aggregation());
        assertTrue(policy.rubricGates());
        assertEquals(PitfallAction.VETO, policy.pitfallAction(Severity.CRITICAL));
        assertEquals(PitfallAction.CAP, policy.pitfallAction(Severity.MAJOR));
        assertEquals(PitfallAction.NOTE, policy.pitfallAction(Severity.MINOR));
        assertEquals(Recommendation.HIRE, policy.pitfallCap());
        assertEquals(new BigDecimal("0.80"), policy.strongHireThreshold());
        assertEquals(new BigDecimal("0.60"), policy.hireThreshold());
        assertEquals(new BigDecimal("0.30"), policy.noHireThreshold());
        assertEquals(2, policy.disagreementSpread());
        assertEquals(3, policy.minimumPanelSize());
        assertEquals(List.of(), policy.hurdles());
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringPolicy.builder()
                .hireThreshold(new BigDecimal("0.9")).noHireThreshold(new BigDecimal("-0.1"))
                .putWeights("coding", BigDecimal.ZERO).pitfallCap(Recommendation.INCOMPLETE)
                .disagreementSpread(0).minimumPanelSize(0)
                .addHurdles(Hurdle.of(QuestionCategory.TECHNICAL, BigDecimal.ONE),
                        Hurdle.of(QuestionCategory.TECHNICAL, BigDecimal.ZERO))
                .build());
        assertEquals(List.of("disagreementSpread", "hireThreshold", "hurdles[1].stage", "minimumPanelSize",
                "noHireThreshold", "pitfallCap", "weights[coding]"), paths(e));
    }

    @Test
    void builder_rejectsNullArgumentsByNameAndReportsMissingParts() {
        assertEquals("aggregation", assertThrows(NullPointerException.class,
                () -> ScoringPolicy.builder().aggregation(null)).getMessage());
        assertEquals("stage", assertThrows(NullPointerException.class, () -> Hurdle.of(null, null)).getMessage());
        ScoringInputException hurdle = assertThrows(ScoringInputException.class, () -> Hurdle.builder().build());
        assertEquals(List.of("cutOff", "stage"), paths(hurdle));
        assertEquals("severity", assertThrows(NullPointerException.class,
                () -> ScoringPolicy.defaults().pitfallAction(null)).getMessage());
    }

    @Test
    void hurdle_rejectsACutOffOutsideTheCompositeRange() {
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Hurdle.of(QuestionCategory.TECHNICAL, new BigDecimal("1.5")));
        assertEquals(List.of("cutOff"), paths(e));
    }

    @Test
    void build_rejectsMoreThanNineDecimals() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringPolicy.builder()
                .hireThreshold(new BigDecimal("0.6000000001")).build());
        assertEquals(List.of("hireThreshold"), paths(e));
    }

    /**
     * Found by ScoringFuzzTest#score: a decimal with an extreme scale took seconds per value (its
     * plain string has billions of digits), threw ArithmeticException or NegativeArraySizeException,
     * or, as a weight with scale Integer.MIN_VALUE, was accepted (the digit count overflowed).
     */
    @Test
    void build_rejectsExtremeScalesQuickly_reportingThemInScientificNotation() {
        BigDecimal huge = new BigDecimal(BigInteger.valueOf(123456789), Integer.MIN_VALUE);
        BigDecimal tiny = new BigDecimal(BigInteger.valueOf(123456789), Integer.MAX_VALUE);
        BigDecimal large = new BigDecimal(BigInteger.valueOf(123456789), -2_000_000_000);
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringPolicy.builder()
                .putWeights("coding", huge).putWeights("communication", tiny).putWeights("system-design", large)
                .hireThreshold(tiny).noHireThreshold(BigDecimal.ZERO.setScale(-10)).build());
        assertEquals(List.of(
                "hireThreshold: must have at most 9 digits before and 9 after the decimal point (was \"1.23456789E-2147483639\")",
                "noHireThreshold: must have at most 9 digits before and 9 after the decimal point (was \"0E+10\")",
                "weights[coding]: must have at most 9 digits before and 9 after the decimal point (was \"1.23456789E+2147483656\")",
                "weights[communication]: must have at most 9 digits before and 9 after the decimal point (was \"1.23456789E-2147483639\")",
                "weights[system-design]: must have at most 9 digits before and 9 after the decimal point (was \"1.23456789E+2000000008\")"),
                e.violations().stream().map(v -> v.path() + ": " + v.message() + " (was " + v.value() + ")").sorted().toList());
        ScoringInputException hurdle = assertThrows(ScoringInputException.class,
                () -> Hurdle.of(QuestionCategory.TECHNICAL, huge));
        assertEquals(List.of("cutOff"), paths(hurdle));
    }

    static final ScoringPolicy TUNED = ScoringPolicy.builder().aggregation(Aggregation.MEDIAN)
            .putCriterionAggregation("coding", Aggregation.TRIMMED_MEAN)
            .putWeights("system-design", new BigDecimal("2.5")).rubricGates(false)
            .putMinimumRatings("communication", 3).majorPitfallAction(PitfallAction.VETO)
            .pitfallCap(Recommendation.NO_HIRE).hireThreshold(new BigDecimal("0.65")).disagreementSpread(3)
            .minimumPanelSize(4).addHurdles(Hurdle.of(QuestionCategory.SCREENING, new BigDecimal("0.5")))
            .build();

    @Test
    void write_thenRead_givesAnEqualPolicy_inBothFormats() {
        for (ContentFormat format : ContentFormat.values()) {
            assertEquals(TUNED, ScoringPolicy.read(TUNED.write(format), format), format.name());
            assertEquals(ScoringPolicy.defaults(), ScoringPolicy.read(ScoringPolicy.defaults().write(format), format));
        }
    }

    @Test
    void write_isStableAndOrdered() {
        String json = TUNED.write(ContentFormat.JSON);
        assertEquals(json, ScoringPolicy.builder().from(TUNED).build().write(ContentFormat.JSON));
        assertTrue(json.indexOf("\"aggregation\"") < json.indexOf("\"hurdles\""), json);
        assertTrue(json.contains("\"hireThreshold\": 0.65"), json);
    }

    @Test
    void read_emptyObjectIsTheDefaultPolicy() {
        assertEquals(ScoringPolicy.defaults(), ScoringPolicy.read("{}", ContentFormat.JSON));
    }

    @Test
    void read_yamlWithSomeFields() {
        ScoringPolicy policy = ScoringPolicy.read("""
                aggregation: trimmed-mean
                weights: {system-design: 3}
                hireThreshold: 0.7
                hurdles:
                  - {stage: screening, cutOff: 0.4}
                """, ContentFormat.YAML);
        assertEquals(Aggregation.TRIMMED_MEAN, policy.aggregation());
        assertEquals(0, new BigDecimal("3").compareTo(policy.weights().get("system-design")));
        assertEquals(new BigDecimal("0.7"), policy.hireThreshold());
        assertEquals(QuestionCategory.SCREENING, policy.hurdles().get(0).stage());
    }

    @Test
    void read_reportsEveryProblemWithPathAndLine() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringPolicy.read("""
                aggregation: average
                weights: {coding: -1, system-design: heavy}
                hireThreshold: 2
                pitfallCap: maybe
                colour: blue
                hurdles:
                  - {stage: Not A Slug, cutOff: 0.5, extra: 1}
                """, ContentFormat.YAML));
        assertEquals(List.of("aggregation", "weights[coding]", "weights[system-design]", "hireThreshold",
                "pitfallCap", "colour", "hurdles[0].stage", "hurdles[0].extra"), paths(e));
        assertEquals(1, e.violations().get(0).line().getAsInt());
        assertEquals(7, e.violations().get(7).line().getAsInt());
    }

    @Test
    void read_reportsSyntaxErrorsWithTheirLocation() {
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> ScoringPolicy.read("{\"aggregation\": \"mean\",\n  \"weights\": }", ContentFormat.JSON));
        assertEquals(1, e.violations().size());
        assertEquals(2, e.violations().get(0).line().getAsInt());
    }

    @Test
    void read_refusesYamlAliasesAndOversizedDocuments() {
        assertThrows(ScoringInputException.class, () -> ScoringPolicy.read("""
                hurdles: &h
                  - {stage: screening, cutOff: 0.5}
                criterionAggregation: *h
                """, ContentFormat.YAML));
        String huge = "{\"colour\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringPolicy.read(huge, ContentFormat.JSON));
        assertTrue(e.violations().get(0).message().contains("limit"), e.getMessage());
    }

    @Test
    void read_nullArgumentsAreRejectedByName() {
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> ScoringPolicy.read(null, ContentFormat.JSON)).getMessage());
        assertEquals("format", assertThrows(NullPointerException.class, () -> ScoringPolicy.read("{}", null)).getMessage());
    }

    @Test
    void readFile_byExtension(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.yml");
        Files.writeString(file, TUNED.write(ContentFormat.YAML));
        assertEquals(TUNED, ScoringPolicy.read(file));
        Path other = Files.writeString(dir.resolve("policy.txt"), "{}");
        assertThrows(IllegalArgumentException.class, () -> ScoringPolicy.read(other));
        assertThrows(io.github.interviewkit.model.io.UnreadableContentException.class,
                () -> ScoringPolicy.read(dir.resolve("missing.json")));
    }

    @Test
    void checkAgainst_reportsCriteriaAndLevelsTheRoleDoesNotHave() {
        ScoringPolicy policy = ScoringPolicy.builder().putWeights("nope", BigDecimal.ONE)
                .putMinimumRatings("coding", 5).build();
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> policy.checkAgainst(TestRoles.SMALL));
        assertEquals(List.of("minimumRatings[coding]", "weights[nope]"), paths(e));
    }
}
