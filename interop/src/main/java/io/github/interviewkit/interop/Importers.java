package io.github.interviewkit.interop;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.Violations;
import io.github.interviewkit.model.io.ContentLimits;
import io.github.interviewkit.model.io.DocumentCodec;
import io.github.interviewkit.model.io.DocumentKind;
import java.util.Objects;

/** What every JSON importer does the same way: check the mapping for the role, then read through the codec. */
final class Importers {
    private Importers() {}

    /** @return the assembler of a mapping checked for a role */
    static Assembler assembler(Role role, ImportMapping mapping) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mapping, "mapping");
        Violations problems = Violations.collector();
        MappingRules.forRole(mapping, role, problems);
        problems.throwIfAny("import mapping for role " + role.id(), ImportException::new);
        return new Assembler(role, mapping);
    }

    /**
     * A codec of a vendor payload: within the caller's limits, and ignoring fields the importer does
     * not read, because the vendors add fields to their APIs without a new version.
     */
    static DocumentCodec<ImportReport> codec(DocumentKind<ImportReport> kind, ContentLimits limits) {
        return DocumentCodec.builder(kind).limits(Objects.requireNonNull(limits, "limits")).ignoreUnknownFields().build();
    }
}
