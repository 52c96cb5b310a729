package io.github.interviewkit.interop;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.interviewkit.model.Rating;
import io.github.interviewkit.model.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of the lossy-mapping rule over generated rating maps and declarations. */
class ImportMappingProperties {
    @Test
    void aMappingBuilds_exactlyWhenEverySharedLevelIsDeclaredAndEveryDeclarationShares() {
        // Each label i maps to a level 1..4; each is declared lossy or not.
        qt().forAll(lists().of(integers().between(1, 4)).ofSizeBetween(0, 7),
                        lists().of(integers().between(0, 1)).ofSize(7))
                .checkAssert((levels, declared) -> {
                    ImportMapping.Builder builder = ImportMapping.builder().roleId("r");
                    Map<Integer, Integer> undeclared = new HashMap<>();
                    Map<Integer, Integer> sharing = new HashMap<>();
                    for (int i = 0; i < levels.size(); i++) {
                        builder.putRating("label" + i, Rating.of(levels.get(i)));
                        sharing.merge(levels.get(i), 1, Integer::sum);
                    }
                    boolean valid = true;
                    for (int i = 0; i < levels.size(); i++) {
                        if (declared.get(i) == 1) {
                            builder.addLossyRatings("label" + i);
                            valid &= sharing.get(levels.get(i)) > 1;
                        } else {
                            undeclared.merge(levels.get(i), 1, Integer::sum);
                        }
                    }
                    valid &= undeclared.values().stream().allMatch(count -> count <= 1);
                    Violations problems = Violations.collector();
                    boolean built = builder.tryBuild(problems).isPresent();
                    org.junit.jupiter.api.Assertions.assertEquals(valid, built, problems.list().toString());
                });
    }

    @Test
    void pointers_ofCodecPaths_escapeAndSplitAsRfc6901Says() {
        qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(0, 5)).checkAssert(indexes -> {
            StringBuilder path = new StringBuilder();
            StringBuilder pointer = new StringBuilder();
            for (int index : indexes) {
                path.append("[").append(index).append("].a/b~c");
                pointer.append("/").append(index).append("/a~1b~0c");
            }
            org.junit.jupiter.api.Assertions.assertEquals(pointer.toString(), SourcePaths.pointer(path.toString()));
        });
        org.junit.jupiter.api.Assertions.assertEquals(List.of("/attributes/System Design", "/a/b"),
                List.of(SourcePaths.pointer("attributes[System Design]"), SourcePaths.pointer("a.b")));
    }
}
