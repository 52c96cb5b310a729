package io.github.interviewkit.interop;

/** Turns the codec's paths ({@code a[0].b}, {@code map[key]}) into JSON Pointers. */
final class SourcePaths {
    private SourcePaths() {}

    /** @return the JSON Pointer of a path; the empty path is the whole document, {@code ""} */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            int end;
            String segment;
            if (c == '[') {
                end = path.indexOf(']', i);
                // A key may hold ']' itself only at its end: take the last ']' before the next '.' or '['.
                int next = nextSegment(path, end + 1);
                end = path.lastIndexOf(']', next - 1);
                segment = path.substring(i + 1, end);
                i = end + 1;
            } else {
                end = nextSegment(path, i);
                segment = path.substring(i, end);
                i = end;
            }
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static int nextSegment(String path, int from) {
        for (int j = from; j < path.length(); j++) {
            char c = path.charAt(j);
            if (c == '.' || c == '[') {
                return j;
            }
        }
        return path.length();
    }
}
