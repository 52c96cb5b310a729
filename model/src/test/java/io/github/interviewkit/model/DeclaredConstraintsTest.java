package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The hand-written checks of the declared constraints ({@link DeclaredConstraints}) give exactly the
 * violations Hibernate Validator gives for the same annotations ({@link BeanConstraints}): path,
 * value and message, for every model type, on values built directly (the generated {@code
 * Immutable*} builders check nothing) from texts, numbers and parts chosen at and around each
 * constraint's edges.
 */
class DeclaredConstraintsTest {
    /** Texts at the edges of {@code @NotBlank}, {@code NotBlankIfPresent}, {@code @Slug} and the version pattern. */
    private static final List<String> TEXTS = Arrays.asList(null, "", " ", "\t\n\r", "\u000B\f", "\u0001", "\u001F",
            "\u2003", "\u00A0", "\u2028", "a", " a ", "api-design", "a1-b2-c3", "a--b", "-a", "a-", "-", "A", "a_b",
            "Ab", "é", "1", "1.0.0", "10.20.30", "1.0.0-rc.1", "1.0.0-", "1.0", "1.0.0+b", "\u0661.0.0", "1.0.0-a_b",
            "Backend Architect");
    private static final List<Integer> INTS = List.of(Integer.MIN_VALUE, -1_000_001, -1_000_000, -999_999, -1, 0, 1,
            999_999, 1_000_000, 1_000_001, Integer.MAX_VALUE);
    private static final List<BigDecimal> AMOUNTS = Arrays.asList(null, BigDecimal.ZERO, new BigDecimal("0.000"),
            new BigDecimal("0E-10"), new BigDecimal("-0.5"), new BigDecimal("-1E+3"), new BigDecimal("1E-30"),
            BigDecimal.ONE, new BigDecimal("1E+3"), new BigDecimal("120000.50"));

    @Test
    void ratingLevels() {
        agree(ints().zip(texts(), texts(), (value, label, meaning) ->
                new ImmutableRatingLevel.Builder().value(value).label(label).meaning(meaning).build()),
                DeclaredConstraints::check);
    }

    @Test
    void frameworkReferences() {
        agree(texts().zip(texts(), optionalTexts(), (framework, code, label) ->
                new ImmutableFrameworkReference.Builder().framework(framework).code(code).label(label).build()),
                DeclaredConstraints::check);
    }

    @Test
    void sourceAttributions() {
        agree(texts().zip(optionalTexts(), optionalTexts(), (title, reference, note) ->
                new ImmutableSourceAttribution.Builder().title(title).reference(reference).note(note).build()),
                DeclaredConstraints::check);
    }

    @Test
    void competencies() {
        agree(texts().zip(texts(), nullable(List.of(CompetencyKind.TECHNICAL, CompetencyKind.INTERPERSONAL)), optionalTexts(), (id, name, kind, description) ->
                new ImmutableCompetency.Builder().id(id).name(name).kind(kind).description(description).build()),
                DeclaredConstraints::check);
    }

    @Test
    void questions() {
        agree(texts().zip(texts(), nullable(List.of(QuestionCategory.TECHNICAL)), optionalTexts(), (id, text, category, answer) ->
                new ImmutableQuestion.Builder().id(id).text(text).category(category).strongAnswer(answer))
                .zip(optionalInts(), (builder, minutes) -> builder.estimatedMinutes(minutes).build()),
                DeclaredConstraints::check);
    }

    @Test
    void pitfalls() {
        agree(texts().zip(texts(), nullable(List.of(Severity.values())), (id, description, severity) ->
                new ImmutablePitfall.Builder().id(id).description(description).severity(severity).build()),
                DeclaredConstraints::check);
    }

    @Test
    void evaluationCriteria() {
        Gen<Map<Integer, String>> anchors = Generate.pick(INTS).zip(Generate.pick(TEXTS.subList(1, TEXTS.size())),
                Generate.pick(TEXTS.subList(1, TEXTS.size())), (level, first, second) ->
                        level == 0 ? Map.of() : Map.of(level, first, level == 1 ? 2 : 1, second));
        agree(texts().zip(texts(), amounts(), anchors, (id, description, weight, anchorMap) ->
                new ImmutableEvaluationCriterion.Builder().id(id).description(description).weight(weight)
                        .anchors(anchorMap).build()),
                DeclaredConstraints::check);
    }

    @Test
    void experienceRequirements() {
        agree(ints().zip(texts(), optionalInts(), optionalTexts(), (years, field, roleYears, roleDescription) ->
                new ImmutableExperienceRequirement.Builder().minimumYears(years).field(field)
                        .minimumRoleYears(roleYears).roleDescription(roleDescription))
                .zip(optionalTexts(), (builder, statement) -> builder.statement(statement).build()),
                DeclaredConstraints::check);
    }

