package io.github.interviewkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The order of violations is a total order over every path a document can produce. */
class ViolationsProperties {
    private static final int EXAMPLES = 2000;

    /** Paths with list indexes and with map keys that are, or are not, numbers (anchors[3], anchors[2x]). */
    private static Gen<String> paths() {
        Gen<String> segment = Generate.pick(List.of("criteria", "anchors", "id"));
        Gen<String> index = Generate.pick(List.of("0", "3", "10", "20", "2x", "x", "-1", "+5", " ", ",", "10a"));
        return in -> {
            StringBuilder path = new StringBuilder();
            int depth = Generate.range(1, 2).generate(in);
            for (int i = 0; i < depth; i++) {
                if (i > 0) {
                    path.append('.');
                }
                path.append(segment.generate(in));
                if (Generate.range(0, 3).generate(in) > 0) {
                    path.append('[').append(index.generate(in)).append(']');
                }
            }
            return path.toString();
        };
    }

    @Test
    void comparePaths_isAntisymmetric() {
        qt().withExamples(EXAMPLES).forAll(paths(), paths()).checkAssert((a, b) ->
                assertEquals(Integer.signum(Violations.comparePaths(a, b)),
                        -Integer.signum(Violations.comparePaths(b, a)), a + " vs " + b));
    }

    @Test
    void comparePaths_isTransitive() {
        qt().withExamples(EXAMPLES).forAll(paths(), paths(), paths()).checkAssert((x, y, z) -> {
            for (List<String> order : List.of(List.of(x, y, z), List.of(x, z, y), List.of(y, x, z), List.of(y, z, x),
                    List.of(z, x, y), List.of(z, y, x))) {
                String a = order.get(0);
                String b = order.get(1);
                String c = order.get(2);
                if (Violations.comparePaths(a, b) <= 0 && Violations.comparePaths(b, c) <= 0) {
                    assertTrue(Violations.comparePaths(a, c) <= 0, a + " <= " + b + " <= " + c);
                }
            }
        });
    }
}
