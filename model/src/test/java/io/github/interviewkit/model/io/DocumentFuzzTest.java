package io.github.interviewkit.model.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Role;

/**
 * Fuzz targets of the one document codec: any bytes give a valid value or one
 * {@link ContentException}; anything else (another exception, an {@link Error}, {@code null}) is a
 * finding. A normal build runs them in regression mode over the seed corpus in
 * {@code DocumentFuzzTestInputs/<target>/} (crash inputs found by a fuzzing run are added there);
 * {@code JAZZER_FUZZ=1} fuzzes each selected target for five minutes, the {@code @FuzzTest} default
 * (see "Hostile input" in the README).
 */
class DocumentFuzzTest {
    private static final RoleReader READER = RoleReader.standard();
    /** Small limits, so that the fuzzer reaches every limit with small inputs. */
    private static final DocumentCodec<Role> SMALL = DocumentCodec.builder(RoleReader.kind())
            .limits(ContentLimits.builder().maxDocumentBytes(4096).maxNestingDepth(6).maxStringLength(64)
                    .maxListSize(8).maxObjectSize(16).maxValues(200).maxNumberLength(20).maxNumberExponent(10)
                    .maxViolations(5).build())
            .build();

    private static void contract(byte[] bytes, ContentFormat format, DocumentCodec<Role> codec) {
        try {
            assertNotNull(codec.read(bytes, format, "fuzz"));
        } catch (ContentException expected) {
            assertNotNull(expected.getMessage());
        }
    }

    @FuzzTest
    void readJson(byte[] bytes) {
        contract(bytes, ContentFormat.JSON, DocumentCodec.of(RoleReader.kind()));
    }

    @FuzzTest
    void readYaml(byte[] bytes) {
        try {
            assertNotNull(READER.read(new java.io.ByteArrayInputStream(bytes), ContentFormat.YAML, "fuzz"));
        } catch (ContentException expected) {
            assertNotNull(expected.getMessage());
        }
    }

    @FuzzTest
    void readWithSmallLimits(byte[] bytes) {
        contract(bytes, bytes.length > 0 && (bytes[0] & 1) == 0 ? ContentFormat.JSON : ContentFormat.YAML, SMALL);
    }
}
