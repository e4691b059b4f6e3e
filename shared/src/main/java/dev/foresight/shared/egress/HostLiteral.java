package dev.foresight.shared.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP literals in a URL's host, read without any DNS lookup. Besides the usual forms, resolvers
 * (inet_aton, browsers' URL parsers) read {@code 2130706433}, {@code 0x7f.1} and {@code 0177.0.0.1}
 * as 127.0.0.1: {@link #lenient} reads those the same way, so such a spelling cannot slip past.
 */
public final class HostLiteral {
    private static final Pattern DOTTED_DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

    private HostLiteral() {}

    /** The address a canonical literal names: {@code 10.0.0.1}, {@code ::1}, {@code [::1]}. */
    public static Optional<InetAddress> strict(String host) {
        if (DOTTED_DECIMAL.matcher(host).matches()) {
            return lenient(host);
        }
        return ipv6(host);
    }

    /** The address any IPv4 spelling a resolver would accept names, or a canonical IPv6 literal. */
    public static Optional<InetAddress> lenient(String host) {
        Optional<InetAddress> v6 = ipv6(host);
        if (v6.isPresent()) {
            return v6;
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        // a.b.c.d, a.b.c (c is 16 bits), a.b (b is 24 bits), a (32 bits)
        long result = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            result |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        if (last >= 1L << (8 * (5 - values.length))) {
            return Optional.empty();
        }
        result |= last;
        byte[] bytes = {(byte) (result >>> 24), (byte) (result >>> 16), (byte) (result >>> 8), (byte) result};
        return Optional.of(byAddress(bytes));
    }

    /** True when {@code host} is an IPv4 address written other than as four plain decimal numbers. */
    public static boolean oddIpv4(String host) {
        return ipv6(host).isEmpty() && lenient(host).isPresent() && !DOTTED_DECIMAL.matcher(host).matches();
    }

    private static Long number(String part) {
        if (part.isEmpty() || !NUMERIC_PART.matcher(part).matches() || part.length() > 40) {
            return null;
        }
        try {
            long value;
            if (part.startsWith("0x") || part.startsWith("0X")) {
                value = part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            } else if (part.length() > 1 && part.startsWith("0")) {
                if (!part.matches("[0-7]+")) {
                    return null;
                }
                value = Long.parseLong(part.substring(1), 8);
            } else {
                value = Long.parseLong(part);
            }
            return value > 0xffffffffL ? null : value;
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private static Optional<InetAddress> ipv6(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int zone = h.indexOf('%');
        h = zone < 0 ? h : h.substring(0, zone); // the zone names an interface, not the address
        if (!h.contains(":") || !h.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            // a string with ':' is parsed as an IPv6 literal, never looked up
            return Optional.of(InetAddress.getByName("[" + h + "]"));
        } catch (UnknownHostException | SecurityException invalid) {
            return Optional.empty();
        }
    }

    static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
