package io.github.interviewkit.model.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.CompetencyKind;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.FrameworkReference;
import io.github.interviewkit.model.MarketDemand;
import io.github.interviewkit.model.PayPeriod;
import io.github.interviewkit.model.Pitfall;
import io.github.interviewkit.model.Question;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.Severity;
import io.github.interviewkit.model.SourceAttribution;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The document form of a {@link Role}: reading a tree into a role and writing a role as a tree.
 * Each type's fields are read and written side by side, in the order they are written.
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
public final class RoleDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private RoleDocument() {}

    // ---- reading ---------------------------------------------------------------------------

    /**
     * Builds a role from the root object of a document, with build-time checks deferred: the
     * caller validates the result.
     *
     * @param f the root object
     * @return the role, possibly invalid
     */
    public static Role read(Fields f) {
        return Role.builder()
                .id(f.string("id"))
                .title(f.string("title"))
                .contentVersion(f.string("contentVersion"))
                .language(f.string("language"))
                .source(f.object("source", RoleDocument::source))
                .summary(f.string("summary"))
                .addAllResponsibilities(f.strings("responsibilities"))
                .addAllCompetencies(f.objects("competencies", RoleDocument::competency))
                .experience(f.object("experience", RoleDocument::experience))
                .salaryBand(Optional.ofNullable(f.object("salaryBand", RoleDocument::salaryBand)))
                .marketDemand(Optional.ofNullable(f.constant("marketDemand", MarketDemand.values(), MarketDemand::id)))
                .rubric(f.object("rubric", RoleDocument::rubric))
                .addAllQuestions(f.objects("questions", RoleDocument::question))
                .addAllPitfalls(f.objects("pitfalls", RoleDocument::pitfall))
                .build();
    }

    private static SourceAttribution source(Fields f) {
        return SourceAttribution.builder()
                .title(f.string("title"))
                .reference(f.optionalString("reference"))
                .addAllQuoted(f.strings("quoted"))
                .addAllAuthored(f.strings("authored"))
                .note(f.optionalString("note"))
                .build();
    }

    private static Competency competency(Fields f) {
        return Competency.builder()
                .id(f.string("id"))
                .name(f.string("name"))
                .kind(f.id("kind", CompetencyKind::of, "a slug such as technical or interpersonal"))
                .description(f.optionalString("description"))
                .addAllExamples(f.strings("examples"))
                .addAllFrameworkReferences(f.objects("frameworkReferences", RoleDocument::frameworkReference))
                .build();
    }

    private static FrameworkReference frameworkReference(Fields f) {
        return FrameworkReference.builder()
                .framework(f.string("framework"))
                .code(f.string("code"))
                .label(f.optionalString("label"))
                .build();
    }

    private static ExperienceRequirement experience(Fields f) {
        return ExperienceRequirement.builder()
                .minimumYears(f.requiredInt("minimumYears"))
                .field(f.string("field"))
                .minimumRoleYears(f.optionalInt("minimumRoleYears"))
                .roleDescription(f.optionalString("roleDescription"))
                .statement(f.optionalString("statement"))
                .build();
    }

    private static SalaryBand salaryBand(Fields f) {
        return SalaryBand.builder()
                .minimum(f.decimal("minimum"))
                .maximum(f.decimal("maximum"))
                .currency(f.id("currency", Currency::getInstance, "an ISO 4217 currency code such as USD"))
                .period(f.constant("period", PayPeriod.values(), PayPeriod::id))
                .region(f.optionalString("region"))
                .build();
    }

    private static Rubric rubric(Fields f) {
        return Rubric.builder()
                .scale(f.object("scale", RoleDocument::scale))
                .addAllCriteria(f.objects("criteria", RoleDocument::criterion))
                .build();
    }

    private static RatingScale scale(Fields f) {
        return RatingScale.builder().addAllLevels(f.objects("levels", RoleDocument::level)).build();
    }

    private static RatingLevel level(Fields f) {
        return RatingLevel.builder()
                .value(f.requiredInt("value"))
                .label(f.string("label"))
                .meaning(f.string("meaning"))
                .build();
    }

    private static EvaluationCriterion criterion(Fields f) {
        EvaluationCriterion.Builder builder = EvaluationCriterion.builder()
                .id(f.string("id"))
                .description(f.string("description"))
                .addAllCompetencies(f.strings("competencies"))
                .mustHave(f.bool("mustHave", false))
                .minimumRating(f.optionalInt("minimumRating"))
                .putAllAnchors(f.textsByNumber("anchors"));
        // An absent weight takes the default; a weight that is present but unreadable stays null
        // and is reported, rather than silently becoming the default.
        if (f.has("weight")) {
            builder.weight(f.decimal("weight"));
        }
        return builder.build();
    }

    private static Question question(Fields f) {
        return Question.builder()
                .id(f.string("id"))
                .text(f.string("text"))
                .category(f.id("category", QuestionCategory::of, "a slug such as screening, technical or behavioural"))
                .logistics(f.bool("logistics", false))
                .addAllCompetencies(f.strings("competencies"))
                .addAllCriteria(f.strings("criteria"))
                .addAllFollowUps(f.strings("followUps"))
                .strongAnswer(f.optionalString("strongAnswer"))
                .addAllPitfalls(f.strings("pitfalls"))
                .estimatedMinutes(f.optionalInt("estimatedMinutes"))
                .build();
    }

    private static Pitfall pitfall(Fields f) {
        return Pitfall.builder()
                .id(f.string("id"))
                .description(f.string("description"))
                .severity(f.constant("severity", Severity.values(), Severity::id))
                .addAllCriteria(f.strings("criteria"))
                .build();
    }

    // ---- writing ---------------------------------------------------------------------------

    /**
     * Writes a role as a tree, fields in a fixed order, absent optional parts and empty lists left out.
     *
     * @param role a valid role
     * @return the tree
     */
    public static ObjectNode write(Role role) {
        ObjectNode node = NODES.objectNode();
        node.put("id", role.id());
        node.put("title", role.title());
        node.put("contentVersion", role.contentVersion());
        node.put("language", role.language());
        node.set("source", source(role.source()));
        node.put("summary", role.summary());
        strings(node, "responsibilities", role.responsibilities());
        ArrayNode competencies = node.putArray("competencies");
        role.competencies().forEach(competency -> competencies.add(competency(competency)));
        node.set("experience", experience(role.experience()));
        role.salaryBand().ifPresent(band -> node.set("salaryBand", salaryBand(band)));
        role.marketDemand().ifPresent(demand -> node.put("marketDemand", demand.id()));
        node.set("rubric", rubric(role.rubric()));
        ArrayNode questions = node.putArray("questions");
        role.questions().forEach(question -> questions.add(question(question)));
        ArrayNode pitfalls = node.putArray("pitfalls");
        role.pitfalls().forEach(pitfall -> pitfalls.add(pitfall(pitfall)));
        return node;
    }

    private static ObjectNode source(SourceAttribution source) {
        ObjectNode node = NODES.objectNode();
        node.put("title", source.title());
        optional(node, "reference", source.reference());
        strings(node, "quoted", source.quoted());
        strings(node, "authored", source.authored());
        optional(node, "note", source.note());
        return node;
    }

    private static ObjectNode competency(Competency competency) {
        ObjectNode node = NODES.objectNode();
        node.put("id", competency.id());
        node.put("name", competency.name());
        node.put("kind", competency.kind().id());
        optional(node, "description", competency.description());
        strings(node, "examples", competency.examples());
        if (!competency.frameworkReferences().isEmpty()) {
            ArrayNode references = node.putArray("frameworkReferences");
            for (FrameworkReference reference : competency.frameworkReferences()) {
                ObjectNode entry = references.addObject();
                entry.put("framework", reference.framework());
                entry.put("code", reference.code());
                optional(entry, "label", reference.label());
            }
        }
        return node;
    }

    private static ObjectNode experience(ExperienceRequirement experience) {
        ObjectNode node = NODES.objectNode();
        node.put("minimumYears", experience.minimumYears());
        node.put("field", experience.field());
        optional(node, "minimumRoleYears", experience.minimumRoleYears());
        optional(node, "roleDescription", experience.roleDescription());
        optional(node, "statement", experience.statement());
        return node;
    }

    private static ObjectNode salaryBand(SalaryBand band) {
        ObjectNode node = NODES.objectNode();
        node.put("minimum", band.minimum());
        node.put("maximum", band.maximum());
        node.put("currency", band.currency().getCurrencyCode());
        node.put("period", band.period().id());
        optional(node, "region", band.region());
        return node;
    }

    private static ObjectNode rubric(Rubric rubric) {
        ObjectNode node = NODES.objectNode();
        ArrayNode levels = node.putObject("scale").putArray("levels");
        for (RatingLevel level : rubric.scale().levels()) {
            ObjectNode entry = levels.addObject();
            entry.put("value", level.value());
            entry.put("label", level.label());
            entry.put("meaning", level.meaning());
        }
        ArrayNode criteria = node.putArray("criteria");
        rubric.criteria().forEach(criterion -> criteria.add(criterion(criterion)));
        return node;
    }

    private static ObjectNode criterion(EvaluationCriterion criterion) {
        ObjectNode node = NODES.objectNode();
        node.put("id", criterion.id());
        node.put("description", criterion.description());
        strings(node, "competencies", criterion.competencies());
        node.put("mustHave", criterion.mustHave());
        optional(node, "minimumRating", criterion.minimumRating());
        node.put("weight", criterion.weight());
        ObjectNode anchors = node.putObject("anchors");
        new TreeMap<>(criterion.anchors()).forEach((level, text) -> anchors.put(Integer.toString(level), text));
        return node;
    }

    private static ObjectNode question(Question question) {
        ObjectNode node = NODES.objectNode();
        node.put("id", question.id());
        node.put("text", question.text());
        node.put("category", question.category().id());
        if (question.logistics()) {
            node.put("logistics", true);
        }
        strings(node, "competencies", question.competencies());
        strings(node, "criteria", question.criteria());
        strings(node, "followUps", question.followUps());
        optional(node, "strongAnswer", question.strongAnswer());
        strings(node, "pitfalls", question.pitfalls());
        optional(node, "estimatedMinutes", question.estimatedMinutes());
        return node;
    }

    private static ObjectNode pitfall(Pitfall pitfall) {
        ObjectNode node = NODES.objectNode();
        node.put("id", pitfall.id());
        node.put("description", pitfall.description());
        node.put("severity", pitfall.severity().id());
        strings(node, "criteria", pitfall.criteria());
        return node;
    }

    private static void strings(ObjectNode node, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    private static void optional(ObjectNode node, String name, Optional<String> value) {
        value.ifPresent(text -> node.put(name, text));
    }

    private static void optional(ObjectNode node, String name, OptionalInt value) {
        value.ifPresent(number -> node.put(name, number));
    }
}
