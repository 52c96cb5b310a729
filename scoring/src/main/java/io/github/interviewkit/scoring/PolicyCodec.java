package io.github.interviewkit.scoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.interviewkit.model.QuestionCategory;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.internal.ModelValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes {@link ScoringPolicy} documents through Jackson's tree model: no reflection on
 * the policy types, every problem collected with its path, and bounded reading of untrusted text.
 */
final class PolicyCodec {
    /** The largest document read, in characters. */
    static final int MAX_DOCUMENT_CHARS = 1_000_000;
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 10_000;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_YAML_ALIASES = 10;

    private static final Set<String> FIELDS = Set.of("aggregation", "criterionAggregation", "weights", "rubricGates",
            "minimumRatings", "criticalPitfallAction", "majorPitfallAction", "minorPitfallAction", "pitfallCap",
            "strongHireThreshold", "hireThreshold", "noHireThreshold", "disagreementSpread", "minimumPanelSize",
            "hurdles");
    private static final Set<String> HURDLE_FIELDS = Set.of("stage", "cutOff");

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = configure(JsonMapper.builder(
            com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build()));
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .loaderOptions(loaderOptions())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build()));

    private PolicyCodec() {}

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_DOCUMENT_CHARS);
        return options;
    }

    private static ObjectMapper configure(com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> builder) {
        return builder.nodeFactory(NODES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    static ScoringPolicy read(Path file) {
        String name = String.valueOf(file);
        if (file == null) {
            throw failure("scoring policy", Violation.of("", null, "the file is required"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        if (!yaml && !lower.endsWith(".json")) {
            throw failure(name, Violation.of("", name, "must end with .json, .yaml or .yml to tell its format"));
        }
        try {
            if (Files.size(file) > 4L * MAX_DOCUMENT_CHARS) {
                throw failure(name, Violation.of("", Files.size(file) + " bytes",
                        "is larger than the limit of " + MAX_DOCUMENT_CHARS + " characters"));
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), yaml, name);
        } catch (IOException | UncheckedIOException e) {
            throw new ScoringInputException(name, List.of(Violation.of("", name, "cannot be read: " + e.getMessage())), e);
        }
    }

    static ScoringPolicy read(String text, boolean yaml, String source) {
        if (text == null) {
            throw failure(source, Violation.of("", null, "the document is required"));
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw failure(source, Violation.of("", text.length() + " characters",
                    "is larger than the limit of " + MAX_DOCUMENT_CHARS + " characters"));
        }
        JsonNode root;
        try {
            root = (yaml ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            Violation violation = Violation.of("", null, "is not well-formed " + (yaml ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage());
            JsonLocation at = e.getLocation();
            if (at != null && at.getLineNr() > 0 && at.getColumnNr() > 0) {
                violation = violation.at(at.getLineNr(), at.getColumnNr());
            }
            throw new ScoringInputException(source, List.of(violation), e);
        } catch (RuntimeException e) {
            // The YAML parser reports its own limits (aliases, code points) as unchecked exceptions.
            throw new ScoringInputException(source, List.of(Violation.of("", null,
                    "cannot be read: " + e.getMessage())), e);
        }
        List<Violation> out = new ArrayList<>();
        ScoringPolicy policy = ModelValidation.deferringChecks(() -> build(root, out));
        if (policy != null) {
            PolicyRules.policy(policy, out);
        }
        if (!out.isEmpty()) {
            throw new ScoringInputException(source, ModelValidation.sorted(out));
        }
        // Validates once more outside the deferral, so that a policy never escapes unchecked.
        return ScoringPolicy.builder().from(policy).build();
    }

    private static ScoringPolicy build(JsonNode root, List<Violation> out) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = NODES.objectNode();
        }
        if (!root.isObject()) {
            out.add(Violation.of("", kind(root), "must be an object of policy fields"));
            return null;
        }
        ScoringPolicy.Builder builder = ScoringPolicy.builder();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            JsonNode node = field.getValue();
            switch (name) {
                case "aggregation" -> enumValue(node, name, Aggregation::fromId, "mean, median or trimmed-mean", out)
                        .ifPresent(builder::aggregation);
                case "criterionAggregation" -> forEachField(node, name, out, (id, value) -> enumValue(value,
                        name + "[" + id + "]", Aggregation::fromId, "mean, median or trimmed-mean", out)
                        .ifPresent(aggregation -> builder.putCriterionAggregation(id, aggregation)));
                case "weights" -> forEachField(node, name, out, (id, value) -> decimal(value, name + "[" + id + "]", out)
                        .ifPresent(weight -> builder.putWeights(id, weight)));
                case "rubricGates" -> {
                    if (node.isBoolean()) {
                        builder.rubricGates(node.booleanValue());
                    } else {
                        out.add(Violation.of(name, kind(node), "must be true or false"));
                    }
                }
                case "minimumRatings" -> forEachField(node, name, out, (id, value) -> integer(value,
                        name + "[" + id + "]", out).ifPresent(minimum -> builder.putMinimumRatings(id, minimum)));
                case "criticalPitfallAction" -> action(node, name, out).ifPresent(builder::criticalPitfallAction);
                case "majorPitfallAction" -> action(node, name, out).ifPresent(builder::majorPitfallAction);
                case "minorPitfallAction" -> action(node, name, out).ifPresent(builder::minorPitfallAction);
                case "pitfallCap" -> enumValue(node, name, Recommendation::fromId,
                        "strong-hire, hire, no-hire or strong-no-hire", out).ifPresent(builder::pitfallCap);
                case "strongHireThreshold" -> decimal(node, name, out).ifPresent(builder::strongHireThreshold);
                case "hireThreshold" -> decimal(node, name, out).ifPresent(builder::hireThreshold);
                case "noHireThreshold" -> decimal(node, name, out).ifPresent(builder::noHireThreshold);
                case "disagreementSpread" -> integer(node, name, out).ifPresent(builder::disagreementSpread);
                case "minimumPanelSize" -> integer(node, name, out).ifPresent(builder::minimumPanelSize);
                case "hurdles" -> hurdles(node, out, builder);
                default -> out.add(Violation.of(name, kind(node), "is not a field of a scoring policy; known fields: "
                        + FIELDS.stream().sorted().toList()));
            }
        }
        return builder.build();
    }

    private static void hurdles(JsonNode node, List<Violation> out, ScoringPolicy.Builder builder) {
        if (!node.isArray()) {
            out.add(Violation.of("hurdles", kind(node), "must be a list of {stage, cutOff}"));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "hurdles[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                out.add(Violation.of(at, kind(item), "must be an object {stage, cutOff}"));
                continue;
            }
            Hurdle.Builder hurdle = Hurdle.builder();
            for (Map.Entry<String, JsonNode> field : item.properties()) {
                String fieldAt = at + "." + field.getKey();
                JsonNode value = field.getValue();
                switch (field.getKey()) {
                    case "stage" -> {
                        if (value.isTextual()) {
                            try {
                                hurdle.stage(QuestionCategory.of(value.textValue()));
                            } catch (io.github.interviewkit.model.ContentException e) {
                                e.violations().forEach(v -> out.add(v.under(fieldAt)));
                            }
                        } else {
                            out.add(Violation.of(fieldAt, kind(value), "must be a stage id such as technical"));
                        }
                    }
                    case "cutOff" -> decimal(value, fieldAt, out).ifPresent(hurdle::cutOff);
                    default -> out.add(Violation.of(fieldAt, kind(value), "is not a field of a hurdle; known fields: "
                            + HURDLE_FIELDS.stream().sorted().toList()));
                }
            }
            Hurdle built = hurdle.build();
            PolicyRules.hurdle(built, at, out);
            builder.addHurdles(built);
        }
    }

    private interface FieldConsumer {
        void accept(String name, JsonNode value);
    }

    private static void forEachField(JsonNode node, String path, List<Violation> out, FieldConsumer consumer) {
        if (!node.isObject()) {
            out.add(Violation.of(path, kind(node), "must be an object keyed by criterion id"));
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            consumer.accept(field.getKey(), field.getValue());
        }
    }

    private static Optional<PitfallAction> action(JsonNode node, String path, List<Violation> out) {
        return enumValue(node, path, PitfallAction::fromId, "veto, cap or note", out);
    }

    private static <E> Optional<E> enumValue(JsonNode node, String path, Function<String, Optional<E>> byId,
                                             String allowed, List<Violation> out) {
        Optional<E> value = node.isTextual() ? byId.apply(node.textValue()) : Optional.empty();
        if (value.isEmpty()) {
            out.add(Violation.of(path, node.isTextual() ? node.textValue() : kind(node), "must be one of " + allowed));
        }
        return value;
    }

    private static Optional<BigDecimal> decimal(JsonNode node, String path, List<Violation> out) {
        if (!node.isNumber()) {
            out.add(Violation.of(path, kind(node), "must be a number"));
            return Optional.empty();
        }
        BigDecimal value = node.decimalValue();
        if (value.scale() > 9 || value.precision() - value.scale() > 9) {
            out.add(Violation.of(path, node.asText(), "must have at most 9 digits before and 9 after the decimal point"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<Integer> integer(JsonNode node, String path, List<Violation> out) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            out.add(Violation.of(path, kind(node), "must be a whole number"));
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.asText();
    }

    private static ScoringInputException failure(String source, Violation violation) {
        return new ScoringInputException(source, List.of(violation));
    }

    static String write(ScoringPolicy policy, boolean yaml) {
        ObjectNode root = NODES.objectNode();
        root.put("aggregation", policy.aggregation().id());
        root.set("criterionAggregation", map(policy.criterionAggregation(), (node, entry) ->
                node.put(entry.getKey(), entry.getValue().id())));
        root.set("weights", map(policy.weights(), (node, entry) -> node.put(entry.getKey(), entry.getValue())));
        root.put("rubricGates", policy.rubricGates());
        root.set("minimumRatings", map(policy.minimumRatings(), (node, entry) ->
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
        return Json.write(yaml ? YAML : JSON, root);
    }

    private static <V> ObjectNode map(Map<String, V> map, java.util.function.BiConsumer<ObjectNode, Map.Entry<String, V>> put) {
        ObjectNode node = NODES.objectNode();
        // Sorted by id so that the document does not depend on the order the map was built in.
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> put.accept(node, entry));
        return node;
    }

    static ObjectMapper jsonMapper() {
        return JSON;
    }

    static JsonNodeFactory nodes() {
        return NODES;
    }
}
