package io.github.interviewkit.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.internal.ContentText;
import io.github.interviewkit.model.internal.Document;
import io.github.interviewkit.model.internal.DocumentParser;
import io.github.interviewkit.model.internal.Fields;
import io.github.interviewkit.model.internal.ModelValidation;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.ContentLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads and writes {@link ScoringPolicy} documents with the model's document tools: Jackson's
 * tree model (no reflection on the policy types), the same limits as content
 * ({@link ContentLimits#defaults()}: size, nesting depth, string length, list size, no YAML
 * aliases), and every problem reported with its path and its line and column.
 */
final class PolicyCodec {
    // Exact decimals: 0.80 is written as 0.80 and reads back equal (BigDecimal equality counts the scale).
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final DocumentParser JSON = DocumentParser.of(ContentFormat.JSON, ContentLimits.defaults());
    private static final DocumentParser YAML = DocumentParser.of(ContentFormat.YAML, ContentLimits.defaults());

    private PolicyCodec() {}

    static JsonNodeFactory nodes() {
        return NODES;
    }

    static ScoringPolicy read(Path file) {
        if (file == null) {
            throw new ScoringInputException("scoring policy", List.of(Violation.of("", null, "the file is required")));
        }
        ContentFormat format;
        try {
            format = ContentFormat.forPath(file);
        } catch (IllegalArgumentException e) {
            throw new ScoringInputException(String.valueOf(file), List.of(Violation.of("", file.toString(), e.getMessage())));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ContentLimits.defaults().maxDocumentBytes()) {
                throw new ScoringInputException(file.toString(), List.of(Violation.of("", size + " bytes",
                        "is larger than the limit of " + ContentLimits.defaults().maxDocumentBytes() + " bytes")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScoringInputException(file.toString(), List.of(Violation.of("", file.toString(),
                    "cannot be read: " + e)), e);
        }
        return read(bytes, format, file.toString());
    }

    static ScoringPolicy read(String text, ContentFormat format) {
        List<Violation> missing = new ArrayList<>();
        if (text == null) {
            missing.add(Violation.of("text", null, "is required"));
        }
        if (format == null) {
            missing.add(Violation.of("format", null, "is required"));
        }
        if (!missing.isEmpty()) {
            throw new ScoringInputException("scoring policy", ModelValidation.sorted(missing));
        }
        return read(text.getBytes(StandardCharsets.UTF_8), format, format + " scoring policy");
    }

    private static ScoringPolicy read(byte[] bytes, ContentFormat format, String source) {
        Document document = (format == ContentFormat.YAML ? YAML : JSON).parse(bytes);
        JsonNode root = document.root();
        Fields fields = Fields.of(document, root, "");
        ScoringPolicy policy = fields == null ? null
                : ModelValidation.deferringChecks(() -> fields.read(f -> policy(f, root)));
        if (policy != null) {
            List<Violation> rules = new ArrayList<>();
            PolicyRules.policy(policy, rules);
            rules.forEach(document::addValidation);
        }
        if (document.hasViolations()) {
            throw new ScoringInputException(source, document.violations());
        }
        if (policy == null) {
            throw new ScoringInputException(source, List.of(Violation.of("", null,
                    "must be an object of policy fields; {} is the default policy")));
        }
        // Built again outside the deferral, so that no policy escapes its own check.
        return ScoringPolicy.builder().from(policy).build();
    }

    private static ScoringPolicy policy(Fields fields, JsonNode root) {
        ScoringPolicy.Builder builder = ScoringPolicy.builder();
        set(fields.constant("aggregation", Aggregation.values(), Aggregation::id), builder::aggregation);
        Document document = fields.document();
        byId(fields, root, "criterionAggregation", (id, value, at) -> {
            Aggregation aggregation = value.isTextual() ? Aggregation.fromId(value.textValue()).orElse(null) : null;
            if (aggregation == null) {
                document.report(at, describe(value), "must be one of mean, median, trimmed-mean");
            } else {
                builder.putCriterionAggregation(id, aggregation);
            }
        });
        byId(fields, root, "weights", (id, value, at) -> {
            if (value.isNumber()) {
                builder.putWeights(id, value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue())
                        : value.decimalValue());
            } else {
                document.report(at, describe(value), "must be a number");
            }
        });
        if (fields.has("rubricGates")) {
            builder.rubricGates(fields.bool("rubricGates", true));
        }
        byId(fields, root, "minimumRatings", (id, value, at) -> {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                builder.putMinimumRatings(id, value.intValue());
            } else {
                document.report(at, describe(value), "must be a whole number, a level of the scale");
            }
        });
        set(fields.constant("criticalPitfallAction", PitfallAction.values(), PitfallAction::id),
                builder::criticalPitfallAction);
        set(fields.constant("majorPitfallAction", PitfallAction.values(), PitfallAction::id),
                builder::majorPitfallAction);
        set(fields.constant("minorPitfallAction", PitfallAction.values(), PitfallAction::id),
                builder::minorPitfallAction);
        set(fields.constant("pitfallCap", Recommendation.values(), Recommendation::id), builder::pitfallCap);
        set(fields.decimal("strongHireThreshold"), builder::strongHireThreshold);
        set(fields.decimal("hireThreshold"), builder::hireThreshold);
        set(fields.decimal("noHireThreshold"), builder::noHireThreshold);
        fields.optionalInt("disagreementSpread").ifPresent(builder::disagreementSpread);
        fields.optionalInt("minimumPanelSize").ifPresent(builder::minimumPanelSize);
        for (Hurdle hurdle : fields.objects("hurdles", PolicyCodec::hurdle)) {
            if (hurdle != null) {
                builder.addHurdles(hurdle);
            }
        }
        return builder.build();
    }

    private static Hurdle hurdle(Fields fields) {
        Hurdle.Builder builder = Hurdle.builder();
        set(fields.id("stage", QuestionCategory::of, "a stage id, a slug such as technical"), builder::stage);
        set(fields.decimal("cutOff"), builder::cutOff);
        return builder.build();
    }

    private interface Entry {
        void accept(String id, JsonNode value, String path);
    }

    /**
     * Reads an object keyed by criterion id, one entry at a time; paths are {@code name[id]}, as
     * the rules of a built policy name them.
     */
    private static void byId(Fields fields, JsonNode root, String name, Entry entry) {
        if (!fields.has(name)) {
            return;
        }
        JsonNode node = root.get(name);
        if (!node.isObject()) {
            fields.document().report(name, describe(node), "must be an object keyed by criterion id");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> field = entries.next();
            String at = name + "[" + field.getKey() + "]";
            if (field.getValue().isNull()) {
                fields.document().report(at, null, "is required");
            } else {
                entry.accept(field.getKey(), field.getValue(), at);
            }
        }
    }

    private static Object describe(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isObject() ? "an object" : value.isArray() ? "a list" : value.toString();
    }

    private static <T> void set(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    static String write(ScoringPolicy policy, ContentFormat format) {
        if (format == null) {
            throw new ScoringInputException("scoring policy", List.of(Violation.of("format", null, "is required")));
        }
        ObjectNode root = NODES.objectNode();
        root.put("aggregation", policy.aggregation().id());
        root.set("criterionAggregation", sorted(policy.criterionAggregation(), (node, entry) ->
                node.put(entry.getKey(), entry.getValue().id())));
        root.set("weights", sorted(policy.weights(), (node, entry) -> node.put(entry.getKey(), entry.getValue())));
        root.put("rubricGates", policy.rubricGates());
        root.set("minimumRatings", sorted(policy.minimumRatings(), (node, entry) ->
                node.put(entry.getKey(), entry.getValue())));
        root.put("criticalPitfallAction", policy.criticalPitfallAction().id());
        root.put("majorPitfallAction", policy.majorPitfallAction().id());
        root.put("minorPitfallAction", policy.minorPitfallAction().id());
        root.put("pitfallCap", policy.pitfallCap().id());
        root.put("strongHireThreshold", policy.strongHireThreshold());
        root.put("hireThreshold", policy.hireThreshold());
        root.put("noHireThreshold", policy.noHireThreshold());
        root.put("disagreementSpread", policy.disagreementSpread());
        root.put("minimumPanelSize", policy.minimumPanelSize());
        ArrayNode hurdles = root.putArray("hurdles");
        for (Hurdle hurdle : policy.hurdles()) {
            hurdles.addObject().put("stage", hurdle.stage().id()).put("cutOff", hurdle.cutOff());
        }
        return ContentText.write(root, format == ContentFormat.YAML);
    }

    /** Writes a map sorted by id, so that the document does not depend on the order it was built in. */
    private static <V> ObjectNode sorted(Map<String, V> map, BiConsumer<ObjectNode, Map.Entry<String, V>> put) {
        ObjectNode node = NODES.objectNode();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> put.accept(node, entry));
        return node;
    }

    /** Writes a tree the library built itself as JSON. */
    static String json(JsonNode tree) {
        return ContentText.write(tree, false);
    }
}
