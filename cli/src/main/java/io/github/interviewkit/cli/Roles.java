package io.github.interviewkit.cli;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.spi.ContentPack;
import io.github.interviewkit.model.spi.ContentPacks;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** What a ROLE argument names: the id of an installed kit (such as {@code backend-architect}) or a role file. */
final class Roles {
    private Roles() {}

    /**
     * Resolves a ROLE argument: an installed kit by id first, then a file.
     *
     * @throws CommandFailure ({@link Exit#USAGE}) if neither a kit nor a file has that name
     * @throws Failures.InvalidDocument if the file is not a valid role
     */
    static Role resolve(String reference) {
        ContentPacks installed = ContentPacks.installed();
        Optional<ContentPack> pack = installed.find(reference);
        if (pack.isPresent()) {
            return pack.get().role();
        }
        Path file;
        try {
            file = Path.of(reference);
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || !Files.exists(file)) {
            throw new CommandFailure(Exit.USAGE, "no installed kit has the id '" + reference + "' (installed: "
                    + (installed.ids().isEmpty() ? "none" : String.join(", ", installed.ids()))
                    + ") and no file has that name");
        }
        return DocumentTypes.ROLE.read(file, null);
    }
}
