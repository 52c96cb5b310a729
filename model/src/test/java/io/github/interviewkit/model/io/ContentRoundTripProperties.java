package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.RoleGenerators;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SalaryBand;
import io.github.interviewkit.model.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Properties of reading and writing content over generated valid roles: round trips in both formats,
 * stable output, and a report with the right path for any single corruption of a valid document.
 */
class ContentRoundTripProperties {
    private static final int EXAMPLES = 200;
    private static final RoleReader READER = RoleReader.standard();
    private static final RoleWriter WRITER = RoleWriter.standard();
    private static final ObjectMapper TREES = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /*
     * The writer writes decimals plainly, so a decimal with a negative scale (1E+5: unscaled 1, scale
     * -5) comes back with scale 0 (100000), which BigDecimal.equals, and so Role.equals, tells apart.
     * Every other role comes back equal.
     */
    @Test
    void writeThenRead_givesAnEqualRole_inJson() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles())
                .checkAssert(role -> assertEquals(withPlainDecimals(role),
                        READER.read(WRITER.write(role, ContentFormat.JSON), ContentFormat.JSON)));
    }

    @Test
    void writeThenRead_givesAnEqualRole_inYaml() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles())
                .checkAssert(role -> assertEquals(withPlainDecimals(role),
                        READER.read(WRITER.write(role, ContentFormat.YAML), ContentFormat.YAML)));
    }

    @Test
    void writing_isStable() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles()).checkAssert(role -> {
            for (ContentFormat format : ContentFormat.values()) {
                String written = WRITER.write(role, format);

                assertEquals(written, WRITER.write(Role.builder().from(role).build(), format));
                assertEquals(written, WRITER.write(READER.read(written, format), format));
            }
        });
    }

    @Test
    void writing_doesNotDependOnTheFormatTheRoleWasReadFrom() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles()).checkAssert(role -> {
            String json = WRITER.write(role, ContentFormat.JSON);
            String yaml = WRITER.write(role, ContentFormat.YAML);

            assertEquals(yaml, WRITER.write(READER.read(json, ContentFormat.JSON), ContentFormat.YAML));
            assertEquals(json, WRITER.write(READER.read(yaml, ContentFormat.YAML), ContentFormat.JSON));
        });
    }

    @Test
    void anySingleCorruption_isReportedWithItsPath() {
        qt().withExamples(EXAMPLES).forAll(corruptedDocuments()).checkAssert(corrupted -> {
            for (ContentFormat format : ContentFormat.values()) {
                String text = DocumentText.write(corrupted.tree(), format == ContentFormat.YAML);

                ContentException e = assertThrows(ContentException.class, () -> READER.read(text, format),
                        () -> corrupted + " was not reported in\n" + text);

                List<Violation> violations = e.violations();
                assertEquals(1, violations.size(), () -> corrupted + " gave " + violations + " in\n" + text);
                Violation violation = violations.get(0);
                assertEquals(corrupted.path(), violation.path(), () -> corrupted + " gave " + violation);
                assertTrue(violation.message().startsWith(corrupted.message()), () -> corrupted + " gave " + violation);
                assertTrue(violation.line().isPresent(), () -> corrupted + " has no line: " + violation);
            }
        });
    }

    @Test
    void anyChangeToAnyValue_givesAValidRoleOrAContentException() {
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles(), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((role, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    ObjectNode tree = tree(WRITER.write(role, ContentFormat.JSON));
                    List<JsonNode> containers = new ArrayList<>();
                    collectContainers(tree, containers);
                    JsonNode container = containers.get(random.nextInt(containers.size()));
                    JsonNode replacement = List.<JsonNode>of(TREES.nullNode(), TREES.getNodeFactory().textNode("x"),
                            TREES.getNodeFactory().numberNode(-1), TREES.getNodeFactory().numberNode(new BigDecimal("0.5")),
                            TREES.getNodeFactory().booleanNode(true), TREES.createObjectNode(), TREES.createArrayNode(),
                            TREES.getNodeFactory().textNode("")).get(random.nextInt(8));
                    boolean remove = random.nextInt(4) == 0;
                    if (container instanceof ObjectNode object && object.size() > 0) {
                        List<String> names = new ArrayList<>();
                        object.fieldNames().forEachRemaining(names::add);
                        String name = names.get(random.nextInt(names.size()));
                        if (remove) {
                            object.remove(name);
                        } else {
                            object.set(name, replacement);
                        }
                    } else if (container instanceof ArrayNode array && array.size() > 0) {
                        int index = random.nextInt(array.size());
                        if (remove) {
                            array.remove(index);
                        } else {
                            array.set(index, replacement);
                        }
                    }
                    for (ContentFormat format : ContentFormat.values()) {
                        String text = DocumentText.write(tree, format == ContentFormat.YAML);
                        try {
                            READER.read(text, format);
                        } catch (ContentException e) {
                            // Anything else escaping fails the property; a report must point into the text.
                            e.violations().forEach(violation -> assertTrue(violation.line().isPresent(),
                                    () -> violation + " has no line in\n" + text));
                        }
                    }
                });
    }

    @Test
    void unknownFields_areEachReportedByDefaultAndIgnoredByALenientReader() {
        RoleReader lenient = RoleReader.builder().ignoreUnknownFields().build();
        qt().withExamples(EXAMPLES).forAll(RoleGenerators.roles(), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((role, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    ObjectNode tree = tree(WRITER.write(role, ContentFormat.JSON));
                    List<String> objectPaths = new ArrayList<>();
                    List<ObjectNode> objects = new ArrayList<>();
                    collectObjects(tree, "", objectPaths, objects);
                    java.util.Set<String> expected = new java.util.TreeSet<>();
                    int added = 1 + random.nextInt(3);
                    for (int i = 0; i < added; i++) {
                        int o = random.nextInt(objects.size());
                        String name = "unknown" + i;
                        objects.get(o).put(name, "x");
                        expected.add(objectPaths.get(o).isEmpty() ? name : objectPaths.get(o) + "." + name);
                    }
                    for (ContentFormat format : ContentFormat.values()) {
                        String text = DocumentText.write(tree, format == ContentFormat.YAML);

                        assertEquals(withPlainDecimals(role), lenient.read(text, format));
                        ContentException e = assertThrows(ContentException.class, () -> READER.read(text, format));
                        assertEquals(expected, new java.util.TreeSet<>(e.violations().stream().map(Violation::path).toList()));
                        e.violations().forEach(v -> assertTrue(v.message().startsWith("is not a known field here"), v.toString()));
                    }
                });
    }

    /** Every object of a document tree except anchors (whose keys are levels, not fields), with its content path. */
    private static void collectObjects(JsonNode node, String path, List<String> paths, List<ObjectNode> out) {
        if (node instanceof ObjectNode object) {
            if (!path.endsWith("anchors")) {
                paths.add(path);
                out.add(object);
            }
            object.properties().forEach(field -> collectObjects(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths, out));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collectObjects(array.get(i), path + "[" + i + "]", paths, out);
            }
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.elements().forEachRemaining(child -> collectContainers(child, out));
        }
    }

    /** A valid document with one change, and the path and message the change must be reported with. */
    record Corrupted(String change, ObjectNode tree, String path, String message) {
        @Override
        public String toString() {
            return change + " (expected " + path + ": " + message + ")";
        }
    }

    private record Corruption(String change, String path, String message, Consumer<ObjectNode> apply) {}

    private static Gen<Corrupted> corruptedDocuments() {
        return in -> {
            Role role = RoleGenerators.roles().generate(in);
            List<Corruption> candidates = corruptions(role, in);
            Corruption corruption = candidates.get(Generate.range(0, candidates.size() - 1).generate(in));
            ObjectNode tree = tree(WRITER.write(role, ContentFormat.JSON));
            corruption.apply().accept(tree);
            return new Corrupted(corruption.change(), tree, corruption.path(), corruption.message());
        };
    }

    /** Every corruption that applies to the role, each changing one thing that has exactly one report. */
    private static List<Corruption> corruptions(Role role, RandomnessSource in) {
        List<Corruption> all = new ArrayList<>();
        for (String field : List.of("id", "title", "summary", "contentVersion", "language", "source", "experience")) {
            all.add(new Corruption("remove " + field, field, "is required", root -> root.remove(field)));
        }
        all.add(new Corruption("title as an object", "title", "must be text",
                root -> root.putObject("title").put("text", "x")));
        all.add(new Corruption("responsibilities as text", "responsibilities", "must be a list",
                root -> root.put("responsibilities", "lead")));
        all.add(new Corruption("source as text", "source", "must be an object",
                root -> root.put("source", "a book")));
        all.add(new Corruption("unknown top-level field", "colour", "is not a known field here",
                root -> root.put("colour", "blue")));
        all.add(new Corruption("unknown market demand", "marketDemand", "must be one of low, moderate, high",
                root -> root.put("marketDemand", "huge")));
        all.add(new Corruption("invalid language", "language", "must be an IETF BCP 47 language tag",
                root -> root.put("language", "en_US")));
        all.add(new Corruption("invalid content version", "contentVersion", "must be a version such as 1.0.0",
                root -> root.put("contentVersion", "v1")));
        all.add(new Corruption("invalid role id", "id", "must be a slug",
                root -> root.put("id", "Backend Architect")));
        all.add(new Corruption("remove experience.field", "experience.field", "is required",
                root -> ((ObjectNode) root.get("experience")).remove("field")));
        all.add(new Corruption("remove experience.minimumYears", "experience.minimumYears", "is required",
                root -> ((ObjectNode) root.get("experience")).remove("minimumYears")));
        if (role.experience().minimumRoleYears().isPresent()) {
            all.add(new Corruption("negative minimumRoleYears", "experience.minimumRoleYears",
                    "must be greater than or equal to 0",
                    root -> ((ObjectNode) root.get("experience")).put("minimumRoleYears", -1)));
        }
        role.salaryBand().ifPresent(band -> {
            all.add(new Corruption("negative salary minimum", "salaryBand.minimum", "must be greater than 0",
                    root -> ((ObjectNode) root.get("salaryBand")).put("minimum", band.minimum().negate())));
            all.add(new Corruption("salary minimum as text", "salaryBand.minimum", "must be a number",
                    root -> ((ObjectNode) root.get("salaryBand")).put("minimum", "lots")));
            all.add(new Corruption("unknown currency", "salaryBand.currency", "must be an ISO 4217 currency code",
                    root -> ((ObjectNode) root.get("salaryBand")).put("currency", "DOLLARS")));
            all.add(new Corruption("inverted salary band", "salaryBand.minimum", "must not exceed the maximum",
                    root -> ((ObjectNode) root.get("salaryBand"))
                            .put("minimum", band.maximum().add(BigDecimal.ONE))));
        });

        int levels = role.rubric().scale().levels().size();
        int level = pick(in, levels);
        all.add(new Corruption("remove a level's label", "rubric.scale.levels[" + level + "].label", "is required",
                root -> ((ObjectNode) root.at("/rubric/scale/levels/" + level)).remove("label")));

        int criteria = role.rubric().criteria().size();
        if (criteria > 0) {
            int c = pick(in, criteria);
            String at = "rubric.criteria[" + c + "]";
            String pointer = "/rubric/criteria/" + c;
            int anchored = role.rubric().scale().levels().get(level).value();
            all.add(new Corruption("remove an anchor", at + ".anchors", "has no anchor for level " + anchored,
                    root -> ((ObjectNode) root.at(pointer + "/anchors")).remove(Integer.toString(anchored))));
            all.add(new Corruption("negative weight", at + ".weight", "must be greater than 0",
                    root -> ((ObjectNode) root.at(pointer)).put("weight", new BigDecimal("-1.5"))));
            if (!role.rubric().criteria().get(c).mustHave()) {
                // A must-have's unreadable flag reads as false, which also makes its minimum a problem.
                all.add(new Corruption("mustHave as a number", at + ".mustHave", "must be true or false",
                        root -> ((ObjectNode) root.at(pointer)).put("mustHave", 1)));
            }
            all.add(new Corruption("remove a criterion's description", at + ".description", "is required",
                    root -> ((ObjectNode) root.at(pointer)).remove("description")));
            all.add(new Corruption("criterion naming an unknown competency", at + ".competencies["
                    + role.rubric().criteria().get(c).competencies().size() + "]", "names no competency of this role",
                    root -> array((ObjectNode) root.at(pointer), "competencies").add("no-such-competency-0")));
            all.add(new Corruption("anchors as a list", at + ".anchors", "must be an object keyed by level number",
                    root -> ((ObjectNode) root.at(pointer)).putArray("anchors").add("x")));
        }

        int questions = role.questions().size();
        if (questions > 0) {
            int q = pick(in, questions);
            String at = "questions[" + q + "]";
            String pointer = "/questions/" + q;
            var question = role.questions().get(q);
            all.add(new Corruption("remove a question's text", at + ".text", "is required",
                    root -> ((ObjectNode) root.at(pointer)).remove("text")));
            all.add(new Corruption("negative estimatedMinutes", at + ".estimatedMinutes", "must be greater than 0",
                    root -> ((ObjectNode) root.at(pointer)).put("estimatedMinutes", -10)));
            all.add(new Corruption("estimatedMinutes as text", at + ".estimatedMinutes", "must be a whole number",
                    root -> ((ObjectNode) root.at(pointer)).put("estimatedMinutes", "ten")));
            all.add(new Corruption("invalid question id", at + ".id", "must be a slug",
                    root -> ((ObjectNode) root.at(pointer)).put("id", "Question One")));
            all.add(new Corruption("unknown field in a question", at + ".colour", "is not a known field here",
                    root -> ((ObjectNode) root.at(pointer)).put("colour", "blue")));
            all.add(new Corruption("question naming an unknown competency",
                    at + ".competencies[" + question.competencies().size() + "]", "names no competency of this role",
                    root -> array((ObjectNode) root.at(pointer), "competencies").add("no-such-competency-0")));
            all.add(new Corruption("question naming an unknown pitfall",
                    at + ".pitfalls[" + question.pitfalls().size() + "]", "names no pitfall of this role",
                    root -> array((ObjectNode) root.at(pointer), "pitfalls").add("no-such-pitfall-0")));
            if (!question.logistics()) {
                all.add(new Corruption("question naming an unknown criterion",
                        at + ".criteria[" + question.criteria().size() + "]",
                        "names no evaluation criterion of this role",
                        root -> array((ObjectNode) root.at(pointer), "criteria").add("no-such-criterion-0")));
            }
            if (!question.competencies().isEmpty()) {
                int r = pick(in, question.competencies().size());
                all.add(new Corruption("question reference replaced by an unknown id", at + ".competencies[" + r + "]",
                        "names no competency of this role",
                        root -> ((ArrayNode) root.at(pointer + "/competencies")).set(r, "no-such-competency-1")));
            }
            if (!question.criteria().isEmpty()) {
                all.add(new Corruption("logistics question with criteria", at + ".criteria",
                        "a logistics question is not rated",
                        root -> ((ObjectNode) root.at(pointer)).put("logistics", true)));
            }
        }

        int competencies = role.competencies().size();
        if (competencies > 0) {
            int c = pick(in, competencies);
            String at = "competencies[" + c + "]";
            String pointer = "/competencies/" + c;
            all.add(new Corruption("remove a competency's name", at + ".name", "is required",
                    root -> ((ObjectNode) root.at(pointer)).remove("name")));
            all.add(new Corruption("remove a competency's kind", at + ".kind", "is required",
                    root -> ((ObjectNode) root.at(pointer)).remove("kind")));
            all.add(new Corruption("invalid competency kind", at + ".kind", "must be a slug",
                    root -> ((ObjectNode) root.at(pointer)).put("kind", "Hard Skill")));
        }

        int pitfalls = role.pitfalls().size();
        if (pitfalls > 0) {
            int p = pick(in, pitfalls);
            String at = "pitfalls[" + p + "]";
            String pointer = "/pitfalls/" + p;
            all.add(new Corruption("unknown severity", at + ".severity", "must be one of minor, major, critical",
                    root -> ((ObjectNode) root.at(pointer)).put("severity", "fatal")));
            all.add(new Corruption("pitfall naming an unknown criterion",
                    at + ".criteria[" + role.pitfalls().get(p).criteria().size() + "]",
                    "names no evaluation criterion of this role",
                    root -> array((ObjectNode) root.at(pointer), "criteria").add("no-such-criterion-0")));
        }
        return all;
    }

    /** The role as it reads back: decimals with a negative scale get scale 0, their plain form. */
    private static Role withPlainDecimals(Role role) {
        return Role.builder().from(role)
                .salaryBand(role.salaryBand().map(band -> SalaryBand.builder().from(band)
                        .minimum(plain(band.minimum())).maximum(plain(band.maximum())).build()))
                .rubric(Rubric.builder().from(role.rubric()).criteria(role.rubric().criteria().stream()
                        .map(c -> EvaluationCriterion.builder().from(c).weight(plain(c.weight())).build())
                        .toList()).build())
                .build();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static ArrayNode array(ObjectNode node, String name) {
        return node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
    }

    private static int pick(RandomnessSource in, int size) {
        return Generate.range(0, size - 1).generate(in);
    }

    private static ObjectNode tree(String json) {
        try {
            JsonNode node = TREES.readTree(json);
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
