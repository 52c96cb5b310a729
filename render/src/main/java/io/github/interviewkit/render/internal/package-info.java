/**
 * The implementation of the renderings; not exported. {@link io.github.interviewkit.render.internal.Pages}
 * is the one door from the API; the {@code Jte*Generated} classes are the templates jte compiled at
 * build time (public because jte writes them so).
 */
@NullMarked
package io.github.interviewkit.render.internal;

import org.jspecify.annotations.NullMarked;
