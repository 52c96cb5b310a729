package io.github.interviewkit.interop;

import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.ViolationSink;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.scoring.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the scorecards of one applicant tracking system map onto one role: which source attribute
 * (or form field) rates which criterion of the role's rubric, which source rating label (or
 * number, written as text) is which level of the role's scale or "not assessed", which overall
 * recommendation is which {@linkplain Recommendation vote}, which source stage is which stage, and
 * what happens to everything else.
 *
 * <p>The rules, each checked when the mapping is built (the first group) or when an importer is
 * made for a role (the second):
 * <ul>
 *   <li>A source scale with more labels than the role's scale has levels maps two labels onto one
 *       level; that is allowed only when declared: of the labels that share a level, all but one
 *       are listed in {@link #lossyRatings()}, and every listed label shares its level. Each import
 *       reports every rating it mapped through a lossy label. A source scale with fewer labels
 *       maps onto some of the levels and loses nothing.</li>
 *   <li>An attribute that the mapping neither maps nor {@linkplain #ignoredAttributes() ignores}
 *       is rejected (the default): nothing is dropped silently.</li>
 *   <li>Every criterion, level and stage named exists in the role; the mapping names the role by id.</li>
 *   <li>A must-have criterion of the role is mapped from at least one attribute, and some label
 *       reaches its minimum rating: otherwise no import could ever pass it, and the mapping is
 *       invalid.</li>
 * </ul>
 *
 * <p>Read one from YAML or JSON with {@link #codec()}; its JSON Schema, {@code $id}
 * {@value #SCHEMA_ID}, is {@link #jsonSchema()}.
 */
public abstract class ImportMapping {
    /** The {@code $id} of the JSON Schema of mapping documents. */
    public static final String SCHEMA_ID = "https://interviewkit.github.io/schemas/1/import-mapping.schema.json";

    ImportMapping() {}

    /**
     * Returns the JSON Schema (draft 2020-12) of mapping documents, {@code $id} {@value #SCHEMA_ID},
     * for editors and validators; the reader ({@link #codec()}) stays the authority on what only a
     * role can tell.
     *
     * @return the schema, as JSON text
     * @throws java.io.UncheckedIOException if the module's jar cannot be read
     */
    public static String jsonSchema() {
        try (java.io.InputStream in = ImportMapping.class.getResourceAsStream("import-mapping.schema.json")) {
            if (in == null) {
                throw new java.io.UncheckedIOException(new java.io.IOException(
                        "the interop module lacks its resource import-mapping.schema.json"));
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException broken) {
            throw new java.io.UncheckedIOException("cannot read the interop module's import-mapping.schema.json", broken);
        }
    }

    /** @return the id of the role the mapping is for */
    public abstract String roleId();

    /** @return the criterion id each source attribute or field name rates, by source name, in entry order */
    public abstract Map<String, String> attributes();

    /** @return the rating each source label (or number, as text) means, by label, in entry order */
    public abstract Map<String, Rating> ratings();

    /** @return the labels declared as mapped lossily: each shares its level with another label */
    public abstract List<String> lossyRatings();

    /** @return the vote each source overall recommendation means, by label */
    public abstract Map<String, Recommendation> recommendations();

    /** @return the source overall recommendations that mean "no vote", such as {@code no_decision} */
    public abstract List<String> abstentions();

    /**
     * @return names of form fields that hold the overall recommendation, besides the field each
     *     system documents for it (Lever's {@code score-system} field, Greenhouse's
     *     {@code overall_recommendation}); e.g. Ashby's {@code overall_recommendation} field path
     */
    public abstract List<String> recommendationFields();

    /** @return the stage each source stage (interview or form) name means, by name */
    public abstract Map<String, QuestionCategory> stages();

    /** @return the stage of scorecards whose source names no stage the mapping knows, if any */
    public abstract Optional<QuestionCategory> defaultStage();

    /** @return source attribute names that are skipped, not rejected, when the mapping does not map them */
    public abstract List<String> ignoredAttributes();

    /** @return names of source questions or fields whose answers are the interviewer's shared notes */
    public abstract List<String> notesFields();

    /** @return names of source questions or fields whose answers are the interviewer's private notes */
    public abstract List<String> privateNotesFields();

    /** @return the criterion whose note each source question or field holds, by source name */
    public abstract Map<String, String> criterionNoteFields();

    /**
     * @return the codec of mapping documents, through the library's one document codec; it throws
     *     {@link ImportException} listing every problem of a document
     */
    public static DocumentCodec<ImportMapping> codec() {
        return MappingDocument.CODEC;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link ImportMapping}; the role id is required. The rules that need the role are
     * checked when an importer is made for it.
     */
    public static final class Builder {
        private @Nullable String roleId;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Map<String, Rating> ratings = new LinkedHashMap<>();
        private final List<String> lossyRatings = new ArrayList<>();
        private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
        private final List<String> abstentions = new ArrayList<>();
        private final List<String> recommendationFields = new ArrayList<>();
        private final Map<String, QuestionCategory> stages = new LinkedHashMap<>();
        private Optional<QuestionCategory> defaultStage = Optional.empty();
        private final List<String> ignoredAttributes = new ArrayList<>();
        private final List<String> notesFields = new ArrayList<>();
        private final List<String> privateNotesFields = new ArrayList<>();
        private final Map<String, String> criterionNoteFields = new LinkedHashMap<>();

        Builder() {}

        /**
         * Sets the id of the role the mapping is for.
         *
         * @param roleId the value
         * @return this builder
         * @throws NullPointerException if {@code roleId} is {@code null}
         */
        public Builder roleId(String roleId) {
            this.roleId = Objects.requireNonNull(roleId, "roleId");
            return this;
        }

        /**
         * Maps a source attribute or field name onto a criterion, replacing any mapping of that name.
         *
         * @param sourceName the attribute's name in the source system
         * @param criterionId the id of a criterion of the role's rubric
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putAttribute(String sourceName, String criterionId) {
            attributes.put(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(criterionId, "criterionId"));
            return this;
        }

        /**
         * Maps a source rating label (or number, written as text) onto a level or "not assessed".
         *
         * @param label the label in the source system, e.g. {@code strong_yes} or {@code 4}
         * @param rating the rating it means
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putRating(String label, Rating rating) {
            ratings.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(rating, "rating"));
            return this;
        }

        /**
         * Declares labels as mapped lossily onto the level they share with another label.
         *
         * @param labels the labels
         * @return this builder
         * @throws NullPointerException if {@code labels} or one of them is {@code null}
         */
        public Builder addLossyRatings(String... labels) {
            addAll(lossyRatings, "labels", labels);
            return this;
        }

        /**
         * Maps a source overall recommendation onto a vote.
         *
         * @param label the recommendation in the source system, e.g. {@code strong_yes}
         * @param vote a decided outcome
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putRecommendation(String label, Recommendation vote) {
            recommendations.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(vote, "vote"));
            return this;
        }

        /**
         * Declares source overall recommendations that mean "no vote".
         *
         * @param labels the recommendations, e.g. {@code no_decision}
         * @return this builder
         * @throws NullPointerException if {@code labels} or one of them is {@code null}
         */
        public Builder addAbstentions(String... labels) {
            addAll(abstentions, "labels", labels);
            return this;
        }

        /**
         * Names form fields that hold the overall recommendation.
         *
         * @param fieldNames the fields' names (Lever: the field's text; Ashby: the field's path)
         * @return this builder
         * @throws NullPointerException if {@code fieldNames} or one of them is {@code null}
         */
        public Builder addRecommendationFields(String... fieldNames) {
            addAll(recommendationFields, "fieldNames", fieldNames);
            return this;
        }

        /**
         * Maps a source stage (interview or form) name onto a stage.
         *
         * @param sourceName the name in the source system, e.g. {@code Application Review}
         * @param stage the stage
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putStage(String sourceName, QuestionCategory stage) {
            stages.put(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * Sets the stage of scorecards whose source names no stage the mapping knows.
         *
         * @param stage the stage
         * @return this builder
         * @throws NullPointerException if {@code stage} is {@code null}
         */
        public Builder defaultStage(QuestionCategory stage) {
            this.defaultStage = Optional.of(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * Lists source attributes to skip rather than reject when they are not mapped.
         *
         * @param sourceNames the attributes' names
         * @return this builder
         * @throws NullPointerException if {@code sourceNames} or one of them is {@code null}
         */
        public Builder addIgnoredAttributes(String... sourceNames) {
            addAll(ignoredAttributes, "sourceNames", sourceNames);
            return this;
        }

        /**
         * Names source questions or fields whose answers are the interviewer's shared notes.
         *
         * @param fieldNames the names
         * @return this builder
         * @throws NullPointerException if {@code fieldNames} or one of them is {@code null}
         */
        public Builder addNotesFields(String... fieldNames) {
            addAll(notesFields, "fieldNames", fieldNames);
            return this;
        }

        /**
         * Names source questions or fields whose answers are the interviewer's private notes.
         *
         * @param fieldNames the names
         * @return this builder
         * @throws NullPointerException if {@code fieldNames} or one of them is {@code null}
         */
        public Builder addPrivateNotesFields(String... fieldNames) {
            addAll(privateNotesFields, "fieldNames", fieldNames);
            return this;
        }

        /**
         * Maps a source question or field onto the note of a criterion.
         *
         * @param fieldName the question's or field's name
         * @param criterionId the id of a criterion of the role's rubric
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder putCriterionNoteField(String fieldName, String criterionId) {
            criterionNoteFields.put(Objects.requireNonNull(fieldName, "fieldName"), Objects.requireNonNull(criterionId, "criterionId"));
            return this;
        }

        /**
         * Builds the mapping and checks the rules that do not need the role.
         *
         * @return the mapping
         * @throws ImportException listing every problem
         */
        public ImportMapping build() {
            return Violations.build("ImportMapping", ImportException::new, this::tree);
        }

        /**
         * Builds the mapping, or reports every problem instead of throwing.
         *
         * @param problems where the problems go
         * @return the mapping, or empty when it has a problem
         * @throws NullPointerException if {@code problems} is {@code null}
         */
        public Optional<ImportMapping> tryBuild(ViolationSink problems) {
            return Violations.tryBuild(problems, this::tree);
        }

        @Nullable ImportMapping tree(ViolationSink out) {
            if (roleId == null) {
                out.add("role", null, "is required");
                return null;
            }
            ImportMapping mapping = new ImmutableImportMapping.Builder()
                    .roleId(roleId)
                    .putAllAttributes(attributes)
                    .putAllRatings(ratings)
                    .addAllLossyRatings(lossyRatings)
                    .putAllRecommendations(recommendations)
                    .addAllAbstentions(abstentions)
                    .addAllRecommendationFields(recommendationFields)
                    .putAllStages(stages)
                    .defaultStage(defaultStage)
                    .addAllIgnoredAttributes(ignoredAttributes)
                    .addAllNotesFields(notesFields)
                    .addAllPrivateNotesFields(privateNotesFields)
                    .putAllCriterionNoteFields(criterionNoteFields)
                    .build();
            MappingRules.mapping(mapping, out);
            return mapping;
        }

        private static void addAll(List<String> to, String name, String... values) {
            Objects.requireNonNull(values, name);
            for (String value : values) {
                to.add(Objects.requireNonNull(value, name));
            }
        }
    }
}
