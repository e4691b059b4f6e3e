package dev.foresight.shared.egress;

/** The kinds of address an outbound request may not reach unless the allow list names them. */
public enum DeniedRange {
    METADATA("a cloud metadata address"),
    LOOPBACK("a loopback address"),
    LINK_LOCAL("a link-local address"),
    PRIVATE("a private address"),
    SHARED("a shared (carrier-grade NAT) address"),
    UNSPECIFIED("an unspecified address"),
    MULTICAST("a multicast address"),
    RESERVED("a reserved or broadcast address");

    private final String description;

    DeniedRange(String description) {
        this.description = description;
    }

    /** {@code must not target a loopback address (127.0.0.1)}. */
    public String rule(String address) {
        return "must not target " + description + " (" + address + ")";
    }
}
