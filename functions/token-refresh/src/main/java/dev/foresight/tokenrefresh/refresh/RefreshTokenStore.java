package dev.foresight.tokenrefresh.refresh;

import dev.foresight.shared.auth.RefreshTokenEntity;
import dev.foresight.shared.auth.RefreshTokenRepository;
import dev.foresight.tokenrefresh.access.Audiences;
import dev.foresight.tokenrefresh.audit.TokenAudit;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.oauth.RandomTokens;
import dev.foresight.tokenrefresh.oauth.Scope;
import dev.foresight.tokenrefresh.oauth.ScopeRules;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Refresh tokens in {@code refresh_tokens}: only their SHA-256 is stored, never the value. */
@ApplicationScoped
public class RefreshTokenStore {
    private static final Logger LOG = Logger.getLogger(RefreshTokenStore.class);

    private final RefreshTokenRepository tokens;
    private final TokenRefreshConfig config;
    private final TokenAudit audit;
    private final RotationStatement statement;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokenStore(RefreshTokenRepository tokens, TokenRefreshConfig config, TokenAudit audit,
            RotationStatement statement) {
        this.tokens = tokens;
        this.config = config;
        this.audit = audit;
        this.statement = statement;
    }

    /** Issues the first token of a new family, granted {@code audience}; returns the value, which is shown once. */
    @WithTransaction
    public Uni<String> startFamily(String clientId, String subject, Scope scope, Set<String> audience) {
        UUID family = UUID.randomUUID();
        return insert(family, clientId, subject, scope, Audiences.stored(audience), now())
                .call(() -> audit.record(TokenAudit.GRANT, clientId, Map.of(
                        "grantType", "client_credentials", "scope", scope.toString(), "family", family.toString())));
    }

    /**
     * Exchanges a presented token for its successor. The usable case is one statement
     * ({@link RotationStatement}); anything else (unknown, expired, revoked, another client's, a
     * scope or an audience beyond the token's, or already spent, which revokes the family) is
     * judged by {@link #rotateJudged} in its own transaction. {@code audience} is the requested
     * audience, empty to keep the family's.
     */
    public Uni<Rotation> rotate(String presented, String clientId, Scope clientScope, Optional<String> requestedScope,
            Optional<Set<String>> audience) {
        Optional<Scope> asked;
        try {
            asked = requestedScope.map(Scope::parse);
        } catch (IllegalArgumentException malformed) {
            return Panache.withTransaction(() -> rotateJudged(presented, clientId, clientScope, requestedScope, audience));
        }
        if (asked.isPresent() && !asked.get().outside(clientScope).isEmpty()) {
            return Panache.withTransaction(() -> rotateJudged(presented, clientId, clientScope, requestedScope, audience));
        }
        OffsetDateTime now = now();
        String successor = RandomTokens.generate(random);
        return statement.execute(RandomTokens.sha256Hex(presented), clientId, now, RandomTokens.sha256Hex(successor),
                        now.plus(config.refreshTokenTtl()),
                        asked.map(scope -> scope.values().toArray(String[]::new)).orElse(null),
                        clientScope.values().toArray(String[]::new), asked.map(Scope::toString).orElse(null),
                        audience.map(names -> names.toArray(String[]::new)).orElse(null))
                .flatMap(spent -> spent.isPresent()
                        ? Uni.createFrom().item((Rotation) new Rotation.Rotated(successor, spent.get().subject(),
                                asked.orElseGet(() -> Scope.parse(spent.get().scope()).intersect(clientScope)),
                                Audiences.within(audience, Audiences.granted(spent.get().audience()))))
                        : Panache.withTransaction(() -> rotateJudged(presented, clientId, clientScope, requestedScope, audience)));
    }

