package io.github.interviewkit.content.backendarchitect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.MarketDemand;
import io.github.interviewkit.model.PayPeriod;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that everything the kit quotes from the recruiter's guide is word for word the guide's
 * text, in the guide's order, by comparing the loaded role with a copy of the guide kept as a test
 * resource. Each quoted part is compared whole (equality, not "contains"), so a changed, added or
 * missing word fails.
 */
class GuideFidelityTest {
    private final Guide guide = Guide.load();
    private final Role role = BackendArchitect.role();

    private static List<String> texts(List<Question> questions) {
        return questions.stream().map(Question::text).toList();
    }

    private List<Competency> competencies(CompetencyKind kind) {
        return role.competencies().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** How the guide writes a competency: its name, then its examples in parentheses. */
    private static String asInGuide(Competency competency) {
        return competency.examples().isEmpty() ? competency.name()
                : competency.name() + " (" + String.join(", ", competency.examples()) + ")";
    }

    @Test
    void title_isTheRoleTheGuideIsAbout() {
        assertEquals("Interview Questions for " + role.title(), guide.lines.get(0));
        assertEquals(role.source().title(), guide.lineStartingWith("Interview Questions for Backend Architect: "));
    }

    @Test
    void summary_isTheRoleParagraphWithoutItsLeadInToTheList() {
        String paragraph = guide.lineStartingWith("A Backend Architect is responsible");
        assertTrue(paragraph.startsWith(role.summary() + " "), role.summary());
        String leadIn = paragraph.substring(role.summary().length() + 1);
        // What is left is the single sentence that introduces the list, as the attribution says.
        assertTrue(leadIn.startsWith("Based on current job market analysis") && leadIn.endsWith("typically demonstrate:"),
                leadIn);
        assertTrue(role.source().note().orElseThrow().contains('"' + leadIn + '"'), "the note quotes the lead-in");
    }

    @Test
    void responsibilities_arePhrasesOfTheSummaryInItsOrder() {
        assertEquals(5, role.responsibilities().size());
        int from = 0;
        for (String responsibility : role.responsibilities()) {
            int at = role.summary().indexOf(responsibility, from);
            assertTrue(at >= from, "'" + responsibility + "' is not in the summary after position " + from);
            from = at + responsibility.length();
        }
    }

    @Test
    void technicalCompetencies_reconstructTheGuidesFirstListWordForWord() {
        List<Competency> technical = competencies(CompetencyKind.TECHNICAL);
        assertEquals(9, technical.size());
        assertEquals(guide.bullets(Guide.PROFILE).get(0),
                technical.stream().map(GuideFidelityTest::asInGuide).collect(Collectors.joining(", ")));
        assertEquals(List.of("AWS", "Azure", "Google Cloud"), role.competency("cloud-services").orElseThrow().examples());
    }

    @Test
    void interpersonalCompetencies_areTheGuidesThirdListWordForWord() {
        List<Competency> interpersonal = competencies(CompetencyKind.INTERPERSONAL);
        assertEquals(5, interpersonal.size());
        assertEquals(guide.bullets(Guide.PROFILE).get(2),
                interpersonal.stream().map(GuideFidelityTest::asInGuide).collect(Collectors.joining(", ")));
    }

    @Test
    void competencies_followTheGuidesOrderTechnicalThenInterpersonal() {
        List<CompetencyKind> kinds = role.competencies().stream().map(Competency::kind).toList();
        assertEquals(Stream.concat(Stream.generate(() -> CompetencyKind.TECHNICAL).limit(9),
                Stream.generate(() -> CompetencyKind.INTERPERSONAL).limit(5)).toList(), kinds);
    }

    @Test
    void experience_isTheGuidesSecondListItemAndItsPartsRebuildIt() {
        ExperienceRequirement experience = role.experience();
        String statement = guide.bullets(Guide.PROFILE).get(1);
        assertEquals(3, guide.bullets(Guide.PROFILE).size());
        assertEquals(statement, experience.statement().orElseThrow());
        assertEquals(statement, experience.minimumYears() + "+ years in " + experience.field() + " with "
                + experience.minimumRoleYears().getAsInt() + "+ years in " + experience.roleDescription().orElseThrow()
                + ".");
    }

    @Test
    void salaryBandAndDemand_areTheGuidesFigures() {
        Matcher figures = Pattern.compile(
                "salary range for this position is \\$([0-9,]+) - \\$([0-9,]+) ([A-Z]{3}) (annually), with (\\w+) demand")
                .matcher(guide.lineStartingWith("According to recent market data"));
        assertTrue(figures.find(), "the guide's salary sentence has the expected shape");
        SalaryBand band = role.salaryBand().orElseThrow();
        assertEquals(0, new BigDecimal(figures.group(1).replace(",", "")).compareTo(band.minimum()));
        assertEquals(0, new BigDecimal(figures.group(2).replace(",", "")).compareTo(band.maximum()));
        assertEquals(figures.group(3), band.currency().getCurrencyCode());
        assertEquals(PayPeriod.ANNUAL, band.period());
        assertEquals(MarketDemand.valueOf(figures.group(5).toUpperCase(Locale.ROOT)), role.marketDemand().orElseThrow());
    }

    @Test
    void screeningQuestions_areTheGuidesInOrder() {
        assertEquals(guide.bullets(Guide.SCREENING), texts(role.questionsIn(QuestionCategory.SCREENING)));
        assertEquals(5, role.questionsIn(QuestionCategory.SCREENING).size());
    }

    @Test
    void technicalQuestions_areTheGuidesInOrder() {
        assertEquals(guide.bullets(Guide.TECHNICAL), texts(role.questionsIn(QuestionCategory.TECHNICAL)));
        assertEquals(5, role.questionsIn(QuestionCategory.TECHNICAL).size());
    }

    @Test
    void behaviouralQuestions_areTheGuidesInOrder() {
        assertEquals(guide.bullets(Guide.BEHAVIORAL), texts(role.questionsIn(QuestionCategory.BEHAVIOURAL)));
        assertEquals(5, role.questionsIn(QuestionCategory.BEHAVIOURAL).size());
    }

    @Test
    void questionBank_isTheGuidesFifteenQuestionsInTheGuidesOrderAndNothingElse() {
        List<String> inGuide = Stream.of(Guide.SCREENING, Guide.TECHNICAL, Guide.BEHAVIORAL)
                .flatMap(section -> guide.bullets(section).stream()).toList();
        assertEquals(15, inGuide.size());
        assertEquals(inGuide, texts(role.questions()));
    }

    @Test
    void criteria_areWhatExpertHiringManagersLookForInOrder() {
        assertEquals(guide.bullets(Guide.LOOK_FOR),
                role.rubric().criteria().stream().map(EvaluationCriterion::description).toList());
        assertEquals(5, role.rubric().criteria().size());
    }

    @Test
    void pitfalls_areTheGuidesCommonPitfallsInOrder() {
        assertEquals(guide.bullets(Guide.PITFALLS), role.pitfalls().stream().map(Pitfall::description).toList());
        assertEquals(5, role.pitfalls().size());
    }

    @Test
    void attribution_quotesExactlyThePartsThisTestCompares() {
        // Every quoted path is compared with the guide above; a new quoted part needs a test here.
        assertEquals(Set.of("title", "summary", "responsibilities", "competencies[*].name", "competencies[*].examples",
                "experience.statement", "experience.minimumYears", "experience.field", "experience.minimumRoleYears",
                "experience.roleDescription", "salaryBand.minimum", "salaryBand.maximum", "salaryBand.currency",
                "salaryBand.period", "marketDemand", "questions[*].text", "questions[*].category",
                "rubric.criteria[*].description", "pitfalls[*].description"), Set.copyOf(role.source().quoted()));
        assertEquals(role.source().quoted().size(), Set.copyOf(role.source().quoted()).size(), "no path twice");
        Set<String> both = role.source().quoted().stream().filter(role.source().authored()::contains)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), both, "a part is either quoted or authored");
    }

    @Test
    void advertisingLines_areNotContent() {
        assertTrue(guide.text.contains("CVScreener"), "the fixture is the full guide, advertising included");
        String kit = RoleWriter.standard().write(role, ContentFormat.YAML);
        for (String advert : List.of("CVScreener", "Save time on pre-screening candidates", "Get started")) {
            assertFalse(kit.contains(advert), advert);
        }
    }
}
