package io.github.interviewkit.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.interviewkit.model.InterviewKitException;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes trees as stable, pretty, diff-friendly text: two-space indents, {@code \n} line ends,
 * exact decimals written plainly, one trailing line end. The same tree always gives the same text.
 */
final class DocumentText {
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
        YAMLFactory yaml = new NextLineSafeYamlFactory(YAMLFactory.builder()
                .dumperOptions(dumper)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));
        YAML = new ObjectMapper(yaml).writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private DocumentText() {}

    /**
     * SnakeYAML reads U+0085 (NEXT LINE) as a line break in every scalar style but double-quoted, yet
     * writes it unescaped in the others, so "a\u0085b" came back as "a b". A text holding one is
     * written double-quoted, where it is escaped and reads back as it was.
     */
    private static final class NextLineSafeYamlFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        NextLineSafeYamlFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
            return new YAMLGenerator(context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker,
                    _objectCodec, out, _dumperOptions) {
                @Override
                public void writeString(String text) throws IOException {
                    if (text != null && text.indexOf('\u0085') >= 0) {
                        _verifyValueWrite("write String value");
                        _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                    } else {
                        super.writeString(text);
                    }
                }
            };
        }
    }

    /** @return the tree as YAML ({@code yaml}) or JSON text */
    static String write(JsonNode tree, boolean yaml) {
        try {
            return yaml ? YAML.writeValueAsString(tree) : JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // Writing a tree to a string has no I/O to fail; this would be a bug.
            throw new InterviewKitException("could not write content: " + e.getOriginalMessage(), e);
        }
    }
}
