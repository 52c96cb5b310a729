package io.github.interviewkit.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.interviewkit.model.Competency;
import io.github.interviewkit.model.EvaluationCriterion;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.Role;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes the rubric of a role as a 1EdTech CASE 1.1 package ({@code CFPackage}), for learning and
 * competency systems: a {@code CFDocument} for the role, a {@code CFItem} per competency (each
 * {@code isChildOf} the document through a {@code CFAssociation}), and one {@code CFRubric} whose
 * {@code CFRubricCriteria} are the rubric's criteria, each with its weight and position, linked
 * through {@code CFItemURI} to the item of its first competency (every competency of the criterion,
 * its id, must-have flag and minimum rating in the criterion's {@code extensions}), and with a
 * {@code CFRubricCriterionLevel} per level of the scale: its label as {@code quality}, its value as
 * {@code score}, and the criterion's anchor for it (or the scale's meaning) as {@code description}.
 *
 * <p>Everything is derived deterministically, so the same role gives the same bytes: each
 * {@code identifier} is a name-based UUID (version 5, SHA-1) of the base URI and the element's
 * place ({@code <role id>/item/<competency id>}, {@code <role id>/criterion/<criterion id>},
 * {@code …/level/<value>}); each {@code uri} is the base URI, the CASE collection and the
 * identifier ({@code <base>/CFItems/<identifier>}); every {@code lastChangeDateTime} is the
 * instant the caller gives, in whole seconds.
 */
public final class CasePackage {
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String base;
    private final UUID namespace;
    private final String lastChange;

    private CasePackage(String base, Instant lastChange) {
        this.base = base;
        this.namespace = uuid5(URL_NAMESPACE, base);
        this.lastChange = lastChange.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Writes a role's rubric as a CASE 1.1 package.
     *
     * @param role the role
     * @param baseUri the absolute URI under which the package's elements are published, e.g.
     *     {@code https://example.com/ims/case/v1p1}; a trailing slash is dropped
     * @param lastChange the instant every element's {@code lastChangeDateTime} states
     * @return the package as pretty JSON, ending with a line end
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code baseUri} is not an absolute URI
     */
    public static String write(Role role, String baseUri, Instant lastChange) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(lastChange, "lastChange");
        URI uri;
        try {
            uri = URI.create(baseUri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUri: not a URI: " + baseUri, e);
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("baseUri: must be absolute, was " + baseUri);
        }
        String base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        return new CasePackage(base, lastChange).render(role);
    }

    private String render(Role role) {
        ObjectNode root = NODES.objectNode();
        UUID documentId = id(role.id() + "/document");
        ObjectNode document = root.putObject("CFDocument");
        document.put("identifier", documentId.toString());
        document.put("uri", uri("CFDocuments", documentId));
        document.put("creator", role.source().title());
        document.put("title", role.title());
        document.put("lastChangeDateTime", lastChange);
        document.put("description", role.summary());
        document.put("language", role.language());
        document.put("version", role.contentVersion());
        document.put("caseVersion", "1.1");
        role.source().reference().ifPresent(reference -> document.put("officialSourceURL", reference));
        ObjectNode documentLink = link(role.title(), documentId, uri("CFDocuments", documentId));

        ArrayNode items = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        for (Competency competency : role.competencies()) {
            UUID itemId = itemId(role, competency.id());
            ObjectNode item = items.addObject();
            item.put("identifier", itemId.toString());
            item.put("fullStatement", competency.description().orElse(competency.name()));
            item.put("abbreviatedStatement", competency.name());
            item.put("humanCodingScheme", competency.id());
            item.put("CFItemType", competency.kind().id());
            item.put("uri", uri("CFItems", itemId));
            item.put("language", role.language());
            item.put("lastChangeDateTime", lastChange);
            UUID associationId = id(role.id() + "/association/" + competency.id());
            ObjectNode association = associations.addObject();
            association.put("identifier", associationId.toString());
            association.put("associationType", "isChildOf");
            association.put("uri", uri("CFAssociations", associationId));
            association.set("originNodeURI", link(competency.name(), itemId, uri("CFItems", itemId)));
            association.set("destinationNodeURI", documentLink.deepCopy());
            association.put("lastChangeDateTime", lastChange);
        }

        UUID rubricId = id(role.id() + "/rubric");
        ObjectNode rubric = root.putArray("CFRubrics").addObject();
        rubric.put("identifier", rubricId.toString());
        rubric.put("uri", uri("CFRubrics", rubricId));
        rubric.put("title", role.title() + " rubric");
        rubric.put("lastChangeDateTime", lastChange);
        ArrayNode criteria = rubric.putArray("CFRubricCriteria");
        int position = 0;
        for (EvaluationCriterion criterion : role.rubric().criteria()) {
            position++;
            String place = role.id() + "/criterion/" + criterion.id();
            UUID criterionId = id(place);
            ObjectNode node = criteria.addObject();
            node.put("identifier", criterionId.toString());
            node.put("uri", uri("CFRubricCriteria", criterionId));
            node.put("category", criterion.id());
            node.put("description", criterion.description());
            if (!criterion.competencies().isEmpty()) {
                String first = criterion.competencies().get(0);
                UUID itemId = itemId(role, first);
                node.set("CFItemURI", link(role.competency(first).map(Competency::name).orElse(first), itemId, uri("CFItems", itemId)));
            }
            node.put("weight", criterion.weight());
            node.put("position", position);
            node.put("rubricId", rubricId.toString());
            node.put("lastChangeDateTime", lastChange);
            ArrayNode levels = node.putArray("CFRubricCriterionLevels");
            int levelPosition = 0;
            for (RatingLevel level : role.rubric().scale().levels()) {
                levelPosition++;
                UUID levelId = id(place + "/level/" + level.value());
                ObjectNode levelNode = levels.addObject();
                levelNode.put("identifier", levelId.toString());
                levelNode.put("uri", uri("CFRubricCriterionLevels", levelId));
                levelNode.put("description", criterion.anchors().getOrDefault(level.value(), level.meaning()));
                levelNode.put("quality", level.label());
                levelNode.put("score", level.value());
                levelNode.put("position", levelPosition);
                levelNode.put("rubricCriterionId", criterionId.toString());
                levelNode.put("lastChangeDateTime", lastChange);
            }
            ObjectNode extensions = node.putObject("extensions");
            extensions.put("interviewkitCriterionId", criterion.id());
            extensions.put("mustHave", criterion.mustHave());
            criterion.minimumRating().ifPresent(minimum -> extensions.put("minimumRating", minimum));
            ArrayNode competencies = extensions.putArray("competencies");
            for (String competency : criterion.competencies()) {
                UUID itemId = itemId(role, competency);
                competencies.add(link(role.competency(competency).map(Competency::name).orElse(competency), itemId, uri("CFItems", itemId)));
            }
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always writes", e);
        }
    }

    private UUID itemId(Role role, String competencyId) {
        return id(role.id() + "/item/" + competencyId);
    }

    private UUID id(String place) {
        return uuid5(namespace, place);
    }

    private String uri(String collection, UUID id) {
        return base + "/" + collection + "/" + id;
    }

    private static ObjectNode link(String title, UUID id, String uri) {
        ObjectNode link = NODES.objectNode();
        link.put("title", title);
        link.put("identifier", id.toString());
        link.put("uri", uri);
        return link;
    }

    /** A name-based UUID, version 5 (RFC 9562): SHA-1 of the namespace and the name. */
    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
