package dev.foresight.tokenrefresh.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.testing.HostileText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** POST /clients for any input: only known scopes and well-formed ids pass; a refusal stays small. */
class ClientInputProperties {
    @Property
    void aRegistrationIsValidOrABoundedRefusal(@ForAll("text") String clientId, @ForAll("scopes") List<String> scopes) {
        List<Problem.FieldError> problems = ClientRegistrationService.problems(new ClientRegistration(clientId, scopes));
        if (problems.isEmpty()) {
            assertTrue(clientId.matches("[A-Za-z0-9._-]{1,64}"));
            assertTrue(ClientRules.KNOWN_SCOPES.containsAll(scopes) && scopes.size() <= ClientRules.MAX_SCOPES);
        } else {
            Problem problem = ProblemException.invalid(problems).problem();
            assertTrue(problem.errors().size() <= ProblemException.MAX_ERRORS);
            assertTrue(problem.detail().length() < 16_000);
        }
    }

    @Provide
    Arbitrary<String> text() {
        return HostileText.strings();
    }

    @Provide
    Arbitrary<List<String>> scopes() {
        Arbitrary<String> scope = Arbitraries.oneOf(Arbitraries.of(List.copyOf(ClientRules.KNOWN_SCOPES)), HostileText.strings());
        return Arbitraries.oneOf(scope.list().ofMaxSize(5), scope.list().ofMinSize(30).ofMaxSize(3_000), Arbitraries.just(null));
    }
}
