package io.github.interviewkit.model.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.ExperienceRequirement;
import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.RatingLevel;
import io.github.interviewkit.model.RatingScale;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Rubric;
import io.github.interviewkit.model.SourceAttribution;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ContentPacksTest {
    private static final String SERVICE = "io.github.interviewkit.model.spi.ContentPack";

    static Role roleWithId(String id) {
        return Role.builder().id(id).title("Role " + id).summary("A role.")
                .experience(ExperienceRequirement.builder().minimumYears(1).field("anything").build())
                .rubric(Rubric.builder()
                        .scale(RatingScale.of(RatingLevel.of(1, "No", "not shown"), RatingLevel.of(2, "Yes", "shown")))
                        .build())
                .contentVersion("1.0.0").language("en")
                .source(SourceAttribution.builder().title("test").build())
                .build();
    }

    /** A well-behaved pack. */
    static class FixedPack implements ContentPack {
        private final String id;
        private final Supplier<Role> role;

        FixedPack(String id) {
            this(id, () -> roleWithId(id));
        }

        FixedPack(String id, Supplier<Role> role) {
            this.id = id;
            this.role = role;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Role role() {
            return role.get();
        }
    }

    /** A second class, so that messages can be told apart by provider class. */
    static final class OtherPack extends FixedPack {
        OtherPack(String id) {
            super(id);
        }

        OtherPack(String id, Supplier<Role> role) {
            super(id, role);
        }
    }

    static final class BrokenRolePack extends FixedPack {
        BrokenRolePack(String id) {
            super(id, () -> {
                throw new IllegalStateException("resource missing for " + id);
            });
        }
    }

    static final class BrokenIdPack extends FixedPack {
        BrokenIdPack() {
            super("unused");
        }

        @Override
        public String id() {
            throw new UnsupportedOperationException("no id today");
        }
    }

    /** Stands in for a ServiceLoader provider; {@code get()} may fail as ServiceLoader's does. */
    private static ServiceLoader.Provider<ContentPack> provider(Class<? extends ContentPack> type,
            Supplier<ContentPack> get) {
        return new ServiceLoader.Provider<>() {
            @Override
            public Class<? extends ContentPack> type() {
                return type;
            }

            @Override
            public ContentPack get() {
                return get.get();
            }
        };
    }

    private static ServiceLoader.Provider<ContentPack> provider(ContentPack pack) {
        return provider(pack.getClass(), () -> pack);
    }

    private static Iterator<ServiceLoader.Provider<ContentPack>> providers(List<ServiceLoader.Provider<ContentPack>> providers) {
        return providers.iterator();
    }

    @Test
    void all_isOrderedByIdWhateverTheRegistrationOrder() {
        ContentPacks packs = ContentPacks.builder()
                .register(new FixedPack("zeta")).register(new FixedPack("alpha")).register(new FixedPack("mid"))
                .build();
        assertEquals(List.of("alpha", "mid", "zeta"), packs.ids());
        assertEquals(List.of("alpha", "mid", "zeta"), packs.all().stream().map(ContentPack::id).toList());
    }

    @Test
    void find_returnsTheRegisteredPackByIdAndEmptyForAnUnknownId() {
        FixedPack pack = new FixedPack("backend-architect");
        ContentPacks packs = ContentPacks.builder().register(new FixedPack("other")).register(pack).build();
        assertSame(pack, packs.find("backend-architect").orElseThrow());
        assertTrue(packs.find("frontend-architect").isEmpty());
    }

    @Test
    void find_null_isRejectedNamingTheArgument() {
        ContentPacks packs = ContentPacks.builder().build();
        NullPointerException e = assertThrows(NullPointerException.class, () -> packs.find(null));
        assertEquals("id", e.getMessage());
    }

    @Test
    void register_null_isRejectedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> ContentPacks.builder().register(null));
        assertEquals("pack", e.getMessage());
    }

    @Test
    void build_duplicateRegisteredIds_failsNamingServiceAndBothProviders() {
        ContentPacks.Builder builder = ContentPacks.builder()
                .register(new FixedPack("same")).register(new OtherPack("same"));
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertTrue(e.getMessage().contains(SERVICE), e.getMessage());
        assertTrue(e.getMessage().contains(FixedPack.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("'same'"), e.getMessage());
        assertEquals(List.of(OtherPack.class.getName()), e.providers());
    }

    @Test
    void build_packWhoseRoleThrows_failsNamingTheProviderWithTheFailureAsCause() {
        ContentPacks.Builder builder = ContentPacks.builder().register(new FixedPack("fine"))
                .register(new BrokenRolePack("broken"));
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertTrue(e.getMessage().contains(SERVICE), e.getMessage());
        assertTrue(e.getMessage().contains(BrokenRolePack.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("resource missing for broken"), e.getMessage());
        assertEquals(List.of(BrokenRolePack.class.getName()), e.providers());
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
        assertTrue(e instanceof InterviewKitException);
    }

    @Test
    void build_packWhoseIdThrowsOrIsNull_fails() {
        ContentPackException e = assertThrows(ContentPackException.class,
                () -> ContentPacks.builder().register(new BrokenIdPack()).build());
        assertEquals(List.of(BrokenIdPack.class.getName()), e.providers());
        assertTrue(e.getCause() instanceof UnsupportedOperationException);

        ContentPackException nullId = assertThrows(ContentPackException.class,
                () -> ContentPacks.builder().register(new OtherPack(null)).build());
        assertEquals(List.of(OtherPack.class.getName()), nullId.providers());
        assertTrue(nullId.getMessage().contains("id() returned null"), nullId.getMessage());
    }

    @Test
    void build_packWhoseRoleIsNullOrHasAnotherId_fails() {
        ContentPackException nullRole = assertThrows(ContentPackException.class,
                () -> ContentPacks.builder().register(new OtherPack("a", () -> null)).build());
        assertTrue(nullRole.getMessage().contains("returned null"), nullRole.getMessage());

        ContentPackException mismatch = assertThrows(ContentPackException.class,
                () -> ContentPacks.builder().register(new OtherPack("a", () -> roleWithId("b"))).build());
        assertTrue(mismatch.getMessage().contains("pack 'a' returned the role 'b'"), mismatch.getMessage());
        assertEquals(List.of(OtherPack.class.getName()), mismatch.providers());
    }

    @Test
    void build_reportsEveryBrokenPackAtOnce() {
        ContentPacks.Builder builder = ContentPacks.builder()
                .register(new BrokenRolePack("one")).register(new BrokenIdPack()).register(new FixedPack("ok"));
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertTrue(e.getMessage().contains("2 problems"), e.getMessage());
        assertEquals(List.of(BrokenRolePack.class.getName(), BrokenIdPack.class.getName()), e.providers());
        assertTrue(e.getCause() instanceof IllegalStateException);
        assertEquals(1, e.getSuppressed().length);
        assertTrue(e.getSuppressed()[0] instanceof UnsupportedOperationException);
    }

    @Test
    void discover_providerThatCannotBeCreated_failsNamingServiceAndProviderType() {
        ServiceConfigurationError error = new ServiceConfigurationError(
                SERVICE + ": Provider " + BrokenRolePack.class.getName() + " could not be instantiated");
        ContentPacks.Builder builder = ContentPacks.builder().discover(providers(List.of(
                provider(new FixedPack("fine")),
                provider(BrokenRolePack.class, () -> {
                    throw error;
                }))));
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertTrue(e.getMessage().contains(SERVICE), e.getMessage());
        assertTrue(e.getMessage().contains("provider " + BrokenRolePack.class.getName() + ": cannot be created"),
                e.getMessage());
        assertEquals(List.of(BrokenRolePack.class.getName()), e.providers());
        assertSame(error, e.getCause());
    }

    @Test
    void discover_iterationFailure_failsWithTheServiceLoaderErrorAsCause() {
        ServiceConfigurationError error = new ServiceConfigurationError(
                SERVICE + ": Provider com.example.MissingPack not found");
        Iterator<ServiceLoader.Provider<ContentPack>> failing = new Iterator<>() {
            private boolean first = true;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ServiceLoader.Provider<ContentPack> next() {
                if (first) {
                    first = false;
                    return provider(new FixedPack("fine"));
                }
                throw error;
            }
        };
        ContentPackException e = assertThrows(ContentPackException.class,
                () -> ContentPacks.builder().discover(failing).build());
        assertTrue(e.getMessage().contains(SERVICE), e.getMessage());
        assertTrue(e.getMessage().contains("com.example.MissingPack not found"), e.getMessage());
        assertSame(error, e.getCause());
    }

    @Test
    void discover_failedLookUp_failsWithTheServiceLoaderErrorAsCause() {
        ServiceConfigurationError error = new ServiceConfigurationError(
                SERVICE + ": module io.github.interviewkit.model does not declare `uses`");
        ContentPacks.Builder builder = ContentPacks.builder().discover(() -> {
            throw error;
        });
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertTrue(e.getMessage().contains("the service cannot be looked up"), e.getMessage());
        assertTrue(e.getMessage().contains("does not declare `uses`"), e.getMessage());
        assertSame(error, e.getCause());
        assertEquals(List.of(), e.providers());
    }

    @Test
    void discover_packWhoseRoleThrows_failsLikeARegisteredOne() {
        ContentPacks.Builder builder = ContentPacks.builder()
                .discover(providers(List.of(provider(new BrokenRolePack("broken")))));
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertEquals(List.of(BrokenRolePack.class.getName()), e.providers());
    }

    @Test
    void discover_twoProvidersWithOneId_fail() {
        ContentPacks.Builder builder = ContentPacks.builder()
                .discover(providers(List.of(provider(new FixedPack("same")), provider(new OtherPack("same")))));
        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertEquals(List.of(OtherPack.class.getName()), e.providers());
        assertTrue(e.getMessage().contains(FixedPack.class.getName()), e.getMessage());
    }

    @Test
    void discover_sameProviderFoundTwice_isListedOnce() {
        ContentPacks packs = ContentPacks.builder()
                .discover(providers(List.of(provider(new FixedPack("pack")))))
                .discover(providers(List.of(provider(new FixedPack("pack")))))
                .build();
        assertEquals(List.of("pack"), packs.ids());
    }

    @Test
    void explicitRegistration_takesPrecedenceOverADiscoveredPackWithTheSameId() {
        OtherPack explicit = new OtherPack("shared");
        ContentPacks packs = ContentPacks.builder()
                .discover(providers(List.of(provider(new FixedPack("shared")), provider(new FixedPack("discovered-only") {}))))
                .register(explicit)
                .build();
        assertSame(explicit, packs.find("shared").orElseThrow());
        assertEquals(List.of("discovered-only", "shared"), packs.ids());
    }

    @Test
    void explicitRegistration_doesNotHideABrokenDiscoveredPackWithTheSameId() {
        ContentPacks.Builder builder = ContentPacks.builder()
                .discover(providers(List.of(provider(new BrokenRolePack("shared")))))
                .register(new OtherPack("shared"));

        ContentPackException e = assertThrows(ContentPackException.class, builder::build);
        assertEquals(List.of(BrokenRolePack.class.getName()), e.providers());
    }

    @Test
    void discover_emptySource_addsNothing() {
        Iterator<ServiceLoader.Provider<ContentPack>> empty = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return false;
            }

            @Override
            public ServiceLoader.Provider<ContentPack> next() {
                throw new NoSuchElementException();
            }
        };
        assertEquals(List.of(), ContentPacks.builder().discover(empty).build().all());
    }

    @Test
    void discoverInstalled_inTheModelModuleAlone_findsNoPackAndDoesNotFail() {
        // The model ships no pack; this also proves the module declares `uses` for the service,
        // without which the look-up fails.
        assertEquals(List.of(), ContentPacks.installed().all());
        assertEquals(List.of(), ContentPacks.builder().discoverInstalled(ModuleLayer.boot()).build().all());
        assertEquals(List.of(), ContentPacks.builder()
                .discoverInstalled(ContentPacksTest.class.getClassLoader()).build().all());
    }

    @Test
    void discoverInstalled_nullLayer_isRejectedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> ContentPacks.builder().discoverInstalled((ModuleLayer) null));
        assertEquals("layer", e.getMessage());
    }
}
