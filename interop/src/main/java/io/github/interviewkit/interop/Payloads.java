package io.github.interviewkit.interop;

import io.github.interviewkit.model.io.FieldValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/** Readers of the value shapes vendor payloads share: ids as numbers or text, times, texts. */
final class Payloads {
    private Payloads() {}

    /** A whole number (Greenhouse ids), handed on as its decimal text. */
    static void numericId(FieldValue value, Consumer<String> setter) {
        if (!value.isPresent()) {
            return;
        }
        if (!value.isNumber()) {
            value.report(null, "must be a whole number, as the vendor documents it");
            return;
        }
        value.decimal(number -> {
            try {
                setter.accept(number.toBigIntegerExact().toString());
            } catch (ArithmeticException fraction) {
                value.report(number.toPlainString(), "must be a whole number");
            }
        });
    }

    /** An ISO-8601 instant such as {@code 2014-03-26T21:59:51Z}. */
    static void instant(FieldValue value, Consumer<Instant> setter) {
        value.id(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }, "an ISO-8601 time such as 2014-03-26T21:59:51Z", setter);
    }

    /** Milliseconds since 1970 as a whole number (Lever's timestamps). */
    static void epochMillis(FieldValue value, Consumer<Instant> setter) {
        if (!value.isPresent()) {
            return;
        }
        if (!value.isNumber()) {
            value.report(null, "must be a timestamp in milliseconds since 1970, as the vendor documents it");
            return;
        }
        value.decimal(number -> {
            try {
                setter.accept(Instant.ofEpochMilli(number.longValueExact()));
            } catch (ArithmeticException outOfRange) {
                value.report(number.toPlainString(), "must be a timestamp in milliseconds since 1970");
            }
        });
    }

    /** A scalar answer as text: text as itself, a number or a boolean as written. */
    static void scalarText(FieldValue value, Consumer<String> setter) {
        if (value.isNumber()) {
            value.decimal(number -> setter.accept(plain(number)));
        } else if (value.isPresent() && !value.isText() && !value.isObject() && !value.isList()) {
            value.bool(flag -> setter.accept(flag.toString()));
        } else {
            value.string(setter);
        }
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
    }
}
