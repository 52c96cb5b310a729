package io.github.interviewkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The CASE export of the Backend Architect kit, validated against the official CASE 1.1 CFPackage
 * schema (vendored in {@code case/} with its source and licence) by the networknt validator.
 */
class CasePackageTest {
    private static final Instant CHANGED = Instant.parse("2026-11-28T10:15:30.123Z");
    private static final String BASE = "https://hiring.example.com/ims/case/v1p1";

    @Test
    void write_kit_isAValidCase11Package() {
        String json = CasePackage.write(Fixtures.KIT, BASE, CHANGED);

        assertEquals(List.of(), Schemas.errors(Schemas.CASE, json, InputFormat.JSON));
        // The check can fail: a criterion level without its identifier is not CASE.
        String broken = json.replaceFirst("\"identifier\" : \"[^\"]*\",\n( *)\"uri\" : \"[^\"]*CFRubricCriterionLevels", "\"uri\" : \"x/CFRubricCriterionLevels");
        assertEquals(false, broken.equals(json));
        assertEquals(1, Schemas.errors(Schemas.CASE, broken, InputFormat.JSON).size());
    }

    @Test
    void write_isDeterministicAndDependsOnTheBaseUri() {
        String first = CasePackage.write(Fixtures.KIT, BASE, CHANGED);

        assertEquals(first, CasePackage.write(Fixtures.KIT, BASE + "/", CHANGED));
        assertEquals(false, first.equals(CasePackage.write(Fixtures.KIT, "https://other.example.com/case", CHANGED)));
    }

    @Test
    void write_carriesTheRubric() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CasePackage.write(Fixtures.KIT, BASE, CHANGED));

        assertEquals(Fixtures.KIT.title(), root.path("CFDocument").path("title").asText());
        assertEquals("2026-11-28T10:15:30Z", root.path("CFDocument").path("lastChangeDateTime").asText());
        assertEquals(Fixtures.KIT.competencies().size(), root.path("CFItems").size());
        assertEquals(Fixtures.KIT.competencies().size(), root.path("CFAssociations").size());
        JsonNode criteria = root.path("CFRubrics").path(0).path("CFRubricCriteria");
        assertEquals(Fixtures.KIT.rubric().criteria().size(), criteria.size());
        JsonNode systemDesign = criteria.path(0);
        assertEquals("system-design", systemDesign.path("category").asText());
        assertEquals(3, systemDesign.path("weight").asInt());
        assertEquals(true, systemDesign.path("extensions").path("mustHave").asBoolean());
        assertEquals(3, systemDesign.path("extensions").path("minimumRating").asInt());
        assertEquals(7, systemDesign.path("extensions").path("competencies").size());
        JsonNode level = systemDesign.path("CFRubricCriterionLevels").path(3);
        assertEquals(4, level.path("score").asInt());
        assertEquals("Strong yes", level.path("quality").asText());
        assertEquals(Fixtures.KIT.rubric().criteria().get(0).anchors().get(4), level.path("description").asText());
        // The criterion links to the item of its first competency.
        String linked = systemDesign.path("CFItemURI").path("identifier").asText();
        Set<String> items = new HashSet<>();
        root.path("CFItems").forEach(item -> items.add(item.path("identifier").asText()));
        assertEquals(true, items.contains(linked));
        assertEquals(BASE + "/CFItems/" + linked, systemDesign.path("CFItemURI").path("uri").asText());
    }

    @Test
    void uuid5_matchesTheRfcExample() {
        // RFC 9562, appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
                CasePackage.uuid5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    @Test
    void write_relativeBaseUri_isRejectedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CasePackage.write(Fixtures.KIT, "case/v1p1", CHANGED));
        assertEquals("baseUri: must be absolute, was case/v1p1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CasePackage.write(Fixtures.KIT, "http://a b", CHANGED));
    }
}
