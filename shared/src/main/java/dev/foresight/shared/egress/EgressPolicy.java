package dev.foresight.shared.egress;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where Foresight's own outbound requests (health probes, webhooks) may go: http or https to an
 * address outside the denied ranges of {@link AddressRules}, unless the allow list names it.
 * Pure decisions, no lookups: {@link #checkUrl} judges what the URL says, {@link #checkResolved}
 * what its name resolved to. Each refusal is the rule, worded for a problem+json field error.
 */
public final class EgressPolicy {
    public static final String ALLOW_PROPERTY = "foresight.egress.allow";

    /** Names that always reach the instance metadata service, whatever they resolve to here. */
    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal", "metadata.azure.internal", "metadata.tencentyun.com");

    private final List<Cidr> allow;

    public EgressPolicy(List<Cidr> allow) {
        this.allow = List.copyOf(allow);
    }

    /** Denies every range of {@link AddressRules}. */
    public static EgressPolicy denyAll() {
        return new EgressPolicy(List.of());
    }

    /** The allow list as configured; a bad block fails with the property, the value and why. */
    public static EgressPolicy fromAllowList(List<String> blocks) {
        return new EgressPolicy(blocks.stream().filter(b -> !b.isBlank()).map(block -> {
            try {
                return Cidr.parse(block);
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(ALLOW_PROPERTY + ": " + bad.getMessage(), bad);
            }
        }).toList());
    }

    public List<Cidr> allowList() {
        return allow;
    }

    /** Scheme, host form and any address written in the URL; a name passes until it is resolved. */
    public Optional<String> checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must use http or https, not " + (scheme.isEmpty() ? "a relative URL" : scheme));
        }
        String host = hostOf(uri);
        if (host.isEmpty()) {
            return Optional.of("must be an absolute http or https URL with a host");
        }
        Optional<String> refused = checkHost(host);
        if (refused.isPresent() || uri.getHost() != null) {
            return refused;
        }
        return Optional.of("must be an absolute http or https URL with a host name or address");
    }

    /**
     * java.net.URI leaves the host empty for spellings such as {@code 127.1} or {@code 0x7f.1}
     * (its grammar has no place for them), which resolvers still read as addresses: take the
     * host from the authority then, so the refusal says what it is.
     */
    private static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return "";
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (!host.startsWith("[") && host.lastIndexOf(':') >= 0) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }

    /** A host as a URL writes it: an address literal in any spelling, or a name. */
    public Optional<String> checkHost(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (METADATA_NAMES.contains(name)) {
            return Optional.of(DeniedRange.METADATA.rule(name));
        }
        Optional<InetAddress> literal = HostLiteral.lenient(host);
        if (literal.isPresent()) {
            InetAddress address = literal.get();
            if (HostLiteral.oddIpv4(host)) {
                Optional<DeniedRange> denied = AddressRules.classify(address);
                String text = AddressRules.text(address);
                return Optional.of(denied.map(range -> range.rule(text + " written as " + host))
                        .orElse("must write an IPv4 address as four decimal numbers (" + host + " means " + text + ")"));
            }
            return checkAddress(address);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            // RFC 6761: these names are loopback whatever a resolver says
            return checkAddress(HostLiteral.byAddress(new byte[] {127, 0, 0, 1}));
        }
        return Optional.empty();
    }

    /** One address: allowed when the allow list names it, refused when a denied range holds it. */
    public Optional<String> checkAddress(InetAddress address) {
        if (allow.stream().anyMatch(block -> block.contains(address))) {
            return Optional.empty();
        }
        Optional<InetAddress> embedded = AddressRules.embeddedIpv4(address);
        if (embedded.isPresent() && allow.stream().anyMatch(block -> block.contains(embedded.get()))) {
            return Optional.empty();
        }
        return AddressRules.classify(address).map(range -> range.rule(AddressRules.text(address)));
    }

    /** Every address a name resolved to must pass: the request then goes to one of them, pinned. */
    public Optional<String> checkResolved(List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of("must resolve to an address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = checkAddress(address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }
}