    @Test
    void salaryBands() {
        agree(amounts().zip(amounts(), Generate.pick(Arrays.asList(null, Currency.getInstance("USD"))),
                nullable(List.of(PayPeriod.values())), (minimum, maximum, currency, period) ->
                new ImmutableSalaryBand.Builder().minimum(minimum).maximum(maximum).currency(currency).period(period))
                .zip(optionalTexts(), (builder, region) -> builder.region(region).build()),
                DeclaredConstraints::check);
    }

    @Test
    void rubrics() {
        RatingScale scale = ValidValues.scale();
        agree(Generate.pick(Arrays.asList(null, scale)).map(s -> new ImmutableRubric.Builder().scale(s).build()),
                DeclaredConstraints::check);
    }

    @Test
    void roles() {
        agree(texts().zip(texts(), texts(), texts(), (id, title, summary, version) ->
                new ImmutableRole.Builder().id(id).title(title).summary(summary).contentVersion(version))
                .zip(texts(), parts(ValidValues.experience().build()),
                        parts(ValidValues.rubric().build()), parts(ValidValues.source()),
                        (builder, language, experience, rubric, source) -> builder.language(language)
                                .experience(experience).rubric(rubric).source(source).build()),
                DeclaredConstraints::check);
    }

    /** The generators reach every constraint: a value wrong in every attribute breaks each one. */
    @Test
    void everyConstraintIsReached() {
        Role role = new ImmutableRole.Builder().id("Not A Slug").title(" ").summary(null).contentVersion("1.0")
                .language(null).build();
        assertEquals(List.of("contentVersion=\"1.0\": must be a version such as 1.0.0", "experience=null: is required",
                "id=\"Not A Slug\": must be a slug: lower-case letters and digits joined by single hyphens",
                "language=null: is required", "rubric=null: is required", "source=null: is required",
                "summary=null: is required", "title=\" \": must not be blank"), declared(role, DeclaredConstraints::check));
        assertEquals(reference(role), declared(role, DeclaredConstraints::check));
        EvaluationCriterion criterion = new ImmutableEvaluationCriterion.Builder().id("-x").description("  ")
                .weight(new BigDecimal("0.00")).anchors(Map.of(1, " ")).build();
        assertEquals(List.of("anchors[1]=\" \": must not be blank", "description=\"  \": must not be blank",
                "id=\"-x\": must be a slug: lower-case letters and digits joined by single hyphens",
                "weight=0.00: must be greater than 0"), declared(criterion, DeclaredConstraints::check));
        assertEquals(reference(criterion), declared(criterion, DeclaredConstraints::check));
        ExperienceRequirement experience = new ImmutableExperienceRequirement.Builder().minimumYears(-1)
                .field("\u2003").minimumRoleYears(-2).roleDescription("\u0001").statement("\t").build();
        assertEquals(List.of("field=\"\u2003\": must not be blank",
                "minimumRoleYears=-2: must be greater than or equal to 0",
                "minimumYears=-1: must be greater than or equal to 0", "statement=\"\\t\": must not be blank"),
                declared(experience, DeclaredConstraints::check));
        assertEquals(reference(experience), declared(experience, DeclaredConstraints::check));
    }

    private static <T> void agree(Gen<T> values, BiConsumer<T, ViolationSink> check) {
        qt().withExamples(400).forAll(values)
                .checkAssert(value -> assertEquals(reference(value), declared(value, check), value::toString));
    }

    private static <T> List<String> declared(T value, BiConsumer<T, ViolationSink> check) {
        List<String> found = new ArrayList<>();
        check.accept(value, violation -> found.add(shown(violation)));
        found.sort(null);
        return found;
    }

    private static List<String> reference(Object value) {
        List<String> found = new ArrayList<>();
        BeanConstraints.check(value, violation -> found.add(shown(violation)));
        found.sort(null);
        return found;
    }

    private static String shown(Violation violation) {
        return violation.path() + "=" + violation.value()
                + ": " + violation.message();
    }

    private static Gen<String> texts() {
        return Generate.pick(TEXTS);
    }

    private static Gen<Optional<String>> optionalTexts() {
        return texts().map(Optional::ofNullable);
    }

    private static Gen<Integer> ints() {
        return Generate.pick(INTS);
    }

    private static Gen<OptionalInt> optionalInts() {
        return Generate.pick(Arrays.asList(null, -1, 0, 1, 7)).map(i -> i == null ? OptionalInt.empty() : OptionalInt.of(i));
    }

    private static Gen<BigDecimal> amounts() {
        return Generate.pick(AMOUNTS);
    }

    private static <T> Gen<T> nullable(List<T> values) {
        List<T> choices = new ArrayList<>(values);
        choices.add(0, null);
        return Generate.pick(choices);
    }

    private static <T> Gen<T> parts(T valid) {
        return Generate.pick(Arrays.asList(null, valid));
    }
}
