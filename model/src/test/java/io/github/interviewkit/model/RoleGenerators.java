package io.github.interviewkit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid model values, for property tests in this module and in modules
 * built on it. Every {@code Role} generated is valid: ids are unique per kind, every reference
 * resolves, every criterion anchors every level of its scale. Sizes vary from empty lists to several
 * items; optional parts are present or absent; text mixes scripts, emoji, combining marks and
 * characters that matter to JSON and YAML ({@code : # - " ' \ [ ] { }}, line breaks of every kind, words such as
 * {@code null}, {@code yes} and {@code 1.0}).
 */
public final class RoleGenerators {
    private static final List<String> WORDS = List.of("design", "API", "système", "Ünïcödé", "日本語のテキスト",
            "Ελληνικά", "עברית", "العربية", "हिन्दी", "emoji 🚀", "👩🏽‍💻", "e\u0301", "naïve café", "Ωmega",
            "key: value", "# not a comment", "- not a list", "'single'", "\"double\"", "back\\slash", "[1, 2]",
            "{a: b}", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`", "| pipe", "> fold", "?", "a\tb",
            "line\nbreak", "50%", "C++", "x < y && y > z",
            // Line breaks other than \n, as text pasted from other systems carries them.
            "line\u2028separator", "para\u2029graph", "tab\tend", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
    private static final List<String> SCALARS = List.of("null", "Null", "~", "true", "false", "yes", "no", "on",
            "off", "1.0", "0123", "1e3", ".inf", "NaN", "-", "---", "...", "<<", "0x1F", "2026-11-28", "12:30");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF", "INR", "BRL");
    private static final List<String> LANGUAGES = List.of("en", "en-US", "de", "de-CH", "fr-CA", "zh-Hant-TW",
            "es-419", "pt-BR", "sr-Latn");

    private RoleGenerators() {}

    /** @return text with at least one character that is not white space */
    public static Gen<String> texts() {
        return in -> {
            int kind = Generate.range(0, 9).generate(in);
            if (kind == 0) {
                return pick(in, SCALARS);
            }
            if (kind == 1) {
                return "  " + pick(in, WORDS) + " \n";
            }
            int count = Generate.range(1, 5).generate(in);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                words.add(pick(in, WORDS));
            }
            return String.join(Generate.booleans().generate(in) ? " " : "", words);
        };
    }

    /** @return slugs of one to three words of lower-case letters and digits */
    public static Gen<String> slugs() {
        return in -> {
            int words = Generate.range(1, 3).generate(in);
            StringBuilder slug = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    slug.append('-');
                }
                int length = Generate.range(1, 8).generate(in);
                for (int c = 0; c < length; c++) {
                    slug.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(Generate.range(0, 35).generate(in)));
                }
            }
            return slug.toString();
        };
    }

    /** @return the two well-known kinds and kinds content defines */
    public static Gen<CompetencyKind> competencyKinds() {
        return in -> switch (Generate.range(0, 2).generate(in)) {
            case 0 -> CompetencyKind.TECHNICAL;
            case 1 -> CompetencyKind.INTERPERSONAL;
            default -> CompetencyKind.of(slugs().generate(in));
        };
    }

    /** @return the three well-known categories and categories content defines */
    public static Gen<QuestionCategory> questionCategories() {
        return in -> switch (Generate.range(0, 3).generate(in)) {
            case 0 -> QuestionCategory.SCREENING;
            case 1 -> QuestionCategory.TECHNICAL;
            case 2 -> QuestionCategory.BEHAVIOURAL;
            default -> QuestionCategory.of(slugs().generate(in));
        };
    }

    /** @return scales of two to six levels with strictly increasing values, not always starting at 1 */
    public static Gen<RatingScale> ratingScales() {
        return in -> {
            int size = Generate.range(2, 6).generate(in);
            int value = Generate.range(-2, 3).generate(in);
            Set<String> labels = new HashSet<>();
            RatingScale.Builder scale = RatingScale.builder();
            for (int i = 0; i < size; i++) {
                String label = texts().generate(in);
                while (!labels.add(label)) {
                    label = label + " " + value;
                }
                scale.addLevels(RatingLevel.of(value, label, texts().generate(in)));
                value += Generate.range(1, 3).generate(in);
            }
            return scale.build();
        };
    }

    /** @return positive exact decimals of varied scale, including negative scales such as {@code 1.2E+5} */
    public static Gen<BigDecimal> positiveDecimals() {
        return in -> BigDecimal.valueOf(Generate.longRange(1, 1_000_000_000L).generate(in),
                Generate.range(-2, 3).generate(in));
    }

    /** @return bands in several currencies and periods, with or without a region, minimum at most maximum */
    public static Gen<SalaryBand> salaryBands() {
        return in -> {
            BigDecimal minimum = positiveDecimals().generate(in);
            BigDecimal maximum = Generate.booleans().generate(in) ? minimum
                    : minimum.add(BigDecimal.valueOf(Generate.longRange(0, 1_000_000L).generate(in),
                            Generate.range(0, 2).generate(in)));
            SalaryBand.Builder band = SalaryBand.builder().minimum(minimum).maximum(maximum)
                    .currency(Currency.getInstance(pick(in, CURRENCIES)))
                    .period(Generate.enumValues(PayPeriod.class).generate(in));
            if (Generate.booleans().generate(in)) {
                band.region(texts().generate(in));
            }
            return band.build();
        };
    }

    /** @return requirements with and without years in a specific kind of role */
    public static Gen<ExperienceRequirement> experienceRequirements() {
        return in -> {
            int years = Generate.range(0, 40).generate(in);
            ExperienceRequirement.Builder experience = ExperienceRequirement.builder().minimumYears(years)
                    .field(texts().generate(in));
            if (Generate.booleans().generate(in)) {
                experience.minimumRoleYears(Generate.range(0, years).generate(in)).roleDescription(texts().generate(in));
            }
            if (Generate.booleans().generate(in)) {
                experience.statement(texts().generate(in));
            }
            return experience.build();
        };
    }

    /** @return attributions with optional reference and note and zero to two quoted and authored parts */
    public static Gen<SourceAttribution> sourceAttributions() {
        return in -> {
            SourceAttribution.Builder source = SourceAttribution.builder().title(texts().generate(in))
                    .addAllQuoted(texts(in, 0, 2)).addAllAuthored(texts(in, 0, 2));
            if (Generate.booleans().generate(in)) {
                source.reference(texts().generate(in));
            }
            if (Generate.booleans().generate(in)) {
                source.note(texts().generate(in));
            }
            return source.build();
        };
    }

    /** @return references with and without a label */
    public static Gen<FrameworkReference> frameworkReferences() {
        return in -> {
            FrameworkReference.Builder reference = FrameworkReference.builder().framework(texts().generate(in))
                    .code(texts().generate(in));
            if (Generate.booleans().generate(in)) {
                reference.label(texts().generate(in));
            }
            return reference.build();
        };
    }

    /** @return valid roles with up to six competencies, five criteria, four pitfalls and eight questions */
    public static Gen<Role> roles() {
        return roles(1);
    }

    /**
     * Returns valid roles; {@code scale} multiplies the largest list sizes of {@link #roles()}.
     *
     * @param scale a positive factor for list sizes
     * @return the generator
     */
    public static Gen<Role> roles(int scale) {
        return in -> {
            List<Competency> competencies = new ArrayList<>();
            for (String id : ids(in, 6 * scale)) {
                competencies.add(competency(in, id));
            }
            List<String> competencyIds = competencies.stream().map(Competency::id).toList();

            RatingScale ratingScale = ratingScales().generate(in);
            List<EvaluationCriterion> criteria = new ArrayList<>();
            for (String id : ids(in, 5 * scale)) {
                criteria.add(criterion(in, id, ratingScale, competencyIds));
            }
            List<String> criterionIds = criteria.stream().map(EvaluationCriterion::id).toList();

            List<Pitfall> pitfalls = new ArrayList<>();
            for (String id : ids(in, 4 * scale)) {
                pitfalls.add(Pitfall.builder().id(id).description(texts().generate(in))
                        .severity(Generate.enumValues(Severity.class).generate(in))
                        .addAllCriteria(subset(in, criterionIds)).build());
            }
            List<String> pitfallIds = pitfalls.stream().map(Pitfall::id).toList();

            List<Question> questions = new ArrayList<>();
            for (String id : ids(in, 8 * scale)) {
                questions.add(question(in, id, competencyIds, criterionIds, pitfallIds));
            }

            Role.Builder role = Role.builder().id(slugs().generate(in)).title(texts().generate(in))
                    .summary(texts().generate(in)).addAllResponsibilities(texts(in, 0, 4))
                    .competencies(competencies).experience(experienceRequirements().generate(in))
                    .questions(questions).rubric(Rubric.builder().scale(ratingScale).criteria(criteria).build())
                    .pitfalls(pitfalls).contentVersion(version(in)).language(pick(in, LANGUAGES))
                    .source(sourceAttributions().generate(in));
            if (Generate.booleans().generate(in)) {
                role.salaryBand(salaryBands().generate(in));
            }
            if (Generate.booleans().generate(in)) {
                role.marketDemand(Generate.enumValues(MarketDemand.class).generate(in));
            }
            return role.build();
        };
    }

    private static Competency competency(RandomnessSource in, String id) {
        Competency.Builder competency = Competency.builder().id(id).name(texts().generate(in))
                .kind(competencyKinds().generate(in)).addAllExamples(texts(in, 0, 3));
        if (Generate.booleans().generate(in)) {
            competency.description(texts().generate(in));
        }
        int references = Generate.range(0, 2).generate(in);
        for (int i = 0; i < references; i++) {
            competency.addFrameworkReferences(frameworkReferences().generate(in));
        }
        return competency.build();
    }

    private static EvaluationCriterion criterion(RandomnessSource in, String id, RatingScale scale,
            List<String> competencyIds) {
        Map<Integer, String> anchors = new LinkedHashMap<>();
        List<RatingLevel> levels = new ArrayList<>(scale.levels());
        if (Generate.booleans().generate(in)) {
            java.util.Collections.reverse(levels);
        }
        for (RatingLevel level : levels) {
            anchors.put(level.value(), texts().generate(in));
        }
        EvaluationCriterion.Builder criterion = EvaluationCriterion.builder().id(id)
                .description(texts().generate(in)).addAllCompetencies(subset(in, competencyIds)).anchors(anchors);
        if (Generate.booleans().generate(in)) {
            criterion.weight(positiveDecimals().generate(in));
        }
        if (Generate.booleans().generate(in)) {
            criterion.mustHave(true).minimumRating(pick(in, scale.levels()).value());
        } else if (Generate.booleans().generate(in)) {
            criterion.mustHave(false);
        }
        return criterion.build();
    }

    private static Question question(RandomnessSource in, String id, List<String> competencyIds,
            List<String> criterionIds, List<String> pitfallIds) {
        boolean logistics = Generate.range(0, 4).generate(in) == 0;
        Question.Builder question = Question.builder().id(id).text(texts().generate(in))
                .category(questionCategories().generate(in)).logistics(logistics)
                .addAllCompetencies(subset(in, competencyIds)).addAllFollowUps(texts(in, 0, 3))
                .addAllPitfalls(subset(in, pitfallIds));
        if (!logistics) {
            question.addAllCriteria(subset(in, criterionIds));
        }
        if (Generate.booleans().generate(in)) {
            question.strongAnswer(texts().generate(in));
        }
        if (Generate.booleans().generate(in)) {
            question.estimatedMinutes(Generate.range(1, 120).generate(in));
        }
        return question.build();
    }

    private static String version(RandomnessSource in) {
        String version = Generate.range(0, 20).generate(in) + "." + Generate.range(0, 20).generate(in) + "."
                + Generate.range(0, 20).generate(in);
        return Generate.range(0, 3).generate(in) == 0 ? version + "-rc." + Generate.range(1, 9).generate(in) : version;
    }

    /** Distinct slugs, zero to {@code max} of them. */
    private static List<String> ids(RandomnessSource in, int max) {
        int count = Generate.range(0, max).generate(in);
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String id = slugs().generate(in);
            ids.add(ids.contains(id) ? id + "-" + i : id);
        }
        return List.copyOf(ids);
    }

    /** Distinct elements of {@code from}, in random order. */
    private static List<String> subset(RandomnessSource in, List<String> from) {
        List<String> left = new ArrayList<>(from);
        List<String> chosen = new ArrayList<>();
        int count = left.isEmpty() ? 0 : Generate.range(0, Math.min(3, left.size())).generate(in);
        for (int i = 0; i < count; i++) {
            chosen.add(left.remove((int) Generate.range(0, left.size() - 1).generate(in)));
        }
        return chosen;
    }

    private static List<String> texts(RandomnessSource in, int min, int max) {
        int count = Generate.range(min, max).generate(in);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(texts().generate(in));
        }
        return texts;
    }

    private static <T> T pick(RandomnessSource in, List<T> from) {
        return from.get(Generate.range(0, from.size() - 1).generate(in));
    }
}