    /**
     * The rotation judged step by step. The conditional UPDATE is what makes this safe under
     * concurrency: of two transactions that both read the token as unused, PostgreSQL lets only the
     * first mark it used; the second sees zero rows and is treated as reuse.
     */
    Uni<Rotation> rotateJudged(String presented, String clientId, Scope clientScope, Optional<String> requestedScope,
            Optional<Set<String>> audience) {
        OffsetDateTime now = now();
        return tokens.findByHash(RandomTokens.sha256Hex(presented)).flatMap(row -> {
            RotationRules.Verdict verdict = RotationRules.judge(stateOf(row), clientId, now.toInstant());
            if (verdict == RotationRules.Verdict.REUSED) {
                return revoke(row, now);
            }
            if (verdict != RotationRules.Verdict.USABLE) {
                return Uni.createFrom().item(new Rotation.Refused(verdict));
            }
            // checked before the token is spent, so a bad scope or audience leaves it usable
            Scope accessScope = ScopeRules.narrow(requestedScope, Scope.parse(row.scope).intersect(clientScope));
            Set<String> accessAudience = Audiences.within(audience, Audiences.granted(row.audience));
            return tokens.update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", now, row.id)
                    .flatMap(updated -> updated == 1
                            ? insert(row.familyId, row.clientId, row.subject, Scope.parse(row.scope), row.audience, now)
                                    .call(() -> audit.record(TokenAudit.REFRESH, row.clientId, Map.of(
                                            "family", row.familyId.toString(), "scope", accessScope.toString())))
                                    .map(next -> (Rotation) new Rotation.Rotated(next, row.subject, accessScope, accessAudience))
                            : revoke(row, now));
        });
    }

    /** The stored row of a presented refresh token, or null when unknown. */
    public Uni<RefreshTokenEntity> find(String presented) {
        return tokens.findByHash(RandomTokens.sha256Hex(presented));
    }

    /** Revokes the whole family of a row (RFC 7009 §2.1); returns how many tokens were still live. */
    public Uni<Integer> revokeFamily(RefreshTokenEntity row) {
        return revokeLocked(row.familyId, now());
    }

    /** Revokes every live refresh token of a client (logout); returns how many. */
    public Uni<Integer> revokeClient(String clientId, OffsetDateTime at) {
        return tokens.update("revokedAt = ?1 where clientId = ?2 and revokedAt is null", at, clientId);
    }

    /**
     * Locks the family's rows in id order before revoking them: racing reuses of one token would
     * otherwise each lock the rows in whatever order their UPDATE scans them, and deadlock.
     */
    private Uni<Integer> revokeLocked(UUID familyId, OffsetDateTime now) {
        return tokens.find("familyId = ?1 order by id", familyId).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(locked -> tokens.revokeFamily(familyId, now));
    }

    private Uni<Rotation> revoke(RefreshTokenEntity row, OffsetDateTime now) {
        return revokeLocked(row.familyId, now)
                .call(count -> audit.record(TokenAudit.REUSE_DETECTED, row.clientId, Map.of(
                        "family", row.familyId.toString(), "revoked", count)))
                .map(count -> {
            LOG.warnf("refresh token reuse by client \"%s\": revoked %d token(s) of family %s", row.clientId, count, row.familyId);
            return new Rotation.Refused(RotationRules.Verdict.REUSED);
        });
    }

    private Uni<String> insert(UUID family, String clientId, String subject, Scope scope, String audience,
            OffsetDateTime now) {
        String value = RandomTokens.generate(random);
        RefreshTokenEntity row = new RefreshTokenEntity();
        row.tokenHash = RandomTokens.sha256Hex(value);
        row.familyId = family;
        row.clientId = clientId;
        row.subject = subject;
        // §6: a rotated refresh token keeps the scope of the one it replaces
        row.scope = scope.toString();
        row.audience = audience;
        row.issuedAt = now;
        row.expiresAt = now.plus(config.refreshTokenTtl());
        return tokens.persist(row).replaceWith(value);
    }

    private static RotationRules.TokenState stateOf(RefreshTokenEntity row) {
        if (row == null) {
            return null;
        }
        return new RotationRules.TokenState(row.clientId, row.expiresAt.toInstant(),
                row.usedAt == null ? null : row.usedAt.toInstant(),
                row.revokedAt == null ? null : row.revokedAt.toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
