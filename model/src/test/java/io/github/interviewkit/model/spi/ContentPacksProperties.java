package io.github.interviewkit.model.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentPacksProperties {

    private static ContentPacks registered(List<ContentPack> packs) {
        ContentPacks.Builder builder = ContentPacks.builder();
        packs.forEach(builder::register);
        return builder.build();
    }

    @Test
    void all_isSortedByIdAndIndependentOfRegistrationOrder() {
        qt().withExamples(60)
                .forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 4)).ofSizeBetween(0, 8))
                .checkAssert(generated -> {
                    List<String> ids = generated.stream().distinct().toList();
                    List<ContentPack> packs = ids.stream()
                            .map(id -> (ContentPack) new ContentPacksTest.FixedPack(id)).toList();
                    List<ContentPack> reversed = new ArrayList<>(packs);
                    Collections.reverse(reversed);

                    ContentPacks forward = registered(packs);
                    ContentPacks backward = registered(reversed);

                    assertEquals(ids.stream().sorted().toList(), forward.ids());
                    assertEquals(forward.all(), backward.all());
                    for (ContentPack pack : packs) {
                        assertSame(pack, forward.find(pack.id()).orElseThrow());
                    }
                });
    }
}
