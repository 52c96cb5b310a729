package io.github.interviewkit.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses untrusted JSON or YAML into a tree, within {@link ContentLimits}, remembering where each
 * value was. Parsing never throws for bad input: every problem, a syntax error included, becomes a
 * {@link io.github.interviewkit.model.Violation} of the returned {@link Document}. A parser is
 * immutable and safe to share between threads.
 *
 * <p>The bytes are decoded strictly (malformed UTF-8 is reported at its byte offset, never
 * replaced), then every value is checked while it is read: the limits on nesting, list and object
 * sizes, the number of values, string lengths, number lengths and exponents, and the text policy of
 * {@link ContentLimits}. The parser's own constraints are set beyond the library's, so that the
 * library reports each limit, once, in its own words; when the parser stops on one of them anyway,
 * its report is translated into the library's.
 */
final class DocumentParser {
    // Exact decimals: 0.80 stays 0.80 (the default factory no longer strips trailing zeros).
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean yaml;
    private final ContentLimits limits;
    private final JsonFactory factory;

    private DocumentParser(boolean yaml, ContentLimits limits) {
        this.yaml = yaml;
        this.limits = limits;
        // The parser's own constraints are a backstop past ours: a string or number cannot be longer
        // than the document, and the parser's nesting limit is two levels past ours, reached only
        // while a container past our limit is skipped.
        int backstopDepth = limits.maxNestingDepth() + 2;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(backstopDepth)
                .maxStringLength(limits.maxDocumentBytes())
                .maxNameLength(limits.maxDocumentBytes())
                .maxNumberLength(limits.maxDocumentBytes())
                .maxDocumentLength(limits.maxDocumentBytes() + 1L)
                .build();
        if (yaml) {
            LoaderOptions loader = new LoaderOptions();
            loader.setCodePointLimit(limits.maxDocumentBytes() + 1);
            loader.setNestingDepthLimit(backstopDepth);
            loader.setMaxAliasesForCollections(0);
            loader.setAllowRecursiveKeys(false);
            loader.setProcessComments(false);
            this.factory = YAMLFactory.builder()
                    .loaderOptions(loader)
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .streamReadConstraints(constraints)
                    .build();
        } else {
            this.factory = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .build();
        }
    }

    static DocumentParser of(ContentFormat format, ContentLimits limits) {
        return new DocumentParser(format == ContentFormat.YAML, limits);
    }

