package io.github.interviewkit.scoring.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.interviewkit.model.ContentException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.function.Function;

/**
 * Reads a value through the library's reader of its JSON document: the embedded object is copied
 * as text, numbers exactly, and read by the document codec, with every rule. A {@link ContentException} becomes a
 * {@link JsonMappingException} made through the {@link DeserializationContext}, so it carries the
 * place in the embedding payload, its message lists every problem with its path inside the value,
 * and its cause is the library's exception.
 */
final class DocumentDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> json;

    DocumentDeserializer(Class<T> type, Function<String, T> json) {
        super(type);
        this.json = json;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        // Copied token by token, numbers exactly as written: a tree of the caller's mapper could turn 0.80 into 0.8.
        StringWriter text = new StringWriter();
        try (JsonGenerator copy = DocumentSerializer.TREES.getFactory().createGenerator(text)) {
            copy.copyCurrentStructureExact(p);
        }
        try {
            return json.apply(text.toString());
        } catch (ContentException e) {
            throw JsonMappingException.from(ctxt, handledType().getSimpleName() + " is invalid: " + e.getMessage(), e);
        }
    }
}
