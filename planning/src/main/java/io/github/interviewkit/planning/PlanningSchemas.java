package io.github.interviewkit.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schemas of planning's documents, shipped as resources of this package. */
final class PlanningSchemas {
    /** The {@code $id} of the problem document's schema. */
    static final String PROBLEM_ID = "https://interviewkit.github.io/schemas/1/planning-problem.schema.json";
    /** The {@code $id} of the plan document's schema. */
    static final String PLAN_ID = "https://interviewkit.github.io/schemas/1/plan.schema.json";

    private PlanningSchemas() {}

    static String text(String resource) {
        try (InputStream in = PlanningSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the planning module lacks its resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException("cannot read the planning module's resource " + resource, broken);
        }
    }
}
