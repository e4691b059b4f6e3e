package dev.foresight.tokenrefresh.client;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads, changes and deletes registered clients. Clients seeded from FORESIGHT_CLIENTS come back
 * with their configured scopes and secret at the next start: change those in the configuration.
 */
@ApplicationScoped
public class ClientAdministration {
    private final ClientSecrets secrets;
    private final ClientStore store;

    public ClientAdministration(ClientSecrets secrets, ClientStore store) {
        this.secrets = secrets;
        this.store = store;
    }

    public Uni<List<ClientView>> list() {
        return store.list().map(rows -> rows.stream().map(ClientView::of).toList());
    }

    public Uni<ClientView> get(String clientId) {
        return checkedId(clientId).chain(() -> store.find(clientId))
                .onItem().ifNull().failWith(() -> notFound(clientId))
                .map(ClientView::of);
    }

    public Uni<ClientView> update(String clientId, ClientUpdate update) {
        List<Problem.FieldError> problems = new ArrayList<>();
        ClientRules.idProblem(clientId).ifPresent(p -> problems.add(new Problem.FieldError("clientId", p)));
        if (update == null) {
            problems.add(new Problem.FieldError("body", "is required"));
        } else {
            ClientRegistrationService.scopeProblems(update.scopes(), problems);
            if (update.clientSecret() != null) {
                ClientRules.secretProblem(update.clientSecret())
                        .ifPresent(p -> problems.add(new Problem.FieldError("clientSecret", p)));
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(problems));
        }
        Uni<String> hash = update.clientSecret() == null ? Uni.createFrom().nullItem() : secrets.hash(update.clientSecret());
        return hash.chain(h -> store.update(clientId, Scope.of(update.scopes()), h))
                .onItem().ifNull().failWith(() -> notFound(clientId))
                .map(ClientView::of);
    }

    public Uni<Void> delete(String clientId) {
        return checkedId(clientId)
                .chain(() -> store.delete(clientId, OffsetDateTime.now(ZoneOffset.UTC)))
                .chain(deleted -> deleted ? Uni.createFrom().voidItem() : Uni.createFrom().failure(notFound(clientId)));
    }

    private static Uni<Void> checkedId(String clientId) {
        return ClientRules.idProblem(clientId)
                .map(p -> Uni.createFrom().<Void>failure(ProblemException.invalid("clientId", p)))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private static ProblemException notFound(String clientId) {
        return ProblemException.notFound("client " + dev.foresight.shared.input.Bounded.quote(clientId) + " is not registered");
    }
}
