/**
 * The content-pack SPI: how a module ships a ready-made interview kit and how a program finds the
 * kits that are installed.
 *
 * <p>{@link io.github.interviewkit.model.spi.ContentPack} is what a content module implements: an
 * id and the validated {@link io.github.interviewkit.model.Role} it ships. A module registers its
 * implementation both in its {@code module-info.java}
 * ({@code provides io.github.interviewkit.model.spi.ContentPack with ...}) and in
 * {@code META-INF/services/io.github.interviewkit.model.spi.ContentPack}, so that it is found on the
 * module path and on the class path alike.
 *
 * <p>{@link io.github.interviewkit.model.spi.ContentPacks} is the registry a program builds: packs
 * registered explicitly first, {@link java.util.ServiceLoader} discovery as a convenience. It lists
 * packs in a deterministic order (by id) and fails with one
 * {@link io.github.interviewkit.model.spi.ContentPackException} naming the service and every broken
 * provider, instead of skipping a pack that cannot be loaded.
 *
 * <p>{@link io.github.interviewkit.model.spi.ProviderDiscovery} is the discovery behind it, which
 * keeps every failure of every provider instead of skipping one; other registries of interviewkit
 * (scoring strategies) and of its users build on it.
 */
@NullMarked
package io.github.interviewkit.model.spi;

import org.jspecify.annotations.NullMarked;
