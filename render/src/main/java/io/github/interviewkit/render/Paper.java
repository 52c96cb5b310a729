package io.github.interviewkit.render;

/** The paper an HTML rendering asks the browser to print on; Markdown has none. */
public enum Paper {
    /** No page size: the browser prints on the paper its user chose (A4 or Letter alike). */
    ANY,
    /** ISO A4, 210 × 297 mm. */
    A4,
    /** US Letter, 8.5 × 11 in. */
    LETTER
}
