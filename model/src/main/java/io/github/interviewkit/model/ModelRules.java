package io.github.interviewkit.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The rules of each value type of the model, one method per type: the Bean Validation constraints
 * declared on the type's own accessors ({@link DeclaredConstraints}), then what one annotation
 * cannot say (order and uniqueness within a list, relations between attributes, references between
 * the parts of a role). A method checks one
 * value and the relations among its direct parts, never a part's own rules: those ran when the part
 * was built. Each rule skips what is missing (the constraints report that), so that one problem is
 * reported once. A part that is {@code null} in a list was incomplete and has reported why.
 */
final class ModelRules {
    private ModelRules() {}

    static void level(RatingLevel level, ViolationSink out) {
        DeclaredConstraints.check(level, out);
    }

    static void frameworkReference(FrameworkReference reference, ViolationSink out) {
        DeclaredConstraints.check(reference, out);
    }

    static void source(SourceAttribution source, ViolationSink out) {
        DeclaredConstraints.check(source, out);
        notBlank(source.quoted(), "quoted", out);
        notBlank(source.authored(), "authored", out);
    }

    static void competency(Competency competency, ViolationSink out) {
        DeclaredConstraints.check(competency, out);
        notBlank(competency.examples(), "examples", out);
    }

    static void question(Question question, ViolationSink out) {
        DeclaredConstraints.check(question, out);
        notBlank(question.followUps(), "followUps", out);
    }

