package io.github.interviewkit.interop;

import io.github.interviewkit.content.backendarchitect.BackendArchitect;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.io.ContentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test resources and the kit the tests map onto. */
final class Fixtures {
    private Fixtures() {}

    static final Role KIT = BackendArchitect.role();

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static ImportMapping greenhouseMapping() {
        return ImportMapping.codec().read(text("mappings/greenhouse-backend-architect.yaml"), ContentFormat.YAML);
    }

    /** @return each problem as "pointer: message" */
    static List<String> problems(ImportException e) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < e.violations().size(); i++) {
            Violation v = e.violations().get(i);
            lines.add(e.pointers().get(i) + ": " + v.message());
        }
        return lines;
    }
}
