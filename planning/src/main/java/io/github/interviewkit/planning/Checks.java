package io.github.interviewkit.planning;

import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.ViolationSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The checks the planning values share, reporting into a {@link ViolationSink}. */
final class Checks {
    /** The model's slug rule (lower-case letters and digits joined by single hyphens), for ids of the loop. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Checks() {}

    static void slug(ViolationSink out, String path, @Nullable String value) {
        if (value == null) {
            out.add(path, null, "is required");
        } else if (!SLUG.matcher(value).matches()) {
            out.add(path, value, "must be a slug: lower-case letters and digits joined by single hyphens");
        }
    }

    /** Reports blank entries and entries that repeat an earlier one, each at its own index. */
    static void distinctNotBlank(ViolationSink out, String path, List<String> values, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.isBlank()) {
                out.add(path + "[" + i + "]", value, "must not be blank");
                continue;
            }
            Integer earlier = first.putIfAbsent(value, i);
            if (earlier != null) {
                out.add(path + "[" + i + "]", value, "repeats " + what + " " + path + "[" + earlier + "]");
            }
        }
    }

    /** A sink that passes problems on and counts them, so that a build knows whether to return its value. */
    static final class Counting implements ViolationSink {
        private final ViolationSink out;
        private int count;

        Counting(ViolationSink out) {
            this.out = out;
        }

        @Override
        public void add(Violation violation) {
            count++;
            out.add(violation);
        }

        boolean none() {
            return count == 0;
        }
    }
}
