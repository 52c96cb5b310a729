/**
 * Not API. The documented handful of types interviewkit's own value modules share (see
 * ARCHITECTURE.md): the Immutables style of every value package and the content ids of enum
 * constants. Exported only to interviewkit's modules; nothing here is in the published javadoc.
 */
@NullMarked
package io.github.interviewkit.model.internal;

import org.jspecify.annotations.NullMarked;
