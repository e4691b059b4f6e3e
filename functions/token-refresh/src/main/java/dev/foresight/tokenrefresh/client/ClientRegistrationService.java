package dev.foresight.tokenrefresh.client;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.tokenrefresh.oauth.RandomTokens;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import dev.foresight.shared.input.InputRules;
import java.security.SecureRandom;
import dev.foresight.shared.input.InputRules;
import java.util.ArrayList;
import dev.foresight.shared.input.InputRules;
import java.util.List;

/** Registers a client with a generated 256-bit secret, returned once and stored only hashed. */
@ApplicationScoped
public class ClientRegistrationService {
    private final ClientSecrets secrets;
    private final ClientStore store;
    private final SecureRandom random = new SecureRandom();

    public ClientRegistrationService(ClientSecrets secrets, ClientStore store) {
        this.secrets = secrets;
        this.store = store;
    }

    public Uni<RegisteredClient> register(ClientRegistration request) {
        List<Problem.FieldError> problems = problems(request);
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(problems));
        }
        Scope scopes = Scope.of(request.scopes());
        String secret = RandomTokens.generate(random);
        return secrets.hash(secret)
                .flatMap(hash -> store.insertIfAbsent(new StoredClient(request.clientId(), hash, scopes)))
                .map(inserted -> {
                    if (!inserted) {
                        throw ProblemException.conflict("client \"" + request.clientId() + "\" already exists");
                    }
                    return new RegisteredClient(request.clientId(), secret, List.copyOf(scopes.values()));
                });
    }

    /** Every broken rule at once, so a client fixes its request in one round. */
    static List<Problem.FieldError> problems(ClientRegistration request) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (request == null) {
            problems.add(new Problem.FieldError("body", "is required"));
            return problems;
        }
        ClientRules.idProblem(request.clientId()).ifPresent(p -> problems.add(new Problem.FieldError("clientId", p)));
        scopeProblems(request.scopes(), problems);
        return problems;
    }

    static void scopeProblems(List<String> scopes, List<Problem.FieldError> problems) {
        if (scopes == null) {
            problems.add(new Problem.FieldError("scopes", "is required (may be empty)"));
            return;
        }
        if (scopes.size() > ClientRules.MAX_SCOPES) {
            problems.add(new Problem.FieldError("scopes", InputRules.size(scopes, 0, ClientRules.MAX_SCOPES).orElseThrow()));
            return;
        }
        for (int i = 0; i < scopes.size(); i++) {
            int index = i;
            ClientRules.scopeProblem(scopes.get(i))
                    .ifPresent(p -> problems.add(new Problem.FieldError("scopes[" + index + "]", p)));
        }
    }
}
