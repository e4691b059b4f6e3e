package dev.foresight.tokenrefresh.apikey;

import dev.foresight.shared.apikey.ApiKeyCache;
import dev.foresight.shared.apikey.ApiKeyFormat;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Issues, rotates, revokes and lists API keys. A key is shown once; rotating issues the next
 * version and leaves the earlier ones working until the overlap ends, so a fleet of machines can
 * be moved to the new key without a moment where neither works.
 */
@ApplicationScoped
public class ApiKeyAdministration {
    private final ApiKeyStore store;
    private final ApiKeyCache cache;
    private final Duration defaultOverlap;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyAdministration(ApiKeyStore store, ApiKeyCache cache, TokenRefreshConfig config) {
        this.store = store;
        this.cache = cache;
        this.defaultOverlap = config.apiKeyOverlap();
    }

    public Uni<IssuedApiKey> issue(ApiKeyIssue request) {
        List<Problem.FieldError> problems = ApiKeyRules.issueProblems(request);
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(problems));
        }
        Scope scopes = Scope.of(request.scopes());
        String keyId = newKeyId();
        ApiKeyFormat.NewKey key = ApiKeyFormat.generate(random);
        return store.insert(keyId, request.name(), scopes.toString(), key)
                .map(created -> new IssuedApiKey(keyId, request.name(), List.copyOf(scopes.values()), 1, key.key(), created, null));
    }

    public Uni<IssuedApiKey> rotate(String keyId, ApiKeyRotation rotation) {
        List<Problem.FieldError> problems = new ArrayList<>();
        ApiKeyRules.keyIdProblem(keyId).ifPresent(p -> problems.add(new Problem.FieldError("keyId", p)));
        Duration overlap = defaultOverlap;
        if (rotation != null && rotation.overlap() != null) {
            try {
                overlap = ApiKeyRules.overlap(rotation.overlap());
            } catch (IllegalArgumentException invalid) {
                problems.add(new Problem.FieldError("overlap", invalid.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(problems));
        }
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plus(overlap);
        ApiKeyFormat.NewKey key = ApiKeyFormat.generate(random);
        return store.rotate(keyId, key, until)
                .onItem().ifNull().failWith(() -> notFound(keyId))
                .map(rotated -> {
                    cache.evictKey(keyId);
                    return new IssuedApiKey(keyId, rotated.name(), List.copyOf(Scope.parse(rotated.scopes()).values()),
                            rotated.version(), key.key(), rotated.createdAt(), until);
                });
    }

    /** Every version stops working at once (on other instances within their cache time). */
    public Uni<Void> revoke(String keyId) {
        return checked(keyId).chain(() -> store.revoke(keyId))
                .chain(found -> found ? Uni.createFrom().voidItem() : Uni.createFrom().failure(notFound(keyId)))
                .invoke(() -> cache.evictKey(keyId));
    }

    public Uni<List<ApiKeyView>> list() {
        return store.list();
    }

    public Uni<ApiKeyView> get(String keyId) {
        return checked(keyId).chain(() -> store.find(keyId)).onItem().ifNull().failWith(() -> notFound(keyId));
    }

    private String newKeyId() {
        byte[] id = new byte[6];
        random.nextBytes(id);
        return ApiKeyRules.KEY_ID_PREFIX + HexFormat.of().formatHex(id);
    }

    private static Uni<Void> checked(String keyId) {
        return ApiKeyRules.keyIdProblem(keyId)
                .map(p -> Uni.createFrom().<Void>failure(ProblemException.invalid("keyId", p)))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private static ProblemException notFound(String keyId) {
        return ProblemException.notFound("API key " + keyId + " does not exist or is revoked");
    }
}
