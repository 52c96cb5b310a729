package io.github.interviewkit.content.backendarchitect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recruiter's guide the kit quotes, read from the copy kept as a test resource and taken apart
 * by its own layout: lines, paragraphs and bullet lists ("  • item") under section headings.
 */
final class Guide {
    static final String RESOURCE = "/backend-architect-interview-guide.txt";

    /** Bullets before the first section heading: the role profile (competencies, experience, competencies). */
    static final String PROFILE = "(profile)";
    static final String SCREENING = "Initial Screening Questions";
    static final String TECHNICAL = "Technical Assessment Questions";
    static final String LOOK_FOR = "Expert hiring managers look for:";
    static final String PITFALLS = "Common pitfalls:";
    static final String BEHAVIORAL = "Behavioral Questions";
    private static final List<String> HEADINGS = List.of(SCREENING, TECHNICAL, LOOK_FOR, PITFALLS, BEHAVIORAL);
    private static final String BULLET = "  • ";

    final String text;
    final List<String> lines;
    private final Map<String, List<String>> bullets;

    private Guide(String text) {
        this.text = text;
        this.lines = text.lines().toList();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = PROFILE;
        sections.put(section, new ArrayList<>());
        for (String line : lines) {
            if (HEADINGS.contains(line.strip())) {
                section = line.strip();
                sections.put(section, new ArrayList<>());
            } else if (line.startsWith(BULLET)) {
                sections.get(section).add(line.substring(BULLET.length()));
            }
        }
        this.bullets = sections;
    }

    static Guide load() {
        try (InputStream in = Guide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            return new Guide(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bullet items of a section, in order */
    List<String> bullets(String section) {
        List<String> items = bullets.get(section);
        if (items == null) {
            throw new IllegalStateException("the guide has no section " + section + "; it has " + bullets.keySet());
        }
        return items;
    }

    /** @return the one line that starts with a prefix */
    String lineStartingWith(String prefix) {
        List<String> found = lines.stream().filter(line -> line.startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " lines of the guide start with " + prefix);
        }
        return found.get(0);
    }
}
