package dev.foresight.shared.egress;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** An address block such as {@code 10.0.0.0/8} or {@code fc00::/7}; IPv4 blocks never match IPv6 addresses. */
public record Cidr(byte[] network, int prefix) {

    public Cidr {
        network = network.clone();
    }

    /**
     * {@code a.b.c.d/n} or {@code v6/n}; a bare address is a block of one. Throws
     * IllegalArgumentException saying what is wrong, for a start-up message.
     */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Optional<InetAddress> parsed = HostLiteral.strict(address);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a CIDR block: \"" + address
                    + "\" is not an IPv4 address in dotted decimal nor an IPv6 address");
        }
        byte[] bytes = parsed.get().getAddress();
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > max) {
                throw new IllegalArgumentException("\"" + text + "\" is not a CIDR block: the prefix length must be 0 to " + max);
            }
            prefix = Integer.parseInt(length);
        }
        return new Cidr(mask(bytes, prefix), prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
