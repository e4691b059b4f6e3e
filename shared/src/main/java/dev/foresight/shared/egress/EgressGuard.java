package dev.foresight.shared.egress;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the {@link EgressPolicy} configured by {@code foresight.egress.allow} (CIDR blocks,
 * comma-separated; a bad block stops start-up with its message). {@link #resolve} looks a name up
 * once and returns the checked address the request must connect to.
 */
@Startup
@Singleton
public class EgressGuard {
    /** Looks a name up; tests replace it to play a resolver that answers what they need. */
    @FunctionalInterface
    public interface Lookup {
        List<InetAddress> all(String host) throws UnknownHostException;
    }

    private final EgressPolicy policy;
    private final Vertx vertx;
    private final Lookup lookup;

    @Inject
    public EgressGuard(@ConfigProperty(name = EgressPolicy.ALLOW_PROPERTY) Optional<List<String>> allow, Vertx vertx) {
        this(EgressPolicy.fromAllowList(allow.orElse(List.of())), vertx, host -> List.of(InetAddress.getAllByName(host)));
    }

    public EgressGuard(EgressPolicy policy, Vertx vertx, Lookup lookup) {
        this.policy = policy;
        this.vertx = vertx;
        this.lookup = lookup;
    }

    public EgressPolicy policy() {
        return policy;
    }

    /** What the URL itself breaks, without a lookup: for configuration and stored settings. */
    public Optional<String> checkUrl(String url) {
        return policy.checkUrl(url);
    }

    /**
     * What registering this URL breaks: the URL itself, then every address its name resolves to.
     * A name that does not resolve yet passes; it is judged again at every request.
     */
    public Uni<Optional<String>> checkRegistration(String url) {
        return resolve(url).map(target -> Optional.<String>empty())
                .onFailure(EgressRefused.class).recoverWithItem(refused -> Optional.of(((EgressRefused) refused).rule()))
                .onFailure(UnknownHostException.class).recoverWithItem(Optional.empty());
    }

    /** The URL and the one checked address to connect to; fails with {@link EgressRefused}. */
    public Uni<EgressTarget> resolve(String url) {
        Optional<String> refused = policy.checkUrl(url);
        if (refused.isPresent()) {
            return Uni.createFrom().failure(new EgressRefused(refused.get()));
        }
        URI uri = URI.create(url);
        Optional<InetAddress> literal = HostLiteral.lenient(uri.getHost());
        if (literal.isPresent()) {
            return Uni.createFrom().item(new EgressTarget(uri, literal.get()));
        }
        String name = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return vertx.executeBlocking(() -> lookup.all(name), false).map(addresses -> {
            Optional<String> denied = policy.checkResolved(addresses);
            if (denied.isPresent()) {
                throw new EgressRefused(denied.get() + ", resolved from " + name);
            }
            return new EgressTarget(uri, addresses.get(0));
        });
    }
}
