package io.github.interviewkit.scoring;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list whose elements are made on access from data that never changes, such as a
 * panel's figures kept in arrays: a report holds its per-criterion figures without making an
 * object per criterion until a caller asks for one.
 */
final class ComputedList<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final IntFunction<T> element;

    private ComputedList(int size, IntFunction<T> element) {
        this.size = size;
        this.element = element;
    }

    static <T> List<T> of(int size, IntFunction<T> element) {
        return new ComputedList<>(size, element);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
        }
        return element.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
