package dev.foresight.tokenrefresh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.problem.Problem.FieldError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientRegistrationProblemsTest {

    @Test
    void validRegistrationHasNoProblem() {
        assertEquals(List.of(), ClientRegistrationService.problems(new ClientRegistration("svc-1", List.of("fleet:write"))));
        assertEquals(List.of(), ClientRegistrationService.problems(new ClientRegistration("reader", List.of())));
    }

    @Test
    void namesEveryField() {
        List<FieldError> problems = ClientRegistrationService.problems(
                new ClientRegistration("bad id!", Arrays.asList("fleet:write", "root", null)));
        assertEquals(List.of(
                new FieldError("clientId", "must match [A-Za-z0-9._-]{1,64}"),
                new FieldError("scopes[1]", "unknown scope \"root\"; known scopes: alerts:write clients:admin fleet:write memory:write monitor:write predict:write"),
                new FieldError("scopes[2]", "is required")), problems);
    }

    @Test
    void missingFields() {
        assertEquals(List.of(new FieldError("clientId", "is required"), new FieldError("scopes", "is required (may be empty)")),
                ClientRegistrationService.problems(new ClientRegistration(null, null)));
        assertEquals(List.of(new FieldError("body", "is required")), ClientRegistrationService.problems(null));
    }
}
