package io.github.interviewkit.model.io;

import org.jspecify.annotations.Nullable;

/**
 * Checks the exponent of a number from the text it was written as, before anything turns it into a
 * {@code BigInteger}, {@code BigDecimal} or {@code double}: so that no number read can hold a
 * billion digits once expanded, or overflow a later computation.
 */
final class Numbers {
    private Numbers() {}

    /**
     * @param raw a number as written, in JSON or YAML syntax (YAML's underscores, hexadecimal and
     *     octal forms included); at most the limit on number lengths long
     * @param max the largest exponent, positive or negative
     * @return what is wrong, or {@code null} when the number is within bounds
     */
    static @Nullable String exponentProblem(String raw, int max) {
        int i = 0;
        int n = raw.length();
        if (i < n && (raw.charAt(i) == '-' || raw.charAt(i) == '+')) {
            i++;
        }
        if (i + 1 < n && raw.charAt(i) == '0' && "xXoObB".indexOf(raw.charAt(i + 1)) >= 0) {
            // YAML's hexadecimal, octal and binary integers: their length bounds them well enough.
            return hexProblem(raw, i + 2, max);
        }
        long significant = -1; // decimal exponent of the first significant digit, before the written exponent
        int digitsBeforePoint = 0;
        boolean afterPoint = false;
        int zerosAfterPoint = 0;
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '_' || c == ':') {
                continue;
            }
            if (c == '.') {
                afterPoint = true;
                continue;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            if (significant < 0 && c != '0') {
                significant = afterPoint ? -(zerosAfterPoint + 1) : 0;
            }
            if (!afterPoint) {
                if (significant >= 0) {
                    digitsBeforePoint++;
                }
            } else if (significant < 0) {
                zerosAfterPoint++;
            }
        }
        long written = 0;
        if (i < n) {
            i++;
            boolean negative = false;
            if (i < n && (raw.charAt(i) == '-' || raw.charAt(i) == '+')) {
                negative = raw.charAt(i) == '-';
                i++;
            }
            for (; i < n; i++) {
                char c = raw.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                written = Math.min(written * 10 + (c - '0'), Integer.MAX_VALUE);
            }
            written = negative ? -written : written;
        }
        if (Math.abs(written) > max) {
            return beyond(max);
        }
        if (significant >= 0) {
            long exponent = (digitsBeforePoint > 0 ? digitsBeforePoint - 1 : significant) + written;
            if (Math.abs(exponent) > max) {
                return beyond(max);
            }
        }
        return null;
    }

    private static @Nullable String hexProblem(String raw, int from, int max) {
        int digits = 0;
        for (int i = from; i < raw.length(); i++) {
            if (raw.charAt(i) != '_' && (digits > 0 || raw.charAt(i) != '0')) {
                digits++;
            }
        }
        // Four bits per digit at most: 16^d < 10^(1.21 d).
        return digits * 1.21 > max ? beyond(max) : null;
    }

    private static String beyond(int max) {
        return "is a number whose decimal exponent is beyond the limit of " + max + ", positive or negative";
    }
}
