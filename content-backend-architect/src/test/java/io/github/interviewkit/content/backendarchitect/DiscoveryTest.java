package io.github.interviewkit.content.backendarchitect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.spi.ContentPack;
import io.github.interviewkit.model.spi.ContentPacks;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit is found by id through the model's content-pack discovery, on the module path. */
class DiscoveryTest {
    private static final String SERVICE = ContentPack.class.getName();

    @Test
    void installed_findsTheKitById() {
        ContentPacks packs = ContentPacks.installed();
        ContentPack pack = packs.find(BackendArchitect.ID).orElseThrow();
        assertEquals(BackendArchitect.ID, pack.id());
        assertSame(BackendArchitect.role(), pack.role());
        assertTrue(packs.ids().contains(BackendArchitect.ID), packs.toString());
    }

    @Test
    void discoverInstalled_inTheBootLayer_findsTheKit() {
        ContentPacks packs = ContentPacks.builder().discoverInstalled(ModuleLayer.boot()).build();
        assertEquals(List.of(BackendArchitect.ID), packs.ids());
    }

    @Test
    void explicitRegistrationAndDiscovery_together_listTheKitOnce() {
        ContentPack explicit = BackendArchitect.pack();
        ContentPacks packs = ContentPacks.builder().register(explicit).discoverInstalled().build();
        assertEquals(List.of(BackendArchitect.ID), packs.ids());
        assertSame(explicit, packs.find(BackendArchitect.ID).orElseThrow());
    }

    @Test
    void runsAsANamedModule_thatProvidesTheServiceInItsDescriptor() {
        Module module = BackendArchitect.class.getModule();
        assertTrue(module.isNamed(), "the tests run on the module path");
        ModuleDescriptor.Provides provides = module.getDescriptor().provides().stream()
                .filter(p -> p.service().equals(SERVICE)).findFirst().orElseThrow();
        assertEquals(List.of("io.github.interviewkit.content.backendarchitect.internal.BackendArchitectPack"),
                provides.providers());
    }

    @Test
    void metaInfServices_namesTheSameProviderForTheClassPath() throws IOException {
        Module module = BackendArchitect.class.getModule();
        List<String> descriptorProviders = module.getDescriptor().provides().stream()
                .filter(p -> p.service().equals(SERVICE)).flatMap(p -> p.providers().stream()).toList();
        try (InputStream in = module.getResourceAsStream("META-INF/services/" + SERVICE)) {
            assertTrue(in != null, "META-INF/services/" + SERVICE + " is packaged");
            List<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            assertEquals(descriptorProviders, listed);
        }
    }
}
