/**
 * Renderings for people: {@link io.github.interviewkit.render.Renderer} turns a role's kit, an
 * {@link io.github.interviewkit.render.InterviewGuide interview}, or a scored report with its panel
 * into HTML or Markdown ({@link io.github.interviewkit.render.Format}), in English or German.
 *
 * <p>{@link io.github.interviewkit.render.Renderer#kit Renderer.kit} renders the interview kit of a
 * role: competencies, questions by stage with follow-ups, what a strong answer shows, the pitfalls
 * to watch, the rubric with every behavioural anchor, the source attribution.
 * {@link io.github.interviewkit.render.Renderer#guide Renderer.guide} and
 * {@link io.github.interviewkit.render.Renderer#scorecardForm Renderer.scorecardForm} render one
 * interview's guide and blank scorecard. {@link io.github.interviewkit.render.Renderer#report
 * Renderer.report} renders a candidate report: the decision in plain words, the composite against
 * every threshold, each criterion with each interviewer's rating, a chart, the flags and the trace.
 *
 * <p>An HTML rendering is one self-contained page: inline CSS with print styles, a
 * Content-Security-Policy that allows no script and no request, no script and no external
 * resource. Every text from content, scorecards or callers is escaped for its output, and
 * bidirectional formatting and control characters in it are replaced by U+FFFD.
 */
@NullMarked
package io.github.interviewkit.render;

import org.jspecify.annotations.NullMarked;
