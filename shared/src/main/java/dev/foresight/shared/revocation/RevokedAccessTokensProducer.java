package dev.foresight.shared.revocation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One {@link RevokedAccessTokens} per instance, shared by the listener and the augmentor. */
public class RevokedAccessTokensProducer {
    @Produces
    @Singleton
    RevokedAccessTokens revokedAccessTokens() {
        return new RevokedAccessTokens();
    }
}
