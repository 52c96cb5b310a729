package io.github.interviewkit.scoring.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violation;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import io.github.interviewkit.scoring.Panel;
import io.github.interviewkit.scoring.Report;
import io.github.interviewkit.scoring.Scorecard;
import io.github.interviewkit.scoring.ScoringInputException;
import io.github.interviewkit.scoring.ScoringPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Jackson module of interviewkit's documents: {@link Role}, {@link Scorecard}, {@link Panel},
 * {@link Report} and {@link ScoringPolicy} write as their JSON documents (the same JSON as
 * {@code RoleWriter}, {@code Scorecard.write}, {@code Panel.write}, {@code Report.toJson} and
 * {@code ScoringPolicy.write}) and read through the library's readers, with the same validation:
 * an invalid value is a {@link com.fasterxml.jackson.databind.JsonMappingException} whose message
 * lists every problem and whose cause is the library's {@code ContentException}.
 *
 * <p>A panel document names its role by id and content version; this module reads it against the
 * matching role among those it was given ({@code new InterviewKitModule(kit)}), and a panel of any
 * other role or version is invalid. The module found by {@code ObjectMapper.findAndRegisterModules()}
 * has no role, so it reads every type but panels.
 */
public final class InterviewKitModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private final transient List<Role> roles;

    /** Returns the module without roles: panels are written, but reading one names the missing role. */
    public InterviewKitModule() {
        this(List.of());
    }

    /**
     * Returns the module reading panels of the given roles.
     *
     * @param roles the roles panels may be of, matched by id and content version
     * @throws NullPointerException if {@code roles} or a role is {@code null}
     */
    public InterviewKitModule(Role... roles) {
        this(List.of(Objects.requireNonNull(roles, "roles")));
    }

    private InterviewKitModule(List<Role> roles) {
        super("InterviewKitModule", Version.unknownVersion());
        this.roles = List.copyOf(roles);
        addSerializer(Role.class, new DocumentSerializer<>(Role.class, role -> RoleWriter.standard().write(role, ContentFormat.JSON)));
        addDeserializer(Role.class, new DocumentDeserializer<>(Role.class, text -> RoleReader.standard().read(text, ContentFormat.JSON)));
        addSerializer(Scorecard.class, new DocumentSerializer<>(Scorecard.class, card -> card.write(ContentFormat.JSON)));
        addDeserializer(Scorecard.class, new DocumentDeserializer<>(Scorecard.class, text -> Scorecard.read(text, ContentFormat.JSON)));
        addSerializer(Panel.class, new DocumentSerializer<>(Panel.class, panel -> panel.write(ContentFormat.JSON)));
        addDeserializer(Panel.class, new DocumentDeserializer<>(Panel.class, this::readPanel));
        addSerializer(Report.class, new DocumentSerializer<>(Report.class, Report::toJson));
        addDeserializer(Report.class, new DocumentDeserializer<>(Report.class, text -> Report.read(text, ContentFormat.JSON)));
        addSerializer(ScoringPolicy.class, new DocumentSerializer<>(ScoringPolicy.class, policy -> policy.write(ContentFormat.JSON)));
        addDeserializer(ScoringPolicy.class, new DocumentDeserializer<>(ScoringPolicy.class,
                text -> ScoringPolicy.read(text, ContentFormat.JSON)));
    }

    /** @return the roles this module reads panels of */
    public List<Role> roles() {
        return roles;
    }

    /** Reads a panel against the role it names; with no role or one role, the reader reports any mismatch. */
    private Panel readPanel(String text) {
        if (roles.isEmpty()) {
            throw new ScoringInputException("Panel", List.of(Violation.of("role", null,
                    "no role to read the panel against: register new InterviewKitModule(role, ...)")));
        }
        if (roles.size() == 1) {
            return Panel.read(roles.get(0), text, ContentFormat.JSON);
        }
        List<ScoringInputException> failures = new ArrayList<>();
        for (Role role : roles) {
            try {
                return Panel.read(role, text, ContentFormat.JSON);
            } catch (ScoringInputException e) {
                failures.add(e);
            }
        }
        failures.sort(java.util.Comparator.comparingInt(e -> e.violations().size()));
        throw failures.get(0);
    }
}
