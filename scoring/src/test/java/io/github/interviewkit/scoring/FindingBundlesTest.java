package io.github.interviewkit.scoring;

import static io.github.interviewkit.scoring.StructuredStrategyTest.blank;
import static io.github.interviewkit.scoring.StructuredStrategyTest.find;
import static io.github.interviewkit.scoring.TestRoles.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The message bundles of the built-in findings, checked against the one list of them, {@link FindingMessage}. */
class FindingBundlesTest {
    private static final Set<String> KEYS = Arrays.stream(FindingMessage.values()).map(m -> m.key)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyBundle_hasAMessageForEveryBuiltInFinding_andNoOther() {
        for (Locale locale : FindingBundles.LOCALES) {
            Set<String> keys = new TreeSet<>(FindingBundles.shipped(locale).keySet());
            keys.removeIf(key -> key.startsWith("term."));
            Set<String> missing = new TreeSet<>(KEYS);
            missing.removeAll(keys);
            keys.removeAll(KEYS);
            assertEquals(Set.of(), missing, "messages missing from the " + locale + " bundle");
            assertEquals(Set.of(), keys, "messages of no finding in the " + locale + " bundle");
        }
    }

    @Test
    void everyBundle_hasATermForEveryOutcomeSeverityWellKnownStageAndAggregation_andNoOther() {
        Set<String> expected = new TreeSet<>(Set.of("term.level", "term.and"));
        Arrays.stream(Recommendation.values()).forEach(r -> expected.add("term.outcome." + r.id()));
        Arrays.stream(Severity.values()).forEach(s -> expected.add("term.severity." + s.id()));
        Arrays.stream(Aggregation.values()).forEach(a -> expected.add("term.aggregation." + a.id()));
        List.of(QuestionCategory.SCREENING, QuestionCategory.TECHNICAL, QuestionCategory.BEHAVIOURAL)
                .forEach(stage -> expected.add("term.stage." + stage.id()));
        for (Locale locale : FindingBundles.LOCALES) {
            Set<String> terms = new TreeSet<>(FindingBundles.shipped(locale).keySet());
            terms.removeIf(key -> !key.startsWith("term."));
            assertEquals(expected, terms, "the terms of the " + locale + " bundle");
            assertEquals(List.of("level", "label"), FindingBundles.shipped(locale).get("term.level").names);
            for (String term : terms) {
                if (!term.equals("term.level")) {
                    assertEquals(List.of(), FindingBundles.shipped(locale).get(term).names, locale + " " + term);
                }
            }
        }
    }

