package io.github.interviewkit.model;

import java.util.regex.Pattern;

/** The naming rules shared by ids and enum names in content. */
final class Names {
    /** A slug, the pattern of {@link Slug}: possessive, so that a long id cannot overflow the stack. */
    static final String SLUG = "[a-z0-9]++(?:-[a-z0-9]++)*+";
    static final String SLUG_MESSAGE = "must be a slug: lower-case letters and digits joined by single hyphens";
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);

    private Names() {}

    static boolean isSlug(String text) {
        return SLUG_PATTERN.matcher(text).matches();
    }

    static String idOf(Enum<?> constant) {
        return ContentIds.of(constant);
    }
}
