package io.github.interviewkit.interop;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import io.github.interviewkit.model.io.FieldReader;
import io.github.interviewkit.model.io.FieldValue;
import io.github.interviewkit.model.io.FieldWriter;
import io.github.interviewkit.scoring.Recommendation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The document form of an {@link ImportMapping}, read and written by the model's
 * {@link DocumentCodec}: a rating is a level number or {@code not-assessed}, a recommendation a
 * vote id or {@code none}; every attribute is written, maps sorted by source name.
 */
final class MappingDocument implements DocumentKind<ImportMapping> {
    static final MappingDocument INSTANCE = new MappingDocument();
    static final DocumentCodec<ImportMapping> CODEC = DocumentCodec.of(INSTANCE);
    private static final String NONE = "none";

    private MappingDocument() {}

    @Override
    public String name() {
        return "import mapping";
    }

    @Override
    public ContentException invalid(String source, Violations problems) {
        return new ImportException(source, problems);
    }

    @Override
    public Binding<ImportMapping> bind(FieldReader f) {
        ImportMapping.Builder mapping = ImportMapping.builder();
        f.string("role", mapping::roleId);
        f.entries("attributes", "source attribute name", (name, value) -> value.string(id -> mapping.putAttribute(name, id)));
        f.entries("ratings", "source rating label", (label, value) -> rating(value, rating -> mapping.putRating(label, rating)));
        f.strings("lossy", mapping::addLossyRatings);
        f.entries("recommendations", "source recommendation", (label, value) -> value.id(
                text -> text.equals(NONE) ? NONE : Recommendation.fromId(text).orElse(null),
                "none or one of strong-hire, hire, no-hire, strong-no-hire",
                vote -> {
                    if (NONE.equals(vote)) {
                        mapping.addAbstentions(label);
                    } else {
                        mapping.putRecommendation(label, (Recommendation) vote);
                    }
                }));
        f.strings("recommendationFields", mapping::addRecommendationFields);
        f.entries("stages", "source stage name", (name, value) -> value.id(QuestionCategory::of,
                "a stage id, a slug such as technical", stage -> mapping.putStage(name, stage)));
        f.id("defaultStage", QuestionCategory::of, "a stage id, a slug such as technical", mapping::defaultStage);
        f.strings("ignore", mapping::addIgnoredAttributes);
        f.strings("notes", mapping::addNotesFields);
        f.strings("privateNotes", mapping::addPrivateNotesFields);
        f.entries("criterionNotes", "source field name", (name, value) -> value.string(id -> mapping.putCriterionNoteField(name, id)));
        return mapping::tryBuild;
    }

    private static void rating(FieldValue value, java.util.function.Consumer<Rating> setter) {
        if (value.isNumber()) {
            value.integer(level -> setter.accept(Rating.of(level)));
        } else {
            value.id(text -> text.equals(Rating.NOT_ASSESSED_ID) ? Rating.notAssessed() : null,
                    "a level number or " + Rating.NOT_ASSESSED_ID, setter);
        }
    }

    @Override
    public void write(ImportMapping mapping, FieldWriter w) {
        Map<String, String> votes = new LinkedHashMap<>();
        new TreeMap<>(mapping.recommendations()).forEach((label, vote) -> votes.put(label, vote.id()));
        // Abstentions keep the list's order, in which they read back.
        mapping.abstentions().forEach(label -> votes.put(label, NONE));
        w.string("role", mapping.roleId())
                .entries("attributes", new TreeMap<>(mapping.attributes()), (map, name, id) -> map.string(name, id))
                .entries("ratings", new TreeMap<>(mapping.ratings()), (map, label, rating) -> {
                    if (rating.isAssessed()) {
                        map.integer(label, rating.value().getAsInt());
                    } else {
                        map.string(label, Rating.NOT_ASSESSED_ID);
                    }
                })
                .strings("lossy", mapping.lossyRatings())
                .entries("recommendations", votes, (map, label, vote) -> map.string(label, vote))
                .strings("recommendationFields", mapping.recommendationFields())
                .entries("stages", new TreeMap<>(mapping.stages()), (map, name, stage) -> map.string(name, stage.id()))
                .string("defaultStage", mapping.defaultStage().map(QuestionCategory::id))
                .strings("ignore", mapping.ignoredAttributes())
                .strings("notes", mapping.notesFields())
                .strings("privateNotes", mapping.privateNotesFields())
                .entries("criterionNotes", new TreeMap<>(mapping.criterionNoteFields()), (map, name, id) -> map.string(name, id));
    }
}
