package io.github.interviewkit.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.interviewkit.model.Violations;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses untrusted JSON or YAML into a tree, within limits, remembering where each value was.
 * Parsing never throws for bad input: every problem, a syntax error included, becomes a
 * {@link io.github.interviewkit.model.Violation} of the returned {@link Document}. A parser is
 * immutable and safe to share between threads.
 */
final class DocumentParser {
    // Exact decimals: 0.80 stays 0.80 (the default factory no longer strips trailing zeros).
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean yaml;
    private final int maxDocumentBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxListSize;
    private final JsonFactory factory;

    private DocumentParser(boolean yaml, int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxListSize) {
        this.yaml = yaml;
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxListSize = maxListSize;
        // The parser's own constraints are a backstop a little past ours, so that ours, which
        // report a path, are the ones a caller sees.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth + 2)
                .maxStringLength(Math.max(maxStringLength + 1, 1_000))
                .maxDocumentLength(maxDocumentBytes + 1L)
                .build();
        if (yaml) {
            LoaderOptions loader = new LoaderOptions();
            loader.setCodePointLimit(maxDocumentBytes + 1);
            loader.setNestingDepthLimit(maxNestingDepth + 2);
            loader.setMaxAliasesForCollections(0);
            this.factory = YAMLFactory.builder()
                    .loaderOptions(loader)
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .streamReadConstraints(constraints)
                    .build();
        } else {
            this.factory = JsonFactory.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .streamReadConstraints(constraints)
                    .build();
        }
    }

    static DocumentParser of(ContentFormat format, ContentLimits limits) {
        return new DocumentParser(format == ContentFormat.YAML, limits.maxDocumentBytes(), limits.maxNestingDepth(),
                limits.maxStringLength(), limits.maxListSize());
    }

    /**
     * Parses a document.
     *
     * @param bytes the document, UTF-8 encoded; if it is larger than the limit, only the fact is reported
     * @param problems where the problems go
     * @param rejectUnknownFields whether binding reports fields no reader knows
     * @return the document with its problems; its root is a missing node if nothing could be read
     */
    Document parse(byte[] bytes, Violations problems, boolean rejectUnknownFields) {
        Document document = new Document(problems, rejectUnknownFields);
        if (bytes.length > maxDocumentBytes) {
            document.report("", bytes.length + " bytes", "is larger than the limit of " + maxDocumentBytes + " bytes");
            return document;
        }
        Tree tree = new Tree(document);
        JsonNode root;
        try (JsonParser parser = factory.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                root = MissingNode.getInstance();
                document.report("", null, "is empty: a document must hold one object");
            } else {
                root = tree.read(parser, "", 0);
                if (parser.nextToken() != null) {
                    document.report("", null, "has content after the end of the document");
                }
            }
        } catch (JsonProcessingException e) {
            root = MissingNode.getInstance();
            JsonLocation at = e.getLocation();
            String message = "is not valid " + (yaml ? "YAML" : "JSON") + ": " + firstLine(e.getOriginalMessage());
            if (at != null && at.getLineNr() > 0) {
                document.reportAt(tree.currentPath, null, message, at.getLineNr(), Math.max(1, at.getColumnNr()));
            } else {
                document.report(tree.currentPath, null, message);
            }
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports its own limits (aliases, code points) as runtime exceptions.
            root = MissingNode.getInstance();
            document.report(tree.currentPath, null, "cannot be parsed: " + firstLine(e.getMessage()));
        }
        document.root(root);
        return document;
    }

    /** Builds the tree from tokens; one instance per parse. */
    private final class Tree {
        final Document problems;
        String currentPath = "";

        Tree(Document problems) {
            this.problems = problems;
        }

        JsonNode read(JsonParser parser, String path, int depth) throws IOException {
            currentPath = path;
            JsonLocation start = parser.currentTokenLocation();
            problems.locate(path, Math.max(1, start.getLineNr()), Math.max(1, start.getColumnNr()));
            if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
                problems.report(path, "*" + parser.getText(), "is a YAML alias; aliases are not supported in content, write the value out");
                return NODES.nullNode();
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return readObject(parser, path, depth);
                case START_ARRAY:
                    return readArray(parser, path, depth);
                case VALUE_STRING:
                    String text = parser.getText();
                    if (text.length() > maxStringLength) {
                        problems.report(path, text.length() + " characters",
                                "is longer than the limit of " + maxStringLength + " characters");
                        return NODES.nullNode();
                    }
                    return NODES.textNode(text);
                case VALUE_NUMBER_INT:
                    rememberRaw(parser, path);
                    BigInteger integer = parser.getBigIntegerValue();
                    return integer.bitLength() < 32 ? NODES.numberNode(integer.intValue()) : NODES.numberNode(integer);
                case VALUE_NUMBER_FLOAT:
                    rememberRaw(parser, path);
                    try {
                        return NODES.numberNode(parser.getDecimalValue());
                    } catch (NumberFormatException | JsonProcessingException e) {
                        return NODES.textNode(parser.getText());
                    }
                case VALUE_TRUE:
                case VALUE_FALSE:
                    rememberRaw(parser, path);
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    problems.report(path, parser.getText(), "is not a value content can hold");
                    return NODES.nullNode();
            }
        }

        private JsonNode readObject(JsonParser parser, String path, int depth) throws IOException {
            if (tooDeep(parser, path, depth)) {
                return NODES.nullNode();
            }
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                parser.nextToken();
                JsonNode value = read(parser, child, depth + 1);
                if (object.has(name)) {
                    problems.report(child, name, "is given twice");
                } else {
                    object.set(name, value);
                }
            }
            currentPath = path;
            return object;
        }

        /** Reports and skips a container past the nesting limit, so that recursion stays bounded. */
        private boolean tooDeep(JsonParser parser, String path, int depth) throws IOException {
            if (depth < maxNestingDepth) {
                return false;
            }
            problems.report(path, null, "is nested deeper than the limit of " + maxNestingDepth + " levels");
            parser.skipChildren();
            return true;
        }

        private JsonNode readArray(JsonParser parser, String path, int depth) throws IOException {
            if (tooDeep(parser, path, depth)) {
                return NODES.nullNode();
            }
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (index == maxListSize) {
                    problems.report(path, "more than " + maxListSize + " items",
                            "has more items than the limit of " + maxListSize);
                    parser.skipChildren();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                    }
                    break;
                }
                array.add(read(parser, path + "[" + index + "]", depth + 1));
                index++;
            }
            currentPath = path;
            return array;
        }

        private void rememberRaw(JsonParser parser, String path) throws IOException {
            if (yaml) {
                problems.rawScalar(path, parser.getText());
            }
        }
    }

    /** Keeps a parser message's sentences and drops its source excerpt and position lines. */
    static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || line.startsWith(" ") || trimmed.startsWith("^") || trimmed.startsWith("at [Source")
                    || trimmed.startsWith("in 'reader'") || trimmed.startsWith("in '")) {
                continue;
            }
            text.append(text.length() == 0 ? "" : "; ").append(trimmed);
        }
        return text.length() == 0 ? message.trim() : text.toString();
    }

}
