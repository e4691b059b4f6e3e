package dev.foresight.shared.egress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which denied range an address falls in. IPv6 forms that carry an IPv4 address (mapped
 * {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4
 * {@code 2002::/16}) are judged by the IPv4 address they carry. Pure: no lookups.
 */
public final class AddressRules {
    /** First match wins, so the metadata addresses come before the link-local block they sit in. */
    private static final List<Map.Entry<Cidr, DeniedRange>> RANGES = List.of(
            entry("169.254.169.254/32", DeniedRange.METADATA), // AWS, GCP, Azure, OpenStack, ...
            entry("169.254.170.2/32", DeniedRange.METADATA), // AWS ECS task credentials
            entry("100.100.100.200/32", DeniedRange.METADATA), // Alibaba Cloud
            entry("192.0.0.192/32", DeniedRange.METADATA), // Oracle Cloud
            entry("fd00:ec2::254/128", DeniedRange.METADATA), // AWS over IPv6
            entry("0.0.0.0/8", DeniedRange.UNSPECIFIED),
            entry("::/128", DeniedRange.UNSPECIFIED),
            entry("127.0.0.0/8", DeniedRange.LOOPBACK),
            entry("::1/128", DeniedRange.LOOPBACK),
            entry("169.254.0.0/16", DeniedRange.LINK_LOCAL),
            entry("fe80::/10", DeniedRange.LINK_LOCAL),
            entry("10.0.0.0/8", DeniedRange.PRIVATE),
            entry("172.16.0.0/12", DeniedRange.PRIVATE),
            entry("192.168.0.0/16", DeniedRange.PRIVATE),
            entry("192.0.0.0/24", DeniedRange.PRIVATE), // IETF protocol assignments
            entry("198.18.0.0/15", DeniedRange.PRIVATE), // benchmarking networks
            entry("fc00::/7", DeniedRange.PRIVATE),
            entry("fec0::/10", DeniedRange.PRIVATE), // deprecated site-local
            entry("100.64.0.0/10", DeniedRange.SHARED),
            entry("224.0.0.0/4", DeniedRange.MULTICAST),
            entry("ff00::/8", DeniedRange.MULTICAST),
            entry("240.0.0.0/4", DeniedRange.RESERVED)); // includes 255.255.255.255

    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private AddressRules() {}

    /** The range {@code address} is in, judging embedded IPv4 addresses by themselves. */
    public static Optional<DeniedRange> classify(InetAddress address) {
        InetAddress judged = embeddedIpv4(address).orElse(address);
        for (Map.Entry<Cidr, DeniedRange> range : RANGES) {
            if (range.getKey().contains(judged)) {
                return Optional.of(range.getValue());
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address carries, if it is of a form that carries one. */
    public static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16)
                && !(allZero(b, 12, 15) && b[15] == 1); // not :: nor ::1
        if (mapped || compatible || NAT64.contains(address)) {
            return Optional.of(HostLiteral.byAddress(Arrays.copyOfRange(b, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(HostLiteral.byAddress(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    /** How an address is written in a refusal: the IPv4 form of a mapped address, as Java prints it otherwise. */
    public static String text(InetAddress address) {
        return address instanceof Inet4Address ? address.getHostAddress() : address.getHostAddress().replaceAll("%.*$", "");
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Map.Entry<Cidr, DeniedRange> entry(String cidr, DeniedRange range) {
        return Map.entry(Cidr.parse(cidr), range);
    }
}
