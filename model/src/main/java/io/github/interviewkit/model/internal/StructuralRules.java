package io.github.interviewkit.model.internal;

import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.Violation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The validity rules that one accessor's annotation cannot say: order and uniqueness within a
 * list, relations between attributes, and references between the parts of a role. Each rule skips
 * what is missing (Bean Validation reports that), so that one problem is reported once.
 */
final class StructuralRules {
    private StructuralRules() {}

    /** Adds the violations of {@code value} and of the values it contains, with paths under {@code path}. */
    static void check(Object value, String path, List<Violation> out) {
        if (value instanceof Role role) {
            role(role, path, out);
        } else if (value instanceof Rubric rubric) {
            rubric(rubric, path, out);
        } else if (value instanceof RatingScale scale) {
            scale(scale, path, out);
        } else if (value instanceof EvaluationCriterion criterion) {
            criterion(criterion, path, out);
        } else if (value instanceof SalaryBand band) {
            salaryBand(band, path, out);
        } else if (value instanceof ExperienceRequirement experience) {
            experience(experience, path, out);
        }
    }

    private static void role(Role role, String path, List<Violation> out) {
        if (role.language() != null) {
            try {
                new Locale.Builder().setLanguageTag(role.language());
            } catch (IllformedLocaleException e) {
                out.add(Violation.of(ContentNames.join(path, "language"), role.language(),
                        "must be an IETF BCP 47 language tag, e.g. en or en-US"));
            }
        }
        if (role.experience() != null) {
            experience(role.experience(), ContentNames.join(path, "experience"), out);
        }
        role.salaryBand().ifPresent(band -> salaryBand(band, ContentNames.join(path, "salaryBand"), out));
        Rubric rubric = role.rubric();
        if (rubric != null) {
            rubric(rubric, ContentNames.join(path, "rubric"), out);
        }

        Set<String> competencies = ids(role.competencies(), Competency::id, ContentNames.join(path, "competencies"), out);
        ids(role.questions(), Question::id, ContentNames.join(path, "questions"), out);
        Set<String> pitfalls = ids(role.pitfalls(), Pitfall::id, ContentNames.join(path, "pitfalls"), out);
        Set<String> criteria = rubric == null ? Set.of() : idSet(rubric.criteria(), EvaluationCriterion::id);

        List<Question> questions = role.questions();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            if (question == null) {
                continue;
            }
            String at = ContentNames.join(path, "questions[" + q + "]");
            references(question.competencies(), competencies, at + ".competencies", "competency", out);
            references(question.criteria(), criteria, at + ".criteria", "evaluation criterion", out);
            references(question.pitfalls(), pitfalls, at + ".pitfalls", "pitfall", out);
            if (question.logistics() && !question.criteria().isEmpty()) {
                out.add(Violation.of(at + ".criteria", question.criteria(),
                        "a logistics question is not rated, so it informs no criterion"));
            }
        }
        if (rubric != null) {
            List<EvaluationCriterion> rubricCriteria = rubric.criteria();
            for (int c = 0; c < rubricCriteria.size(); c++) {
                EvaluationCriterion criterion = rubricCriteria.get(c);
                if (criterion != null) {
                    references(criterion.competencies(), competencies,
                            ContentNames.join(path, "rubric.criteria[" + c + "].competencies"), "competency", out);
                }
            }
        }
        List<Pitfall> pitfallList = role.pitfalls();
        for (int p = 0; p < pitfallList.size(); p++) {
            Pitfall pitfall = pitfallList.get(p);
            if (pitfall != null) {
                references(pitfall.criteria(), criteria, ContentNames.join(path, "pitfalls[" + p + "].criteria"),
                        "evaluation criterion", out);
            }
        }
    }

    private static void rubric(Rubric rubric, String path, List<Violation> out) {
        RatingScale scale = rubric.scale();
        if (scale != null) {
            scale(scale, ContentNames.join(path, "scale"), out);
        }
        ids(rubric.criteria(), EvaluationCriterion::id, ContentNames.join(path, "criteria"), out);
        List<EvaluationCriterion> criteria = rubric.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            EvaluationCriterion criterion = criteria.get(c);
            if (criterion == null) {
                continue;
            }
            String at = ContentNames.join(path, "criteria[" + c + "]");
            criterion(criterion, at, out);
            if (scale == null) {
                continue;
            }
            Set<Integer> levels = new HashSet<>();
            for (RatingLevel level : scale.levels()) {
                if (level != null) {
                    levels.add(level.value());
                    if (!criterion.anchors().containsKey(level.value())) {
                        out.add(Violation.of(at + ".anchors", "levels " + sortedLevels(criterion.anchors().keySet()),
                                "has no anchor for level " + level.value() + " of the scale"));
                    }
                }
            }
            for (Integer level : criterion.anchors().keySet()) {
                if (level != null && !levels.contains(level)) {
                    out.add(Violation.of(at + ".anchors[" + level + "]", level, "is not a level of the scale " + sortedLevels(levels)));
                }
            }
            if (criterion.minimumRating().isPresent() && !levels.contains(criterion.minimumRating().getAsInt())) {
                out.add(Violation.of(at + ".minimumRating", criterion.minimumRating().getAsInt(),
                        "is not a level of the scale " + sortedLevels(levels)));
            }
        }
    }

    private static void criterion(EvaluationCriterion criterion, String path, List<Violation> out) {
        if (criterion.mustHave() && criterion.minimumRating().isEmpty()) {
            out.add(Violation.of(ContentNames.join(path, "minimumRating"), null, "is required for a must-have criterion"));
        }
        if (!criterion.mustHave() && criterion.minimumRating().isPresent()) {
            out.add(Violation.of(ContentNames.join(path, "minimumRating"), criterion.minimumRating().getAsInt(),
                    "applies only to a must-have criterion; set mustHave or remove it"));
        }
    }

    private static void scale(RatingScale scale, String path, List<Violation> out) {
        List<RatingLevel> levels = scale.levels();
        if (levels.size() < 2) {
            out.add(Violation.of(ContentNames.join(path, "levels"), levels.size() + " level" + (levels.size() == 1 ? "" : "s"),
                    "must have at least two levels"));
        }
        Map<String, Integer> labels = new HashMap<>();
        RatingLevel previous = null;
        for (int i = 0; i < levels.size(); i++) {
            RatingLevel level = levels.get(i);
            if (level == null) {
                continue;
            }
            String at = ContentNames.join(path, "levels[" + i + "]");
            if (previous != null && level.value() <= previous.value()) {
                out.add(Violation.of(at + ".value", level.value(),
                        "must be greater than the previous level's value " + previous.value()));
            }
            if (level.label() != null) {
                Integer first = labels.putIfAbsent(level.label(), i);
                if (first != null) {
                    out.add(Violation.of(at + ".label", level.label(), "repeats the label of levels[" + first + "]"));
                }
            }
            previous = level;
        }
    }

    private static void salaryBand(SalaryBand band, String path, List<Violation> out) {
        if (band.minimum() != null && band.maximum() != null && band.minimum().compareTo(band.maximum()) > 0) {
            out.add(Violation.of(ContentNames.join(path, "minimum"), band.minimum(),
                    "must not exceed the maximum " + band.maximum().toPlainString()));
        }
    }

    private static void experience(ExperienceRequirement experience, String path, List<Violation> out) {
        if (experience.minimumRoleYears().isPresent() && experience.minimumRoleYears().getAsInt() > experience.minimumYears()) {
            out.add(Violation.of(ContentNames.join(path, "minimumRoleYears"), experience.minimumRoleYears().getAsInt(),
                    "must not exceed minimumYears " + experience.minimumYears()));
        }
        if (experience.minimumRoleYears().isPresent() != experience.roleDescription().isPresent()) {
            out.add(experience.minimumRoleYears().isPresent()
                    ? Violation.of(ContentNames.join(path, "roleDescription"), null, "is required when minimumRoleYears is given")
                    : Violation.of(ContentNames.join(path, "minimumRoleYears"), null, "is required when roleDescription is given"));
        }
    }

    /** Reports repeated ids and returns the set of ids. */
    private static <T> Set<String> ids(List<T> items, Function<T, String> id, String path, List<Violation> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String key = item == null ? null : id.apply(item);
            if (key == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                out.add(Violation.of(path + "[" + i + "].id", key, "repeats the id of " + path + "[" + first + "]"));
            }
        }
        return seen.keySet();
    }

    private static <T> Set<String> idSet(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (T item : items) {
            if (item != null && id.apply(item) != null) {
                ids.add(id.apply(item));
            }
        }
        return ids;
    }

    private static void references(List<String> refs, Set<String> known, String path, String kind, List<Violation> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            if (ref == null) {
                continue;
            }
            if (!known.contains(ref)) {
                out.add(Violation.of(path + "[" + i + "]", ref, "names no " + kind + " of this role"));
            } else if (!seen.add(ref)) {
                out.add(Violation.of(path + "[" + i + "]", ref, "names the same " + kind + " twice"));
            }
        }
    }

    private static String sortedLevels(Set<Integer> levels) {
        // Sorted so that equal criteria give equal messages, whatever order the anchors were put in.
        return levels.stream().filter(Objects::nonNull).sorted().toList().toString();
    }

}