    /**
     * Parses a document.
     *
     * @param bytes the document, UTF-8 encoded, with or without a byte-order mark; if it is larger
     *     than the limit, only the fact is reported
     * @param problems where the problems go
     * @param rejectUnknownFields whether binding reports fields no reader knows
     * @return the document with its problems; its root is a missing node if nothing could be read
     */
    Document parse(byte[] bytes, Violations problems, boolean rejectUnknownFields) {
        Document document = new Document(problems, rejectUnknownFields);
        int max = limits.maxDocumentBytes();
        if (bytes.length > max) {
            // A stream is read only to one byte past the limit: its size is not known.
            String size = bytes.length == max + 1L ? "more than " + max + " bytes" : bytes.length + " bytes";
            document.report("", size, "is larger than the limit of " + max + " bytes");
            return document;
        }
        String text = decode(bytes, document);
        if (text == null || (yaml && lineTooLong(text, document))) {
            return document;
        }
        Tree tree = new Tree(document);
        JsonNode root = MissingNode.getInstance();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                document.report("", null, "is empty: a document must hold one object");
            } else {
                root = tree.read(parser, "", 0);
                tree.currentPath = "";
                if (parser.nextToken() != null) {
                    document.report("", null, "has content after the end of the document");
                }
            }
        } catch (Stop stop) {
            root = MissingNode.getInstance();
        } catch (StreamConstraintsException e) {
            root = MissingNode.getInstance();
            tree.backstop(e.getMessage());
        } catch (JsonProcessingException e) {
            root = MissingNode.getInstance();
            JsonLocation at = e.getLocation();
            String message = "is not valid " + (yaml ? "YAML" : "JSON") + ": " + plain(e.getOriginalMessage());
            if (at != null && at.getLineNr() > 0) {
                document.reportAt(tree.currentPath, null, message, at.getLineNr(), Math.max(1, at.getColumnNr()));
            } else {
                document.report(tree.currentPath, null, message);
            }
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports its own limits (nesting, code points) as runtime exceptions.
            root = MissingNode.getInstance();
            String message = e.getMessage();
            if (message != null && message.contains("Nesting Depth")) {
                tree.backstop("Nesting depth");
            } else {
                document.report(tree.currentPath, null, "is not valid " + (yaml ? "YAML" : "JSON") + ": " + plain(message));
            }
        }
        document.root(root);
        return document;
    }

    /**
     * Decodes strict UTF-8, skipping a leading byte-order mark; reports the first malformed byte at
     * its offset, line and column and returns {@code null} then.
     */
    private static @Nullable String decode(byte[] bytes, Document document) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Validated in small chunks, then decoded by String, which stores ASCII and Latin-1 text in
        // one byte a character: the decoded document costs no more than its bytes.
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            if (result.isError()) {
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                int offset = in.position();
                document.reportAt("", String.format(Locale.ROOT, "byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset),
                        "is not valid UTF-8: a malformed byte sequence; content must be UTF-8 encoded", line, column);
                return null;
            }
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Reports a YAML line longer than the string limit plus 1,024 characters. SnakeYAML holds the
     * rest of a line being scanned as code points (four bytes a character) and copies it as it grows,
     * so that one line of megabytes would cost time quadratic in its length and many times its
     * size in memory; no line of content within the limits is that long.
     */
    private boolean lineTooLong(String text, Document document) {
        long max = limits.maxStringLength() + 1024L;
        int start = 0;
        int line = 1;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > max) {
                document.reportAt("", (stop - start) + " characters", "has a line longer than the limit of " + max
                        + " characters (the longest string plus 1024)", line, 1);
                return true;
            }
            if (end < 0) {
                return false;
            }
            start = end + 1;
            line++;
        }
        return false;
    }

    /** Stops parsing after a limit that makes reading on pointless; its problem is reported. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Builds the tree from tokens; one instance per parse. */
    private final class Tree {
        final Document problems;
        String currentPath = "";
        int values;
        boolean depthReported;

        Tree(Document problems) {
            this.problems = problems;
        }

        JsonNode read(JsonParser parser, String path, int depth) throws IOException {
            currentPath = path;
            JsonLocation start = parser.currentTokenLocation();
            problems.locate(path, Math.max(1, start.getLineNr()), Math.max(1, start.getColumnNr()));
            if (++values > limits.maxValues()) {
                problems.report("", "more than " + limits.maxValues() + " values",
                        "has more values than the limit of " + limits.maxValues());
                throw new Stop();
            }
            if (yaml) {
                YAMLParser yamlParser = (YAMLParser) parser;
                if (yamlParser.isCurrentAlias()) {
                    problems.report(path, "*" + parser.getText(),
                            "is a YAML alias; aliases are not supported in content, write the value out");
                    return NODES.nullNode();
                }
                String tag = yamlParser.getTypeId();
                if (tag != null) {
                    problems.report(path, "!" + tag, "has a YAML tag; tags are not supported in content");
                    parser.skipChildren();
                    return NODES.nullNode();
                }
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return readObject(parser, path, depth);
                case START_ARRAY:
                    return readArray(parser, path, depth);
                case VALUE_STRING:
                    String text = text(parser.getText(), path, "is longer than the limit of ");
                    return text == null ? NODES.nullNode() : NODES.textNode(text);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(parser, path, token);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    rememberRaw(parser, path);
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    problems.report(path, null, "is not a value content can hold");
                    return NODES.nullNode();
            }
        }

        /** @return the text, checked by the text policy with CR LF read as LF, or {@code null} when reported */
        private @Nullable String text(String text, String path, String tooLong) {
            if (text.length() > limits.maxStringLength()) {
                problems.report(path, text.length() + " characters", tooLong + limits.maxStringLength() + " characters");
                return null;
            }
            String problem = TextPolicy.check(text);
            if (problem != null) {
                problems.report(path, text, problem);
                return null;
            }
            return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
        }

        private JsonNode number(JsonParser parser, String path, JsonToken token) throws IOException {
            String raw = parser.getText();
            String problem = raw.length() > limits.maxNumberLength()
                    ? "is a number longer than the limit of " + limits.maxNumberLength() + " characters"
                    : Numbers.exponentProblem(raw, limits.maxNumberExponent());
            if (problem != null) {
                if (yaml) {
                    // A plain scalar may be meant as text; as a number, it is reported where it is read.
                    problems.rawScalar(path, raw);
                    problems.numberProblem(path, problem);
                    return NODES.textNode(raw);
                }
                problems.report(path, raw.length() > 40 ? raw.length() + " characters" : raw, problem);
                return NODES.nullNode();
            }
            rememberRaw(parser, path);
            if (token == JsonToken.VALUE_NUMBER_INT) {
                BigInteger integer = parser.getBigIntegerValue();
                return integer.bitLength() < 32 ? NODES.numberNode(integer.intValue()) : NODES.numberNode(integer);
            }
            try {
                return NODES.numberNode(parser.getDecimalValue());
            } catch (NumberFormatException | JsonProcessingException e) {
                // YAML's .nan and .inf: not numbers content can hold, but perhaps text.
                return NODES.textNode(raw);
            }
        }

        private JsonNode readObject(JsonParser parser, String path, int depth) throws IOException {
            if (tooDeep(parser, path, depth)) {
                return NODES.nullNode();
            }
            ObjectNode object = NODES.objectNode();
            int fields = 0;
            while (true) {
                currentPath = path;
                if (parser.nextToken() != JsonToken.FIELD_NAME) {
                    break;
                }
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                currentPath = child;
                if (fields == limits.maxObjectSize()) {
                    problems.report(path, "more than " + limits.maxObjectSize() + " fields",
                            "has more fields than the limit of " + limits.maxObjectSize());
                    parser.nextToken();
                    parser.skipChildren();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                        parser.skipChildren();
                    }
                    break;
                }
                fields++;
                parser.nextToken();
                String key = text(name, child, "is a field name longer than the limit of ");
                JsonNode value = read(parser, child, depth + 1);
                if (key == null) {
                    continue;
                }
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
            if (depth < limits.maxNestingDepth()) {
                return false;
            }
            if (!depthReported) {
                problems.report(path, null, "is nested deeper than the limit of " + limits.maxNestingDepth() + " levels");
                depthReported = true;
            }
            parser.skipChildren();
            return true;
        }

        private JsonNode readArray(JsonParser parser, String path, int depth) throws IOException {
            if (tooDeep(parser, path, depth)) {
                return NODES.nullNode();
            }
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (true) {
                currentPath = path + "[" + index + "]";
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    break;
                }
                if (index == limits.maxListSize()) {
                    problems.report(path, "more than " + limits.maxListSize() + " items",
                            "has more items than the limit of " + limits.maxListSize());
                    parser.skipChildren();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                    }
                    break;
                }
                array.add(read(parser, currentPath, depth + 1));
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

        /** Reports a limit the parser itself stopped on, in the library's words, unless already reported. */
        void backstop(@Nullable String message) {
            String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
            if (text.contains("nesting depth")) {
                if (!depthReported) {
                    problems.report(currentPath, null, "is nested deeper than the limit of " + limits.maxNestingDepth() + " levels");
                    depthReported = true;
                }
            } else if (text.contains("document length")) {
                problems.report("", "more than " + limits.maxDocumentBytes() + " characters",
                        "is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
            } else if (text.contains("number value length")) {
                problems.report(currentPath, null, "is a number longer than the limit of " + limits.maxNumberLength() + " characters");
            } else {
                problems.report(currentPath, null, "is longer than the limit of " + limits.maxStringLength() + " characters");
            }
        }
    }

    /**
     * Keeps a parser message's sentences and drops its source excerpt, its position lines and
     * anything that names the parser's own classes, options or events.
     */
    static String plain(@Nullable String message) {
        String text = firstLine(message);
        for (String cut : new String[] {" (start marker at", ": enable `", "; enable `", " (from `", " at [Source"}) {
            int at = text.indexOf(cut);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        if (text.contains("org.") || text.contains("com.") || text.contains("Event") || text.contains("`")
                || text.contains("JsonToken") || text.isBlank()) {
            return "the text cannot be read here";
        }
        return text;
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
