package dev.foresight.cli.auth;

import dev.foresight.cli.CliException;
import java.time.Clock;
import java.util.Optional;

/** The stored login, renewed with the refresh token when the access token is about to expire. */
public final class Session {
    private final CredentialStore store;
    private final TokenClient tokens;
    private final Clock clock;

    public Session(CredentialStore store, TokenClient tokens, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Optional<Credentials> current() {
        return store.load();
    }

    /** A valid access token, or exit code 3 with what to do about it. */
    public String accessToken() {
        Credentials stored = store.load().orElseThrow(Session::notLoggedIn);
        if (!stored.expiresSoon(clock.instant())) {
            return stored.accessToken();
        }
        return store.locked(() -> {
            // another command may have refreshed while this one waited for the lock
            Credentials latest = store.load().orElseThrow(Session::notLoggedIn);
            if (!latest.expiresSoon(clock.instant())) {
                return latest.accessToken();
            }
            Credentials renewed = tokens.refresh(latest);
            store.save(renewed);
            return renewed.accessToken();
        });
    }

    public void login(String clientId, String secret) {
        store.locked(() -> {
            store.save(tokens.clientCredentials(clientId, secret));
            return null;
        });
    }

    private static CliException notLoggedIn() {
        return CliException.auth("not logged in; run: foresight login --client-id ID");
    }
}
