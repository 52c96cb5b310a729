package io.github.interviewkit.model.spi;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.spi.ProviderDiscovery.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The content packs a program uses, listed by id.
 *
 * <p>Packs are registered explicitly on the {@linkplain #builder() builder}; discovery of the packs
 * installed on the module path or class path, through {@link ServiceLoader}, is a convenience:
 *
 * <pre>{@code
 * ContentPacks packs = ContentPacks.builder()
 *         .register(myPack)          // explicit registration
 *         .discoverInstalled()       // plus every installed provider of ContentPack
 *         .build();
 * Role role = packs.find("backend-architect").orElseThrow().role();
 * }</pre>
 *
 * <p>{@link Builder#build()} checks every pack: its {@link ContentPack#id() id} and
 * {@link ContentPack#role() role} must load and agree, and ids must be unique. It calls each
 * pack's {@code role()}, so that a broken pack fails when the registry is built rather than later,
 * when a caller picks it. A pack registered
 * explicitly takes precedence over a discovered pack with the same id; two packs registered
 * explicitly with one id, or two different discovered providers with one id, are an error. Every
 * problem, a provider that cannot be found or created included, is reported in one
 * {@link ContentPackException} naming the service and the providers; no pack is skipped.
 *
 * <p>Instances are immutable and safe to share between threads. The order of {@link #all()} is by
 * id, whatever the order of registration or discovery.
 */
public final class ContentPacks {
    private static final String SERVICE = ContentPack.class.getName();

    private final Map<String, ContentPack> byId;

    private ContentPacks(Map<String, ContentPack> byId) {
        this.byId = byId;
    }

    /** @return a new builder with no packs */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the installed packs: {@code builder().discoverInstalled().build()}.
     *
     * @return the packs that {@link ServiceLoader} finds through the thread's context class loader,
     *     the boot layer included
     * @throws ContentPackException if a provider cannot be found, created or loaded, or two
     *     providers have the same id
     */
    public static ContentPacks installed() {
        return builder().discoverInstalled().build();
    }

    /**
     * Returns the pack with an id.
     *
     * @param id a pack id, such as {@code backend-architect}
     * @return the pack, or empty if there is none with that id
     * @throws NullPointerException if {@code id} is {@code null}
     */
    public Optional<ContentPack> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /** @return every pack, ordered by id */
    public List<ContentPack> all() {
        return List.copyOf(byId.values());
    }

    /** @return the ids of every pack, in order */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** @return the ids of the packs, e.g. {@code ContentPacks[backend-architect]} */
    @Override
    public String toString() {
        return "ContentPacks" + byId.keySet();
    }

    /**
     * Collects content packs, registered explicitly or discovered, and checks them all in
     * {@link #build()}. A builder is not safe for use by several threads at once.
     */
    public static final class Builder {
        private final List<ContentPack> registered = new ArrayList<>();
        private final ProviderDiscovery<ContentPack> discovery = new ProviderDiscovery<>(ContentPack.class);

        private Builder() {}

        /**
         * Registers a pack. Explicitly registered packs take precedence over discovered packs
         * with the same id.
         *
         * @param pack the pack
         * @return this builder
         * @throws NullPointerException if {@code pack} is {@code null}
         */
        public Builder register(ContentPack pack) {
            Objects.requireNonNull(pack, "pack");
            registered.add(pack);
            return this;
        }

        /**
         * Adds the providers of {@link ContentPack} that {@link ServiceLoader#load(Class)} finds
         * through the thread's context class loader: those in named modules of the boot layer
         * and of that loader, and those listed in {@code META-INF/services} on the class path.
         * A provider found more than once (through several calls) is added once.
         *
         * @return this builder
         */
        public Builder discoverInstalled() {
            return discover(() -> ServiceLoader.load(ContentPack.class));
        }

        /**
         * Adds the providers of {@link ContentPack} that {@link ServiceLoader#load(Class, ClassLoader)}
         * finds through a class loader.
         *
         * @param loader the class loader to search, {@code null} for the system class loader
         * @return this builder
         */
        public Builder discoverInstalled(@Nullable ClassLoader loader) {
            return discover(() -> ServiceLoader.load(ContentPack.class, loader));
        }

        /**
         * Adds the providers of {@link ContentPack} in the modules of a module layer and its
         * parents, as {@link ServiceLoader#load(ModuleLayer, Class)} finds them.
         *
         * @param layer the layer to search
         * @return this builder
         * @throws NullPointerException if {@code layer} is {@code null}
         */
        public Builder discoverInstalled(ModuleLayer layer) {
            Objects.requireNonNull(layer, "layer");
            return discover(() -> ServiceLoader.load(layer, ContentPack.class));
        }

        /** Looks the service up and adds its providers; a failed look-up is reported like a broken provider. */
        Builder discover(Supplier<ServiceLoader<ContentPack>> loader) {
            discovery.discover(loader);
            return this;
        }

        /**
         * Adds providers from a source that behaves like {@link ServiceLoader#stream()}. The seam
         * lets tests feed broken providers without installing them.
         */
        Builder discover(Iterator<? extends ServiceLoader.Provider<? extends ContentPack>> providers) {
            discovery.discover(providers);
            return this;
        }

        /**
         * Checks every pack and returns the registry.
         *
         * @return the packs, by id
         * @throws ContentPackException if a provider could not be found or created, a pack's
         *     {@code id()} or {@code role()} throws or returns {@code null}, a pack's id differs
         *     from its role's id, or two packs of the same origin (explicit or discovered) have
         *     the same id; the message lists every problem
         */
        public ContentPacks build() {
            List<Problem> found = new ArrayList<>(discovery.problems());
            Map<String, ContentPack> explicit = checkedById(registered, Map.of(), "registered", found);
            Map<String, ContentPack> fromDiscovery = checkedById(discovery.found(), explicit, "discovered", found);
            if (!found.isEmpty()) {
                throw ProviderDiscovery.failure(SERVICE, found,
                        (message, cause) -> new ContentPackException(message, ProviderDiscovery.providersOf(found), cause));
            }
            // Ordered by id, whatever the order of registration or discovery.
            Map<String, ContentPack> sorted = new TreeMap<>(explicit);
            sorted.putAll(fromDiscovery);
            return new ContentPacks(Collections.unmodifiableMap(sorted));
        }

        /** Checks packs of one origin, skipping those whose id a higher-precedence map already has. */
        private static Map<String, ContentPack> checkedById(List<ContentPack> packs, Map<String, ContentPack> precedent,
                String origin, List<Problem> problems) {
            Map<String, ContentPack> byId = new LinkedHashMap<>();
            for (ContentPack pack : packs) {
                String provider = pack.getClass().getName();
                String id;
                try {
                    id = pack.id();
                } catch (RuntimeException | LinkageError e) {
                    problems.add(new Problem(provider, "id() failed", e));
                    continue;
                }
                if (id == null) {
                    problems.add(new Problem(provider, "id() returned null", null));
                    continue;
                }
                Role role;
                try {
                    role = pack.role();
                } catch (RuntimeException | LinkageError e) {
                    problems.add(new Problem(provider, "role() of pack '" + id + "' failed", e));
                    continue;
                }
                if (role == null) {
                    problems.add(new Problem(provider, "role() of pack '" + id + "' returned null", null));
                    continue;
                }
                if (!id.equals(role.id())) {
                    problems.add(new Problem(provider, "pack '" + id + "' returned the role '" + role.id()
                            + "'; a pack's id must be its role's id", null));
                    continue;
                }
                // Checked before precedence applies: a broken provider is reported even when an
                // explicitly registered pack has its id.
                if (precedent.containsKey(id)) {
                    continue;
                }
                ContentPack first = byId.putIfAbsent(id, pack);
                if (first != null) {
                    problems.add(new Problem(provider, "has the id '" + id + "' of the " + origin + " pack "
                            + first.getClass().getName() + "; ids must be unique", null));
                }
            }
            return byId;
        }
    }
}
