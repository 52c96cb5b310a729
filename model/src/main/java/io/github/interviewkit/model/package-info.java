/**
 * The hiring model: immutable values describing a role and how to interview for it.
 *
 * <p>{@link io.github.interviewkit.model.Role} is the aggregate a content pack ships. It holds the
 * role's {@link io.github.interviewkit.model.Competency competencies}, its
 * {@link io.github.interviewkit.model.Question question bank}, its
 * {@link io.github.interviewkit.model.Rubric rubric} (evaluation criteria rated on a
 * {@link io.github.interviewkit.model.RatingScale rating scale} with a behavioural anchor per
 * level), the {@link io.github.interviewkit.model.Pitfall pitfalls} interviewers watch for, the
 * {@link io.github.interviewkit.model.ExperienceRequirement experience requirement} and an optional
 * {@link io.github.interviewkit.model.SalaryBand salary band}.
 *
 * <p>Every value is immutable and built with a builder reached from its type, for example
 * {@code Role.builder()}; {@code Role.builder().from(role)} starts from an existing value. A builder
 * validates what it builds: {@code build()} either returns a valid value or throws one
 * {@link io.github.interviewkit.model.ContentException} that lists every
 * {@link io.github.interviewkit.model.Violation problem} with its path, for example
 * {@code questions[3].competencies[0]}; {@code tryBuild(problems)} reports them into a
 * {@link io.github.interviewkit.model.ViolationSink} instead. A part may be given to its parent as
 * a value, which was checked when it was built and is never checked again, or as a builder, which
 * is built and checked with its parent: a whole role of builders is validated once, from its root.
 * Cross-references (a question naming a competency, a pitfall naming a criterion) are checked when
 * the {@code Role} is built.
 *
 * <p>{@link io.github.interviewkit.model.Violations} is the one problem collector of the library:
 * every validation, in this module and in the others, reports into it. It keeps a bounded number
 * of problems and counts the rest.
 *
 * <p>Arguments follow the JDK's convention: a {@code null} argument throws a
 * {@link java.lang.NullPointerException} naming it, an invalid argument value an
 * {@link java.lang.IllegalArgumentException}; invalid <i>content</i> throws a
 * {@link io.github.interviewkit.model.ContentException}.
 * {@link io.github.interviewkit.model.InterviewKitException} is the root of every exception the
 * library throws for content and configuration.
 */
@ValueStyle
@NullMarked
package io.github.interviewkit.model;

import io.github.interviewkit.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
