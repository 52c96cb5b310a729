package io.github.interviewkit.interop;

import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.ViolationSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an import mapping, reporting into a sink at the paths of the mapping's document:
 * those it obeys on its own, and those it obeys for the role an importer is made for.
 */
final class MappingRules {
    private MappingRules() {}

    /** The rules a mapping obeys on its own. */
    static void mapping(ImportMapping mapping, ViolationSink out) {
        slug(mapping.roleId(), "role", out);
        notBlankKeys(mapping.attributes().keySet(), "attributes", out);
        mapping.attributes().forEach((name, id) -> slug(id, "attributes[" + name + "]", out));
        mapping.criterionNoteFields().forEach((name, id) -> slug(id, "criterionNotes[" + name + "]", out));
        notBlankKeys(mapping.criterionNoteFields().keySet(), "criterionNotes", out);
        notBlankKeys(mapping.stages().keySet(), "stages", out);
        notBlankKeys(mapping.recommendations().keySet(), "recommendations", out);
        notBlank(mapping.lossyRatings(), "lossy", out);
        notBlank(mapping.abstentions(), "recommendations", out);
        notBlank(mapping.recommendationFields(), "recommendationFields", out);
        notBlank(mapping.ignoredAttributes(), "ignore", out);
        notBlank(mapping.notesFields(), "notes", out);
        notBlank(mapping.privateNotesFields(), "privateNotes", out);
        notBlankKeys(mapping.ratings().keySet(), "ratings", out);
        for (Map.Entry<String, Rating> rating : mapping.ratings().entrySet()) {
            if (rating.getValue().isAssessed() && rating.getValue().value().getAsInt() < 1) {
                out.add("ratings[" + rating.getKey() + "]", rating.getValue().value().getAsInt(),
                        "must be a level of the role's scale (1 or more) or not-assessed");
            }
        }
        lossy(mapping, out);
        for (String label : mapping.abstentions()) {
            if (mapping.recommendations().containsKey(label)) {
                out.add("recommendations[" + label + "]", label, "is both a vote and no vote");
            }
        }
        for (Map.Entry<String, ?> vote : mapping.recommendations().entrySet()) {
            if (vote.getValue() == io.github.interviewkit.scoring.Recommendation.INCOMPLETE) {
                out.add("recommendations[" + vote.getKey() + "]", "incomplete",
                        "must be a decided outcome (strong-hire, hire, no-hire, strong-no-hire) or none");
            }
        }
        for (int i = 0; i < mapping.ignoredAttributes().size(); i++) {
            String name = mapping.ignoredAttributes().get(i);
            if (mapping.attributes().containsKey(name)) {
                out.add("ignore[" + i + "]", name, "is mapped in attributes; an attribute is mapped or ignored, not both");
            }
        }
        for (int i = 0; i < mapping.privateNotesFields().size(); i++) {
            String name = mapping.privateNotesFields().get(i);
            if (mapping.notesFields().contains(name)) {
                out.add("privateNotes[" + i + "]", name, "is also a shared notes field; private notes stay private");
            }
        }
    }

    /**
     * Every level that several labels share needs all but one of them declared lossy, and every
     * declared label must share its level.
     */
    private static void lossy(ImportMapping mapping, ViolationSink out) {
        Map<Integer, List<String>> byLevel = new LinkedHashMap<>();
        mapping.ratings().forEach((label, rating) -> {
            if (rating.isAssessed()) {
                byLevel.computeIfAbsent(rating.value().getAsInt(), level -> new ArrayList<>()).add(label);
            }
        });
        Set<String> declared = new HashSet<>(mapping.lossyRatings());
        for (int i = 0; i < mapping.lossyRatings().size(); i++) {
            String label = mapping.lossyRatings().get(i);
            Rating rating = mapping.ratings().get(label);
            if (rating == null) {
                out.add("lossy[" + i + "]", label, "is not a label of ratings");
            } else if (!rating.isAssessed() || byLevel.get(rating.value().getAsInt()).size() < 2) {
                out.add("lossy[" + i + "]", label, "is declared lossy but no other label shares its level");
            }
        }
        byLevel.forEach((level, labels) -> {
            long undeclared = labels.stream().filter(label -> !declared.contains(label)).count();
            if (undeclared > 1) {
                out.add("ratings", String.join(", ", labels),
                        "map onto level " + level + " together; a lossy mapping must be declared: list all but one of them in lossy");
            }
        });
    }

    /** The rules a mapping obeys for a role. */
    static void forRole(ImportMapping mapping, Role role, ViolationSink out) {
        if (!mapping.roleId().equals(role.id())) {
            out.add("role", mapping.roleId(), "names another role than \"" + role.id() + "\"");
        }
        mapping.attributes().forEach((name, criterion) -> {
            if (role.criterion(criterion).isEmpty()) {
                out.add("attributes[" + name + "]", criterion, "is not a criterion of the role's rubric");
            }
        });
        mapping.criterionNoteFields().forEach((name, criterion) -> {
            if (role.criterion(criterion).isEmpty()) {
                out.add("criterionNotes[" + name + "]", criterion, "is not a criterion of the role's rubric");
            }
        });
        int highest = 0;
        for (Map.Entry<String, Rating> rating : mapping.ratings().entrySet()) {
            if (rating.getValue().isAssessed()) {
                int level = rating.getValue().value().getAsInt();
                highest = Math.max(highest, level);
                if (role.rubric().scale().level(level).isEmpty()) {
                    out.add("ratings[" + rating.getKey() + "]", level, "is not a level of the role's rating scale");
                }
            }
        }
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            if (!criterion.mustHave()) {
                continue;
            }
            if (!mapping.attributes().containsValue(criterion.id())) {
                out.add("attributes", criterion.id(),
                        "maps no source attribute onto this must-have criterion; no import could pass it");
            } else if (criterion.minimumRating().isPresent() && highest < criterion.minimumRating().getAsInt()) {
                out.add("ratings", criterion.id(), "maps no label onto the minimum rating "
                        + criterion.minimumRating().getAsInt() + " of this must-have criterion or above; no import could pass it");
            }
        }
    }

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

    private static void slug(String id, String path, ViolationSink out) {
        if (!SLUG.matcher(id).matches()) {
            out.add(path, id, "must be a slug: lower-case letters and digits joined by single hyphens");
        }
    }

    private static void notBlank(List<String> names, String field, ViolationSink out) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                out.add(field + "[" + i + "]", names.get(i), "must not be blank");
            }
        }
    }

    private static void notBlankKeys(Iterable<String> keys, String field, ViolationSink out) {
        for (String key : keys) {
            if (key.isBlank()) {
                out.add(field + "[" + key + "]", key, "must not be blank");
            }
        }
    }
}
