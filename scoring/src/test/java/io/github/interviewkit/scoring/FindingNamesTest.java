package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.StructuredStrategyTest.blank;
import static io.github.interviewkit.scoring.StructuredStrategyTest.find;
import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Findings named as people read them: the role's criteria, pitfalls and competencies by their
 * descriptions and names, interviewers listed (by the names given, or their ids), rating levels
 * with the scale's labels, outcomes, severities, stages and aggregations in the reader's language,
 * and every count with its plural.
 */
class FindingNamesTest {
    private static final FindingNames NAMES = FindingNames.of(TestRoles.SMALL);

    @Test
    void of_namesTheRolesContent_andKeepsUnknownIds() {
        assertEquals("Criterion system-design", NAMES.criterion("system-design"));
        assertEquals("Competency leadership", NAMES.competency("leadership"));
        assertEquals("Pitfall verbose", NAMES.pitfall("verbose"));
        assertEquals(Optional.of("Strong yes"), NAMES.levelLabel(4));
        assertEquals(Optional.empty(), NAMES.levelLabel(5));
        assertEquals("elsewhere", NAMES.criterion("elsewhere"));
        assertEquals("alice", NAMES.interviewer("alice"));
        assertEquals("system-design", FindingNames.ids().criterion("system-design"));
        assertEquals(Optional.empty(), FindingNames.ids().levelLabel(4));
    }

    @Test
    void withInterviewerNames_namesThoseItKnows_andRejectsBlankEntries() {
        FindingNames named = NAMES.withInterviewerNames(Map.of("a", "Ada Lovelace"));

        assertEquals("Ada Lovelace", named.interviewer("a"));
        assertEquals("b", named.interviewer("b"));
        assertEquals("Criterion system-design", named.criterion("system-design"));
        ScoringException blank = assertThrows(ScoringException.class,
                () -> NAMES.withInterviewerNames(Map.of(" ", "Ada", "b", "")));
        assertEquals(true, blank.getMessage().contains("\" \" -> \"Ada\""), blank.getMessage());
        assertEquals(true, blank.getMessage().contains("\"b\" -> \"\""), blank.getMessage());
    }

    @Test
    void disagreement_namesTheCriterionTheRatersAndTheLabels() {
        Report report = StructuredStrategyTest.score(card("a", 1, 3, 3), card("b", 4, 3, 3), card("c", 1, 3, 3));
        Finding flag = find(report.flags(), "criterion-disagreement");

        assertEquals("Interviewers disagree on \u201cCriterion system-design\u201d: a and c rated it 1 (Strong no),"
                + " b rated it 4 (Strong yes), a spread of 3 (flagged from a spread of 2)", flag.text(Locale.ENGLISH, NAMES));
        assertEquals("Uneinigkeit bei \u201eCriterion system-design\u201c: 1 (Strong no) von a und c, 4 (Strong yes)"
                + " von b, eine Spannweite von 3 (markiert ab einer Spannweite von 2)", flag.text(Locale.GERMAN, NAMES));
        assertEquals("Interviewers disagree on \u201csystem-design\u201d: a and c rated it 1, b rated it 4, a spread"
                + " of 3 (flagged from a spread of 2)", flag.text());
        assertEquals("Interviewers disagree on \u201cCriterion system-design\u201d: Ada, Cy and Bo rated it"
                + " 1 (Strong no), b rated it 4 (Strong yes), a spread of 3 (flagged from a spread of 2)",
                find(StructuredStrategyTest.score(card("a", 1, 3, 3), card("b", 4, 3, 3), card("c", 1, 3, 3),
                        card("d", 1, 3, 3)).flags(), "criterion-disagreement")
                        .text(Locale.ENGLISH, NAMES.withInterviewerNames(Map.of("a", "Ada", "c", "Cy", "d", "Bo"))));
    }

