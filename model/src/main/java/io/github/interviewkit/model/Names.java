package io.github.interviewkit.model;

import io.github.interviewkit.model.internal.ContentNames;
import java.util.regex.Pattern;

/** The naming rules shared by ids and enum names in content. */
final class Names {
    /** A slug: lower-case letters and digits in words joined by single hyphens; possessive, so that a long id cannot overflow the stack. */
    static final String SLUG = "[a-z0-9]++(?:-[a-z0-9]++)*+";
    static final String SLUG_MESSAGE = "must be a slug: lower-case letters and digits joined by single hyphens";
    /** Text with at least one character that is not white space; unlike NotBlank it accepts "absent". */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String NOT_BLANK_MESSAGE = "must not be blank";
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);

    private Names() {}

    static boolean isSlug(String text) {
        return text != null && SLUG_PATTERN.matcher(text).matches();
    }

    static String idOf(Enum<?> constant) {
        return ContentNames.idOf(constant);
    }
}