    @Test
    void everyParameterKind_isTheKindOfItsValue_inEveryBuiltInFindingOfTheBuiltInStrategies() {
        List<String> wrong = new ArrayList<>();
        List<Report> reports = List.of(
                StructuredStrategyTest.score(card("a", 1, 4, 2), card("b", 4, 1, 4)),
                StructuredStrategyTest.score(blank("a").rate("system-design", 3).addObservedPitfalls("verbose",
                        "overcomplicates", "no-security").vote(Recommendation.NO_HIRE).build()));
        for (Report report : reports) {
            List<Finding> findings = new ArrayList<>(report.trace());
            findings.addAll(report.flags());
            for (Finding finding : findings) {
                Map<String, FindingMessage.Kind> kinds = FindingMessage.kinds(finding.messageKey());
                finding.parameters().forEach((name, value) -> {
                    FindingMessage.Kind kind = kinds.get(name);
                    boolean fits = switch (kind) {
                        case PLAIN -> true;
                        case LEVEL -> value instanceof Integer;
                        case COMPETENCIES, INTERVIEWERS -> value instanceof List<?>;
                        default -> value instanceof String;
                    };
                    if (!fits) {
                        wrong.add(finding.messageKey() + "." + name + " is " + kind + " but holds " + value);
                    }
                });
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCodeOfTheBuiltInSteps_isInTheCatalogue() {
        Set<String> codes = Arrays.stream(FindingMessage.values()).map(m -> m.code).collect(Collectors.toSet());
        assertEquals(Set.of("aggregate", "criterion-unassessed", "criterion-aggregated", "must-have-unassessed",
                "must-have-failed", "must-have-passed", "must-have-none", "bar-raiser-veto", "bar-raiser-clear",
                "pitfall-veto", "pitfall-cap", "pitfall-noted", "pitfalls-none", "hurdle-missing",
                "hurdle-no-evidence", "hurdle-failed", "hurdle-passed", "no-evidence", "composite", "threshold",
                "decision", "criterion-disagreement", "votes-disagree", "uncovered-competencies", "small-panel"), codes);
    }

    @Test
    void everyMessage_usesOnlyParametersItsFindingCarries() {
        List<String> wrong = new ArrayList<>();
        for (Locale locale : FindingBundles.LOCALES) {
            for (FindingMessage message : FindingMessage.values()) {
                FindingBundles.Message text = FindingBundles.shipped(locale).get(message.key);
                for (String name : text.names) {
                    if (!message.parameters.contains(name)) {
                        wrong.add(locale + " " + message.key + ": {" + name + "} is not one of " + message.parameters);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyMessage_formatsWithoutAPlaceholderLeft_inEveryLocaleAndForEveryCount() {
        for (Locale locale : FindingBundles.LOCALES) {
            for (FindingMessage message : FindingMessage.values()) {
                for (int count = 0; count <= 2; count++) {
                    Map<String, Object> parameters = new HashMap<>();
                    for (String name : message.parameters) {
                        parameters.put(name, count);
                    }
                    String text = FindingBundles.shipped(locale).get(message.key).format(parameters, locale);
                    assertFalse(text.contains("{") || text.contains("}") || text.contains("'"),
                            locale + " " + message.key + ": " + text);
                }
            }
        }
    }

    @Test
    void plurals_agreeWithTheCount_inEnglishAndGerman() {
        Report one = StructuredStrategyTest.score(blank("a").rate("system-design", 4).build());
        Report two = StructuredStrategyTest.score(card("a", 3, 3, 3), card("b", 4, 4, 4));

        assertEquals("Aggregated the ratings of 1 interviewer by the mean, unless a criterion sets its own: 1 of 3"
                + " criteria assessed", one.trace().get(0).text());
        assertEquals("Bewertungen von 1 Interviewer mit dem Mittelwert zusammengefasst, sofern ein Kriterium nichts"
                + " anderes festlegt: 1 von 3 Kriterien bewertet", one.trace().get(0).text(Locale.GERMAN));
        assertEquals("Aggregated the ratings of 2 interviewers by the mean, unless a criterion sets its own: 3 of 3"
                + " criteria assessed", two.trace().get(0).text());
        assertEquals("„system-design“: 1 Bewertung mit 4; zusammengefasst 4",
                one.trace().get(1).text(Locale.GERMAN));
        assertEquals("„system-design“: 2 Bewertungen von 3 bis 4, eine Spannweite von 1; zusammengefasst 3,5",
                two.trace().get(1).text(Locale.GERMAN));
        assertEquals("Weighted composite 1 on a range from 0 to 1, over 1 assessed criterion",
                find(one.trace(), "composite").text());
        assertEquals("The panel has 1 interviewer, fewer than the recommended 3", find(one.flags(), "small-panel").text());
        assertEquals("Das Panel hat 2 Interviewer, weniger als die empfohlenen 3",
                find(two.flags(), "small-panel").text(Locale.GERMAN));
    }

    @Test
    void numbers_useTheLocalesDecimalSeparator_andKeepFourPlacesRoundedDown() {
        Report report = StructuredStrategyTest.score(card("a", 3, 3, 3), card("b", 3, 3, 4), card("c", 3, 3, 4));
        Finding threshold = find(report.trace(), "threshold");

        assertEquals("The composite 0.7222 reaches the threshold 0.60 for “hire”", threshold.text());
        assertEquals("Der Gesamtwert 0,7222 erreicht die Schwelle 0,60 für „Einstellen“",
                threshold.text(Locale.GERMANY));
        assertEquals(new BigDecimal("0.60"), threshold.parameters().get("threshold"));
    }

    @Test
    void numbers_showTheDecimalADoubleStandsFor_notItsBinaryExpansionRoundedDown() {
        // 17/5 = 3.4, whose double is 3.39999999999999991...: shown as 3.4, never as 3.3999.
        Finding finding = Finding.of("mean", "Mean {mean}", Map.of("mean", 17.0 / 5));

        assertEquals("Mean 3.4", finding.text());
        assertEquals("Mean 3,4", finding.text(Locale.GERMAN));
        assertEquals("Mean 0.6", Finding.of("mean", "Mean {mean}", Map.of("mean", 0.6)).text());
    }

    @Test
    void locales_resolveByLanguage_andTheDefaultLocaleNeverCounts() {
        Finding finding = find(StructuredStrategyTest.score(card("a", 3, 3, 3)).flags(), "small-panel");
        String german = "Das Panel hat 1 Interviewer, weniger als die empfohlenen 3";
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("The panel has 1 interviewer, fewer than the recommended 3", finding.text());
            assertEquals(finding.text(), finding.text(Locale.FRENCH));
            assertEquals(finding.text(), finding.text(Locale.ROOT));
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(german, finding.text(Locale.GERMAN));
        assertEquals(german, finding.text(new Locale("de", "CH")));
        assertEquals("locale", assertThrows(NullPointerException.class, () -> finding.text(null)).getMessage());
    }

    @Test
    void customFindings_keepTheirOwnTemplate_unlessTheyAreABuiltInFindingWithItsParameters() {
        Finding own = Finding.of("fixed", "Always {outcome}", Map.of("outcome", "no-hire"));
        Finding builtInCode = Finding.of("must-have-passed", "My gate {criterion}",
                Map.of("criterion", "coding", "aggregate", 3.5, "minimum", 3));
        Finding builtInCodeWithOtherParameters = Finding.of("must-have-passed", "My gate {gate}", Map.of("gate", "coding"));

        assertEquals("Always no-hire", own.text(Locale.GERMAN));
        assertEquals("Muss-Kriterium „coding“: zusammengefasst 3,5 erreicht das Minimum 3",
                builtInCode.text(Locale.GERMAN));
        assertEquals("Must-have “coding”: the aggregate 3.5 reaches the minimum 3", builtInCode.text());
        assertEquals("My gate coding", builtInCodeWithOtherParameters.text(Locale.GERMAN));
    }

    @Test
    void builtInFindings_equalTheirCopies_andComeFromTheEnglishBundle() {
        Finding step = StructuredStrategyTest.score(card("a", 3, 3, 3)).trace().get(1);

        assertEquals("criterion-aggregated", step.messageKey());
        assertEquals(step, StructuredStrategyTest.score(card("a", 3, 3, 3)).trace().get(1));
        assertNotEquals(step, Finding.of(step.code(), step.text(), step.parameters()),
                "a custom finding with the same text has another template");
        assertNotNull(FindingBundles.english(step.messageKey()));
    }

    @Test
    void numbered_turnsNamesIntoArgumentPairs_atEveryDepth_outsideQuotes() {
        List<String> names = new ArrayList<>();

        String numbered = FindingBundles.numbered("test", "{a} and '{b}' {c,choice,0#{c} none|1#one {a}|1<{c} many}",
                names);

        assertEquals("{0} and '{b}' {3,choice,0#{2} none|1#one {0}|1<{2} many}", numbered);
        assertEquals(List.of("a", "c"), names);
        assertThrows(IllegalStateException.class, () -> FindingBundles.numbered("bad", "a {} b", new ArrayList<>()));
        assertThrows(IllegalStateException.class, () -> FindingBundles.numbered("bad", "a {0} b", new ArrayList<>()));
        assertThrows(IllegalStateException.class, () -> FindingBundles.numbered("bad", "a {b", new ArrayList<>()));
    }

    @Test
    void shipped_knowsOnlyTheShippedLocales() {
        assertThrows(IllegalArgumentException.class, () -> FindingBundles.shipped(Locale.FRENCH));
        assertTrue(FindingBundles.LOCALES.contains(Locale.GERMAN));
    }
}
