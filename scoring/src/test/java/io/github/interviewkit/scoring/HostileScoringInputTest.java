package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile input built in code, through the public builders (issue #10, item 8): ids holding control
 * characters, bidirectional overrides or line breaks, texts longer than a document may hold, policy
 * numbers with huge exponents or digits, and huge panels. Each gives one {@link ScoringInputException}
 * with every problem at its path, its value escaped and shortened, or a report.
 */
class HostileScoringInputTest {
    private static List<String> problems(ScoringInputException e) {
        return e.violations().stream().map(v -> v.path() + " | " + v.value() + " | " + v.message()).toList();
    }

    private static Scorecard.Builder card(String candidate, String interviewer) {
        return Scorecard.builder().candidateId(candidate).interviewerId(interviewer).stage(QuestionCategory.TECHNICAL)
                .rate("system-design", 3).rate("communication", 3).rate("coding", 3);
    }

    @Test
    void scorecard_idsWithBidiOverridesControlsOrLineBreaks_areRejectedAsADocumentRejectsThem() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> card("cand\u202Eevil", "iv\nforged")
                .addObservedPitfalls("verbose\u001B[31m").submittedBy("\u0000").putMetadata("key\u2066", "fine").build());

        assertEquals(List.of(
                "candidateId | \"cand\\u202Eevil\" | holds the bidirectional control character U+202E, which can make "
                        + "text display in another order than it reads",
                "interviewerId | \"iv\\nforged\" | holds a line break or tab (U+000A); an id or a one-line field is one line",
                "metadata[key\u2066] | \"key\\u2066\" | holds the bidirectional control character U+2066, which can make "
                        + "text display in another order than it reads",
                "observedPitfalls[verbose\u001B[31m] | \"verbose\\u001B[31m\" | holds the escape character U+001B, which "
                        + "starts ANSI escape sequences; text may not hold control characters",
                "submittedBy | \"\\u0000\" | holds the control character U+0000; text may not hold control characters "
                        + "other than tab and line feed"), problems(e).stream().sorted().toList());
        String printed = e.getMessage();
        assertTrue(!printed.contains("\u202E") && !printed.contains("\u001B") && !printed.contains("\u0000"), printed);
    }

    @Test
    void scorecard_notesKeepTheirLinesButNotControls() {
        Scorecard multiLine = card("c-1", "ann").notes("first line\nsecond line\tindented").build();
        assertEquals("first line\nsecond line\tindented", multiLine.notes().orElseThrow());

        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> card("c-1", "ann").notes("bell\u0007").build());
        assertEquals(List.of("notes | \"bell\\u0007\" | holds the control character U+0007; text may not hold control "
                + "characters other than tab and line feed"), problems(e));
    }

    @Test
    void scorecard_textsLongerThanADocumentHolds_areRejectedWithAShortMessage() {
        String huge = "x".repeat(1_000_000);
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> card(huge, "ann").notes(huge).build());

        assertEquals(List.of(
                "candidateId | is 1000000 characters long; a text holds at most 20000 (ContentLimits.DEFAULT_MAX_STRING_LENGTH)",
                "notes | is 1000000 characters long; a text holds at most 20000 (ContentLimits.DEFAULT_MAX_STRING_LENGTH)"),
                e.violations().stream().map(v -> v.path() + " | " + v.message()).toList());
        assertTrue(e.getMessage().length() < 600, e.getMessage().length() + " characters");
        card("y".repeat(20_000), "ann").build();
    }

    @Test
    void panel_candidateMismatch_showsTheFirstCandidateShortened() {
        String longCandidate = "c".repeat(10_000);
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> Panel.of(TestRoles.SMALL, List.of(card(longCandidate, "ann").build(), card("other", "bob").build())));

        assertEquals(List.of("scorecards[1].candidateId | \"other\" | differs from the candidate of the panel's first "
                + "scorecard " + Violation.shown(longCandidate)), problems(e));
        assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
    }

    @Test
    void policy_numbersWithHugeExponents_areOneProblemEach_notAnOutOfMemoryError() {
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringPolicy.builder()
                .hireThreshold(new BigDecimal("1e999999999"))
                .noHireThreshold(new BigDecimal("1e-999999999"))
                .putWeights("coding", new BigDecimal("-1e-999999999"))
                .putWeights("communication", new BigDecimal(BigInteger.TEN.pow(100_000)))
                .build());

        String digits = "must have at most 9 digits before and 9 after the decimal point";
        assertEquals(List.of(
                "hireThreshold | \"1E+999999999\" | must be between 0 and 1, the composite's range",
                "noHireThreshold | \"1E-999999999\" | " + digits,
                "weights[coding] | \"-1E-999999999\" | must be positive",
                "weights[communication] | " + Violation.shown(BigInteger.TEN.pow(100_000).toString()) + " | " + digits),
                problems(e).stream().sorted().toList());
    }

    @Test
    void policy_keysWithControlCharacters_areRejected() {
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> ScoringPolicy.builder().putMinimumRatings("coding\r\n", 3).build());

        assertEquals(List.of("minimumRatings[coding\r\n] | \"coding\\r\\n\" | holds a line break or tab (U+000D); an id "
                + "or a one-line field is one line"), problems(e));
    }

    @Test
    void hugePanel_ofTenThousandScorecards_isScoredCountingEveryOne() {
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            cards.add(card("c-1", "iv-" + i).build());
        }
        Report report = ScoringEngine.builder().registerBuiltIns().build().scorer(TestRoles.SMALL)
                .score(Panel.of(TestRoles.SMALL, cards));

        assertEquals(List.of(10_000, 10_000, 10_000), report.criteria().stream().map(CriterionFigures::assessments).toList());
        assertEquals(Recommendation.HIRE, report.recommendation());
    }
}
