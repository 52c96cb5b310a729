package io.github.interviewkit.planning;

import io.github.interviewkit.model.ContentException;
import io.github.interviewkit.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while checking one value, gathered so that {@code build()} reports all of them
 * in one {@link ContentException}, the way the model's builders do.
 */
final class Problems {
    /** The model's slug rule (lower-case letters and digits joined by single hyphens), restated for ids of the loop. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Violation> found = new ArrayList<>();

    void add(String path, @Nullable Object value, String message) {
        found.add(Violation.of(path, value, message));
    }

    void addAll(List<Violation> violations, String parent) {
        for (Violation violation : violations) {
            found.add(violation.under(parent));
        }
    }

    void requireSlug(String path, @Nullable String value) {
        if (value == null) {
            add(path, null, "is required");
        } else if (!SLUG.matcher(value).matches()) {
            add(path, value, "must be a slug: lower-case letters and digits joined by single hyphens");
        }
    }

    /** Reports blank entries and entries that repeat an earlier one, each at its own index. */
    void requireDistinctNotBlank(String path, List<String> values, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.isBlank()) {
                add(path + "[" + i + "]", value, "must not be blank");
                continue;
            }
            Integer earlier = first.putIfAbsent(value, i);
            if (earlier != null) {
                add(path + "[" + i + "]", value, "repeats " + what + " " + path + "[" + earlier + "]");
            }
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny(String subject) {
        if (!found.isEmpty()) {
            throw new ContentException(subject, found);
        }
    }
}
