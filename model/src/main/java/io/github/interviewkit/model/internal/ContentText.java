package io.github.interviewkit.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.interviewkit.model.InterviewKitException;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes trees as stable, pretty, diff-friendly text: two-space indents, {@code \n} line ends,
 * exact decimals written plainly, one trailing line end. The same tree always gives the same text.
 *
 * <p>Not API: exported only to interviewkit's own modules.
 */
public final class ContentText {
    private static final ObjectWriter JSON;
    private static final ObjectWriter YAML;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JSON = new ObjectMapper().writer(pretty).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

        DumperOptions dumper = new DumperOptions();
        dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
        dumper.setIndent(2);
        YAMLFactory yaml = YAMLFactory.builder()
                .dumperOptions(dumper)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build();
        YAML = new ObjectMapper(yaml).writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private ContentText() {}

    /**
     * @param tree a tree
     * @param yaml {@code true} for YAML, {@code false} for JSON
     * @return the text
     */
    public static String write(JsonNode tree, boolean yaml) {
        try {
            return yaml ? YAML.writeValueAsString(tree) : JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // Writing a tree to a string has no I/O to fail; this would be a bug.
            throw new InterviewKitException("could not write content: " + e.getOriginalMessage(), e);
        }
    }
}
