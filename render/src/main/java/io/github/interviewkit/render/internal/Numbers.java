package io.github.interviewkit.render.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the renderings show them: at most four decimals, rounded down, with the language's
 * decimal separator and no digit grouping, the way {@code Finding.text(Locale)} shows them, so that
 * a figure shown below a threshold is below it.
 */
final class Numbers {
    private Numbers() {}

    static String decimal(double value, Locale locale) {
        return decimal(new BigDecimal(value), locale);
    }

    static String decimal(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.FLOOR);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
