/**
 * Reading and writing content as JSON or YAML, through one codec for every kind of document.
 *
 * <p>{@link io.github.interviewkit.model.io.RoleReader} turns a document into a valid
 * {@link io.github.interviewkit.model.Role} or throws one
 * {@link io.github.interviewkit.model.ContentException} that lists every problem of the document:
 * syntax errors, unknown fields, values of the wrong type, broken references and every other rule
 * of the model, each with its path (such as {@code questions[3].competencies[0]}), the offending
 * value and, where the document has it, the line and column. Input is untrusted: it is bounded by
 * {@link io.github.interviewkit.model.io.ContentLimits}, and YAML aliases are rejected.
 * {@link io.github.interviewkit.model.io.RoleWriter} writes a role as pretty, stable,
 * diff-friendly text that the reader reads back to an equal role.
 *
 * <p>{@link io.github.interviewkit.model.io.DocumentCodec} is the codec behind them, shared by every
 * kind of document interviewkit reads (roles, scoring policies, scorecards, panels, reports, …): a
 * {@link io.github.interviewkit.model.io.DocumentKind} says how its root object binds into a value,
 * through a {@link io.github.interviewkit.model.io.FieldReader} of
 * {@link io.github.interviewkit.model.io.FieldValue}s, and how a value writes out through a
 * {@link io.github.interviewkit.model.io.FieldWriter}; the codec does the rest the same way for every
 * kind. {@link io.github.interviewkit.model.io.CheckedContent} lets a content pack compile the role
 * its build checked into code, so that loading it neither parses nor validates it again.
 *
 * <p>{@link io.github.interviewkit.model.io.ContentFormat} names the two formats and picks one from
 * a file name; {@link io.github.interviewkit.model.io.UnreadableContentException} reports a file
 * that cannot be read at all.
 */
@NullMarked
package io.github.interviewkit.model.io;

import org.jspecify.annotations.NullMarked;
