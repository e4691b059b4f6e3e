package dev.foresight.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties over generated addresses and spellings: no spelling of a denied address gets through. */
class EgressPolicyProperties {
    private final EgressPolicy policy = EgressPolicy.denyAll();

    @Property
    void everyLoopbackAddressIsRefusedInEveryIpv4Spelling(@ForAll @IntRange(min = 0, max = 0xffffff) int low,
            @ForAll("spellings") int spelling) {
        long address = (127L << 24) | low;
        String host = spell(address, spelling);
        Optional<String> refused = policy.checkUrl("http://" + host + "/");
        assertTrue(refused.isPresent() && refused.get().startsWith("must not target a loopback address"), host + " -> " + refused);
    }

    @Property
    void everyPrivateTenAddressIsRefusedAlsoWhenMappedToIpv6(@ForAll @IntRange(min = 0, max = 0xffffff) int low) {
        long address = (10L << 24) | low;
        String dotted = spell(address, 0);
        assertEquals(Optional.of("must not target a private address (" + dotted + ")"),
                policy.checkUrl("http://[::ffff:" + dotted + "]/"));
    }

    @Property
    void aDeniedAddressIsNeverAllowedAndAnAllowedOneNeverDenied(@ForAll long raw) {
        long address = raw & 0xffffffffL;
        String dotted = spell(address, 0);
        Optional<DeniedRange> range = AddressRules.classify(HostLiteral.lenient(dotted).orElseThrow());
        assertEquals(range.isPresent(), policy.checkUrl("http://" + dotted + ":8080/x").isPresent(), dotted);
    }

    @Property
    void anyHostTextIsJudgedWithoutFailing(@ForAll("hosts") String host) {
        policy.checkUrl("http://" + host + "/"); // never throws, whatever the host
    }

    @Provide
    Arbitrary<Integer> spellings() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.strings().withChars("0123456789abcdefxX.:[]%-").ofMinLength(1).ofMaxLength(40);
    }

    /** 0: dotted decimal, 1: one decimal number, 2: hex number, 3: dotted octal, 4: a.b.c with a 16-bit tail. */
    private static String spell(long a, int how) {
        int b0 = (int) (a >>> 24) & 0xff;
        int b1 = (int) (a >>> 16) & 0xff;
        int b2 = (int) (a >>> 8) & 0xff;
        int b3 = (int) a & 0xff;
        return switch (how) {
            case 1 -> Long.toString(a);
            case 2 -> "0x" + Long.toHexString(a);
            case 3 -> "0" + Integer.toOctalString(b0) + ".0" + Integer.toOctalString(b1) + ".0" + Integer.toOctalString(b2)
                    + ".0" + Integer.toOctalString(b3);
            case 4 -> b0 + "." + b1 + "." + ((b2 << 8) | b3);
            default -> b0 + "." + b1 + "." + b2 + "." + b3;
        };
    }
}
