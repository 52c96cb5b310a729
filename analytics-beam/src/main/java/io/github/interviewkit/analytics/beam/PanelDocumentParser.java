package io.github.interviewkit.analytics.beam;

import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleReader;
import io.github.interviewkit.model.io.RoleWriter;
import io.github.interviewkit.scoring.Panel;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The panel-document parser of {@link PanelParser#of}: the role is kept as its JSON document, which
 * serialises, and read back once per deserialised copy; each line is read by
 * {@link Panel#read(Role, String, ContentFormat)}, so it is checked against that role.
 */
final class PanelDocumentParser implements PanelParser {
    private static final long serialVersionUID = 1L;
    /** A line break of the pretty writer and the indentation after it; never inside a JSON string, where breaks are escaped. */
    private static final Pattern BREAK = Pattern.compile("\\n *");

    private final String roleDocument;
    private transient volatile @Nullable Role role;

    PanelDocumentParser(Role role) {
        this.roleDocument = RoleWriter.standard().write(role, ContentFormat.JSON);
        this.role = role;
    }

    @Override
    public Panel parse(String line) {
        Role current = role;
        if (current == null) {
            current = RoleReader.standard().read(roleDocument, ContentFormat.JSON);
            role = current;
        }
        return Panel.read(current, line, ContentFormat.JSON);
    }

    static String line(Panel panel) {
        return BREAK.matcher(panel.write(ContentFormat.JSON)).replaceAll("");
    }

    @Override
    public String toString() {
        return "PanelParser[panel documents]";
    }
}
