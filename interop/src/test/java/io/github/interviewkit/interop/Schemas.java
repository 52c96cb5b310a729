package io.github.interviewkit.interop;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;

/** The JSON Schemas the tests check against, loaded from the class path: nothing is fetched. */
final class Schemas {
    private Schemas() {}

    static Schema load(SpecificationVersion version, String resource) {
        InputStream in = Schemas.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no resource " + resource);
        }
        return SchemaRegistry.withDefaultDialect(version).getSchema(in);
    }

    static final Schema MAPPING = load(SpecificationVersion.DRAFT_2020_12, "/io/github/interviewkit/interop/import-mapping.schema.json");
    static final Schema CASE = load(SpecificationVersion.DRAFT_2019_09, "case/case-v1p1-cfpackage.json");

    static List<Error> errors(Schema schema, String text, InputFormat format) {
        return schema.validate(text, format);
    }
}
