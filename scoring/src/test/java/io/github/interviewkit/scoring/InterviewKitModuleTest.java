package io.github.interviewkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.io.ContentFormat;
import io.github.interviewkit.model.io.RoleWriter;
import io.github.interviewkit.scoring.jackson.InterviewKitModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every document type inside a user's DTO, through one mapper with the module. */
class InterviewKitModuleTest {
    /** A user's payload holding every type. */
    public static final class Payload {
        public String requestId = "";
        public Role role;
        public Scorecard scorecard;
        public Panel panel;
        public Report report;
        public ScoringPolicy policy;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InterviewKitModule(TestRoles.SMALL));

    private static Payload payload() {
        Panel panel = Panel.of(TestRoles.SMALL, List.of(ScorecardTest.rich(), TestRoles.card("bob", 4, 3, 3)));
        Payload payload = new Payload();
        payload.requestId = "r-1";
        payload.role = TestRoles.SMALL;
        payload.scorecard = panel.scorecards().get(0);
        payload.panel = panel;
        payload.report = ScoringEngine.builder().registerBuiltIns().build().score(panel);
        payload.policy = ScoringPolicy.builder().minimumPanelSize(2).build();
        return payload;
    }

    @Test
    void everyType_writesTheWritersJson_andReadsBackEqual() throws Exception {
        Payload payload = payload();
        String json = MAPPER.writeValueAsString(payload);
        JsonNode tree = new ObjectMapper().readTree(json);
        ObjectMapper plain = new ObjectMapper();
        assertEquals(plain.readTree(payload.report.toJson()), tree.get("report"));
        assertEquals(plain.readTree(payload.panel.write(ContentFormat.JSON)), tree.get("panel"));
        assertEquals(plain.readTree(payload.scorecard.write(ContentFormat.JSON)), tree.get("scorecard"));
        assertEquals(plain.readTree(payload.policy.write(ContentFormat.JSON)), tree.get("policy"));
        assertEquals(plain.readTree(RoleWriter.standard().write(TestRoles.SMALL, ContentFormat.JSON)), tree.get("role"));

        Payload read = MAPPER.readValue(json, Payload.class);
        assertEquals("r-1", read.requestId);
        assertEquals(payload.role, read.role);
        assertEquals(payload.scorecard, read.scorecard);
        assertEquals(payload.panel, read.panel);
        assertEquals(payload.report, read.report);
        assertEquals(payload.policy, read.policy);
    }

    @Test
    void anInvalidValue_isAJsonMappingException_withThePayloadPath_andTheLibrarysExceptionAsCause() throws Exception {
        String json = MAPPER.writeValueAsString(payload()).replace("\"stage\":\"technical\"", "\"stage\":\"Technical!\"");
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, Payload.class));
        ScoringInputException cause = assertInstanceOf(ScoringInputException.class, e.getCause());
        assertEquals("stage", cause.violations().get(0).path());
        assertEquals("scorecard", e.getPath().get(0).getFieldName());
        assertTrue(e.getMessage().contains("Scorecard is invalid"), e.getMessage());
    }

    @Test
    void aPanelOfAnotherRole_orWithoutAnyRole_isRejected() throws Exception {
        String json = MAPPER.writeValueAsString(payload());
        Role other = Role.builder().from(TestRoles.SMALL).contentVersion("9.0.0").build();
        ObjectMapper wrongRole = new ObjectMapper().registerModule(new InterviewKitModule(other));
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> wrongRole.readValue(json, Payload.class));
        assertEquals("role.contentVersion", ((ScoringInputException) e.getCause()).violations().get(0).path());
        ObjectMapper noRole = new ObjectMapper().registerModule(new InterviewKitModule());
        JsonMappingException none = assertThrows(JsonMappingException.class, () -> noRole.readValue(json, Payload.class));
        assertEquals("role", ((ScoringInputException) none.getCause()).violations().get(0).path());
        ObjectMapper two = new ObjectMapper().registerModule(new InterviewKitModule(other, TestRoles.SMALL));
        assertEquals(payload().panel, two.readValue(json, Payload.class).panel);
    }

    @Test
    void findAndRegisterModules_findsTheModule() {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertTrue(found.getRegisteredModuleIds().stream().anyMatch(id -> String.valueOf(id).contains("InterviewKitModule")),
                found.getRegisteredModuleIds().toString());
    }
}
