/**
 * Reading and writing content as JSON or YAML.
 *
 * <p>{@link io.github.interviewkit.model.io.RoleReader} turns a document into a valid
 * {@link io.github.interviewkit.model.Role} or throws one
 * {@link io.github.interviewkit.model.ContentException} that lists every problem of the document:
 * syntax errors, unknown fields, values of the wrong type, broken references and every other rule
 * of the model, each with its path (such as {@code questions[3].competencies[0]}), the offending
 * value and, where the document has it, the line and column. Input is untrusted: size, nesting
 * depth and string length are bounded by {@link io.github.interviewkit.model.io.ContentLimits}, and
 * YAML aliases are rejected.
 *
 * <p>{@link io.github.interviewkit.model.io.RoleWriter} writes a role as pretty, stable,
 * diff-friendly text: the same role always gives the same bytes, with fields in a fixed order and
 * {@code \n} line ends. What it writes, the reader reads back to an equal role.
 *
 * <p>{@link io.github.interviewkit.model.io.ContentFormat} names the two formats and picks one from
 * a file name.
 */
package io.github.interviewkit.model.io;