    @Test
    void pitfalls_nameTheObservers_andCountThemWithTheirPlural() {
        Report one = StructuredStrategyTest.score(blank("a").rate("system-design", 3).addObservedPitfalls("verbose")
                .build());
        Report two = StructuredStrategyTest.score(blank("a").rate("system-design", 3).addObservedPitfalls("verbose")
                .build(), blank("b").rate("system-design", 3).addObservedPitfalls("verbose").build());

        assertEquals("The minor pitfall \u201cPitfall verbose\u201d was observed by one interviewer (a); it is noted"
                + " and does not change the outcome", find(one.trace(), "pitfall-noted").text(Locale.ENGLISH, NAMES));
        assertEquals("The minor pitfall \u201cPitfall verbose\u201d was observed by 2 interviewers (a and b); it is"
                + " noted and does not change the outcome", find(two.trace(), "pitfall-noted").text(Locale.ENGLISH, NAMES));
        assertEquals("Der geringfügige Fallstrick \u201ePitfall verbose\u201c wurde von 2 Interviewern (a und b)"
                + " beobachtet; er wird vermerkt und ändert das Ergebnis nicht",
                find(two.trace(), "pitfall-noted").text(Locale.GERMAN, NAMES));
        assertEquals(2, find(two.trace(), "pitfall-noted").parameters().get("observers"));
        assertEquals(java.util.List.of("a", "b"), find(two.trace(), "pitfall-noted").parameters().get("observedBy"));
    }

    @Test
    void votesAndOutcomes_nameTheDissentersAndTheOutcomeInTheReadersLanguage() {
        Report report = StructuredStrategyTest.score(blank("a").rate("system-design", 4).rate("communication", 4)
                .rate("coding", 4).vote(Recommendation.NO_HIRE).build(), blank("b").rate("system-design", 4)
                .vote(Recommendation.HIRE).build());
        Finding votes = find(report.flags(), "votes-disagree");

        assertEquals("The outcome \u201cstrong hire\u201d goes against the vote of a (1 of 2 voting interviewers)",
                votes.text(Locale.ENGLISH, NAMES));
        assertEquals("Das Ergebnis \u201eKlar einstellen\u201c widerspricht dem Votum von a (1 von 2 abstimmenden"
                + " Interviewern)", votes.text(Locale.GERMAN, NAMES));
    }

    @Test
    void mustHaves_showTheMinimumWithItsLabel() {
        Report report = StructuredStrategyTest.score(card("a", 2, 3, 3));

        assertEquals("Must-have \u201cCriterion system-design\u201d: the aggregate 2 is below the minimum 3 (Yes), which"
                + " rejects the candidate whatever the composite",
                find(report.trace(), "must-have-failed").text(Locale.ENGLISH, NAMES));
        assertEquals("\u201eCriterion system-design\u201c: 1 Bewertung mit 2 (No); zusammengefasst 2",
                report.trace().get(1).text(Locale.GERMAN, NAMES));
    }

    @Test
    void uncoveredCompetencies_areNamedAndCounted() {
        Finding uncovered = find(StructuredStrategyTest.score(card("a", 3, 3, 3)).flags(), "uncovered-competencies");

        assertEquals("No assessed criterion covers the competency Competency leadership",
                uncovered.text(Locale.ENGLISH, NAMES));
        assertEquals("Kein bewertetes Kriterium deckt die Kompetenz Competency leadership ab",
                uncovered.text(Locale.GERMAN, NAMES));
    }

    @Test
    void text_checksItsArguments() {
        Finding finding = find(StructuredStrategyTest.score(card("a", 3, 3, 3)).flags(), "small-panel");

        assertEquals("locale", assertThrows(NullPointerException.class, () -> finding.text(null, NAMES)).getMessage());
        assertEquals("names", assertThrows(NullPointerException.class, () -> finding.text(Locale.ENGLISH, null))
                .getMessage());
        assertEquals("role", assertThrows(NullPointerException.class, () -> FindingNames.of(null)).getMessage());
    }
}