    /**
     * Reports each blank text of a list. A rule of the model, not a declared constraint on the
     * list's elements: Hibernate Validator, checking such a constraint for a product that validates
     * the model itself, collects the violations of one value in a hash set whose hashes collide for
     * list elements, which takes time quadratic in their number.
     */
    private static void notBlank(List<String> texts, String name, ViolationSink out) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                out.add(name + "[" + i + "]", texts.get(i), "must not be blank");
            }
        }
    }

    static void pitfall(Pitfall pitfall, ViolationSink out) {
        DeclaredConstraints.check(pitfall, out);
    }

    static void criterion(EvaluationCriterion criterion, ViolationSink out) {
        DeclaredConstraints.check(criterion, out);
        if (criterion.mustHave() && criterion.minimumRating().isEmpty()) {
            out.add("minimumRating", null, "is required for a must-have criterion");
        }
        if (!criterion.mustHave() && criterion.minimumRating().isPresent()) {
            out.add("minimumRating", criterion.minimumRating().getAsInt(),
                    "applies only to a must-have criterion; set mustHave or remove it");
        }
    }

    static void experience(ExperienceRequirement experience, ViolationSink out) {
        DeclaredConstraints.check(experience, out);
        if (experience.minimumRoleYears().isPresent() && experience.minimumRoleYears().getAsInt() > experience.minimumYears()) {
            out.add("minimumRoleYears", experience.minimumRoleYears().getAsInt(),
                    "must not exceed minimumYears " + experience.minimumYears());
        }
        if (experience.minimumRoleYears().isPresent() != experience.roleDescription().isPresent()) {
            if (experience.minimumRoleYears().isPresent()) {
                out.add("roleDescription", null, "is required when minimumRoleYears is given");
            } else {
                out.add("minimumRoleYears", null, "is required when roleDescription is given");
            }
        }
    }

    static void salaryBand(SalaryBand band, ViolationSink out) {
        DeclaredConstraints.check(band, out);
        if (band.minimum() != null && band.maximum() != null && band.minimum().compareTo(band.maximum()) > 0) {
            out.add("minimum", band.minimum(), "must not exceed the maximum " + band.maximum().toPlainString());
        }
    }

    static void scale(RatingScale scale, ViolationSink out) {
        List<RatingLevel> levels = scale.levels();
        if (levels.size() < 2) {
            out.add("levels", levels.size() + " level" + (levels.size() == 1 ? "" : "s"), "must have at least two levels");
        }
        Map<String, Integer> labels = new HashMap<>();
        RatingLevel previous = null;
        for (int i = 0; i < levels.size(); i++) {
            RatingLevel level = levels.get(i);
            if (level == null) {
                continue; // incomplete, reported
            }
            String at = "levels[" + i + "]";
            if (previous != null && level.value() <= previous.value()) {
                out.add(at + ".value", level.value(), "must be greater than the previous level's value " + previous.value());
            }
            if (level.label() != null) {
                Integer first = labels.putIfAbsent(level.label(), i);
                if (first != null) {
                    out.add(at + ".label", level.label(), "repeats the label of levels[" + first + "]");
                }
            }
            previous = level;
        }
    }

    static void rubric(Rubric rubric, ViolationSink out) {
        DeclaredConstraints.check(rubric, out);
        ids(rubric.criteria(), EvaluationCriterion::id, "criteria", out);
        RatingScale scale = rubric.scale();
        if (scale == null) {
            return;
        }
        Set<Integer> levels = new TreeSet<>();
        for (RatingLevel level : scale.levels()) {
            if (level == null) {
                return; // an incomplete level, reported: the scale's levels are not known
            }
            levels.add(level.value());
        }
        List<EvaluationCriterion> criteria = rubric.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            EvaluationCriterion criterion = criteria.get(c);
            String at = "criteria[" + c + "]";
            for (int level : levels) {
                if (!criterion.anchors().containsKey(level)) {
                    out.add(at + ".anchors", "levels " + sortedLevels(criterion.anchors().keySet()),
                            "has no anchor for level " + level + " of the scale");
                }
            }
            for (Integer level : new TreeSet<>(criterion.anchors().keySet())) {
                if (!levels.contains(level)) {
                    out.add(at + ".anchors[" + level + "]", level, "is not a level of the scale " + levels);
                }
            }
            if (criterion.minimumRating().isPresent() && !levels.contains(criterion.minimumRating().getAsInt())) {
                out.add(at + ".minimumRating", criterion.minimumRating().getAsInt(), "is not a level of the scale " + levels);
            }
        }
    }

    static void role(Role role, ViolationSink out) {
        DeclaredConstraints.check(role, out);
        notBlank(role.responsibilities(), "responsibilities", out);
        if (role.language() != null) {
            try {
                new Locale.Builder().setLanguageTag(role.language());
            } catch (IllformedLocaleException e) {
                out.add("language", role.language(), "must be an IETF BCP 47 language tag, e.g. en or en-US");
            }
        }
        Set<String> competencies = ids(role.competencies(), Competency::id, "competencies", out);
        ids(role.questions(), Question::id, "questions", out);
        Set<String> pitfalls = ids(role.pitfalls(), Pitfall::id, "pitfalls", out);
        Rubric rubric = role.rubric();
        Set<String> criteria = new HashSet<>();
        if (rubric != null) {
            rubric.criteria().forEach(criterion -> criteria.add(criterion.id()));
        }
        List<Question> questions = role.questions();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            String at = "questions[" + q + "]";
            references(question.competencies(), competencies, at + ".competencies", "competency", out);
            references(question.criteria(), criteria, at + ".criteria", "evaluation criterion", out);
            references(question.pitfalls(), pitfalls, at + ".pitfalls", "pitfall", out);
            if (question.logistics() && !question.criteria().isEmpty()) {
                out.add(at + ".criteria", question.criteria(), "a logistics question is not rated, so it informs no criterion");
            }
        }
        if (rubric != null) {
            List<EvaluationCriterion> rubricCriteria = rubric.criteria();
            for (int c = 0; c < rubricCriteria.size(); c++) {
                references(rubricCriteria.get(c).competencies(), competencies, "rubric.criteria[" + c + "].competencies",
                        "competency", out);
            }
        }
        List<Pitfall> pitfallList = role.pitfalls();
        for (int p = 0; p < pitfallList.size(); p++) {
            references(pitfallList.get(p).criteria(), criteria, "pitfalls[" + p + "].criteria", "evaluation criterion", out);
        }
    }

    /** Reports repeated ids and returns the set of ids. */
    private static <T> Set<String> ids(List<T> items, Function<T, String> id, String path, ViolationSink out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (key == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                out.add(path + "[" + i + "].id", key, "repeats the id of " + path + "[" + first + "]");
            }
        }
        return seen.keySet();
    }

    private static void references(List<String> refs, Set<String> known, String path, String kind, ViolationSink out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            if (!known.contains(ref)) {
                out.add(path + "[" + i + "]", ref, "names no " + kind + " of this role");
            } else if (!seen.add(ref)) {
                out.add(path + "[" + i + "]", ref, "names the same " + kind + " twice");
            }
        }
    }

    private static String sortedLevels(Set<Integer> levels) {
        // Sorted so that equal criteria give equal messages, whatever order the anchors were put in.
        return levels.stream().filter(Objects::nonNull).sorted().toList().toString();
    }
}
