package io.github.interviewkit.scoring.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as the library's writer writes its JSON document, as a tree, so that the
 * embedding mapper's own settings (pretty printing, say) apply to it as to the rest of the payload.
 */
final class DocumentSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    /** Keeps decimals as written (a threshold 0.80 stays 0.80), so that the tree is the document. */
    static final ObjectMapper TREES = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final transient Function<T, String> json;

    DocumentSerializer(Class<T> type, Function<T, String> json) {
        super(type);
        this.json = json;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        JsonNode tree = TREES.readTree(json.apply(value));
        gen.writeTree(tree);
    }
}
