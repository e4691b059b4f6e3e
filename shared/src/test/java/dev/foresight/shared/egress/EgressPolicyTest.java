package dev.foresight.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The egress cases refused by default, each with the rule a client reads; the table is printed
 * by {@link EgressCasesTest} for the closing note.
 */
class EgressPolicyTest {
    private static final EgressPolicy DEFAULT = EgressPolicy.denyAll();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://169.254.169.254/latest/meta-data/      | must not target a cloud metadata address (169.254.169.254)
            http://[fd00:ec2::254]/latest/                | must not target a cloud metadata address (fd00:ec2:0:0:0:0:0:254)
            http://metadata.google.internal/computeMetadata/v1/ | must not target a cloud metadata address (metadata.google.internal)
            http://METADATA.google.internal./             | must not target a cloud metadata address (metadata.google.internal)
            http://100.100.100.200/latest/                | must not target a cloud metadata address (100.100.100.200)
            http://169.254.170.2/v2/credentials           | must not target a cloud metadata address (169.254.170.2)
            http://127.0.0.1:6379/                        | must not target a loopback address (127.0.0.1)
            http://127.1.2.3/                             | must not target a loopback address (127.1.2.3)
            http://localhost:8080/health                  | must not target a loopback address (127.0.0.1)
            http://api.localhost/                         | must not target a loopback address (127.0.0.1)
            http://[::1]/                                 | must not target a loopback address (0:0:0:0:0:0:0:1)
            http://[::ffff:127.0.0.1]/                    | must not target a loopback address (127.0.0.1)
            http://[::ffff:7f00:1]/                       | must not target a loopback address (127.0.0.1)
            http://[::127.0.0.1]/                         | must not target a loopback address (0:0:0:0:0:0:7f00:1)
            http://[64:ff9b::127.0.0.1]/                  | must not target a loopback address (64:ff9b:0:0:0:0:7f00:1)
            http://[2002:7f00:1::]/                       | must not target a loopback address (2002:7f00:1:0:0:0:0:0)
            http://2130706433/                            | must not target a loopback address (127.0.0.1 written as 2130706433)
            http://0x7f000001/                            | must not target a loopback address (127.0.0.1 written as 0x7f000001)
            http://0x7f.1/                                | must not target a loopback address (127.0.0.1 written as 0x7f.1)
            http://0177.0.0.1/                            | must not target a loopback address (127.0.0.1 written as 0177.0.0.1)
            http://017700000001/                          | must not target a loopback address (127.0.0.1 written as 017700000001)
            http://127.1/                                 | must not target a loopback address (127.0.0.1 written as 127.1)
            http://127.0.0.1./                            | must not target a loopback address (127.0.0.1 written as 127.0.0.1.)
            http://0251.0376.0251.0376/                   | must not target a cloud metadata address (169.254.169.254 written as 0251.0376.0251.0376)
            http://2852039166/                            | must not target a cloud metadata address (169.254.169.254 written as 2852039166)
            http://[::ffff:169.254.169.254]/              | must not target a cloud metadata address (169.254.169.254)
            http://169.254.1.1/                           | must not target a link-local address (169.254.1.1)
            http://[fe80::1]/                             | must not target a link-local address (fe80:0:0:0:0:0:0:1)
            http://[fe80::1%25eth0]/                      | must not target a link-local address (fe80:0:0:0:0:0:0:1)
            http://10.0.0.1/                              | must not target a private address (10.0.0.1)
            http://10.255.255.255:9100/metrics            | must not target a private address (10.255.255.255)
            http://172.16.0.1/                            | must not target a private address (172.16.0.1)
            http://172.31.255.254/                        | must not target a private address (172.31.255.254)
            http://192.168.1.1/                           | must not target a private address (192.168.1.1)
            http://[fc00::1]/                             | must not target a private address (fc00:0:0:0:0:0:0:1)
            http://[fd12:3456::1]/                        | must not target a private address (fd12:3456:0:0:0:0:0:1)
            http://[::ffff:10.1.2.3]/                     | must not target a private address (10.1.2.3)
            http://0xa.0x1.0x2.0x3/                       | must not target a private address (10.1.2.3 written as 0xa.0x1.0x2.0x3)
            http://100.64.0.1/                            | must not target a shared (carrier-grade NAT) address (100.64.0.1)
            http://100.127.255.254/                       | must not target a shared (carrier-grade NAT) address (100.127.255.254)
            http://0.0.0.0:8080/                          | must not target an unspecified address (0.0.0.0)
            http://0/                                     | must not target an unspecified address (0.0.0.0 written as 0)
            http://[::]/                                  | must not target an unspecified address (0:0:0:0:0:0:0:0)
            http://224.0.0.1/                             | must not target a multicast address (224.0.0.1)
            http://239.255.255.250:1900/                  | must not target a multicast address (239.255.255.250)
            http://[ff02::1]/                             | must not target a multicast address (ff02:0:0:0:0:0:0:1)
            http://255.255.255.255/                       | must not target a reserved or broadcast address (255.255.255.255)
            http://240.0.0.1/                             | must not target a reserved or broadcast address (240.0.0.1)
            http://0x8.0x8.0x8.0x8/                       | must write an IPv4 address as four decimal numbers (0x8.0x8.0x8.0x8 means 8.8.8.8)
            file:///etc/passwd                            | must use http or https, not file
            gopher://127.0.0.1:6379/_INFO                 | must use http or https, not gopher
            ftp://example.com/                            | must use http or https, not ftp
            /relative/path                                | must use http or https, not a relative URL
            http:///no-host                               | must be an absolute http or https URL with a host
            http://exa mple.com/                          | must be an absolute http or https URL
            """)
    void refusesByDefault(String url, String rule) {
        assertEquals(Optional.of(rule), DEFAULT.checkUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            https://example.com/health
            http://status.example.org:8080/ready?deep=true
            http://8.8.8.8/
            http://[2001:4860:4860::8888]/
            http://172.32.0.1/
            http://100.128.0.1/
            http://169.255.0.1/
            https://1.1.1.1:443/
            """)
    void publicAddressesAndNamesPass(String url) {
        assertEquals(Optional.empty(), DEFAULT.checkUrl(url));
    }

    @Test
    void theAllowListOpensExactlyItsBlocks() {
        EgressPolicy local = EgressPolicy.fromAllowList(List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8"));
        assertEquals(Optional.empty(), local.checkUrl("http://127.0.0.1:6379/"));
        assertEquals(Optional.empty(), local.checkUrl("http://localhost:8080/health"));
        assertEquals(Optional.empty(), local.checkUrl("http://[::1]/"));
        assertEquals(Optional.empty(), local.checkUrl("http://[::ffff:10.9.8.7]/"));
        assertEquals(Optional.of("must not target a private address (192.168.1.1)"), local.checkUrl("http://192.168.1.1/"));
        assertEquals(Optional.of("must not target a cloud metadata address (169.254.169.254)"),
                local.checkUrl("http://169.254.169.254/"));
        assertEquals(Optional.of("must not target a cloud metadata address (metadata.google.internal)"),
                local.checkUrl("http://metadata.google.internal/"), "a metadata name is never opened by an address block");
    }

    @Test
    void everyResolvedAddressMustPass() throws Exception {
        InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
        InetAddress metadata = InetAddress.getByName("169.254.169.254");
        assertEquals(Optional.empty(), DEFAULT.checkResolved(List.of(publicAddress)));
        assertEquals(Optional.of("must not target a cloud metadata address (169.254.169.254)"),
                DEFAULT.checkResolved(List.of(publicAddress, metadata)));
        assertEquals(Optional.of("must resolve to an address"), DEFAULT.checkResolved(List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0/33       | foresight.egress.allow: "10.0.0.0/33" is not a CIDR block: the prefix length must be 0 to 32
            ::1/129           | foresight.egress.allow: "::1/129" is not a CIDR block: the prefix length must be 0 to 128
            10.0.0/8          | foresight.egress.allow: "10.0.0/8" is not a CIDR block: "10.0.0" is not an IPv4 address in dotted decimal nor an IPv6 address
            localhost/8       | foresight.egress.allow: "localhost/8" is not a CIDR block: "localhost" is not an IPv4 address in dotted decimal nor an IPv6 address
            10.0.0.0/x        | foresight.egress.allow: "10.0.0.0/x" is not a CIDR block: the prefix length must be 0 to 32
            """)
    void aBadAllowListNamesTheBlockAndWhy(String block, String message) {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> EgressPolicy.fromAllowList(List.of("127.0.0.0/8", block)));
        assertEquals(message, bad.getMessage());
    }

    @Test
    void blocksAreNormalisedToTheirNetwork() {
        assertEquals("10.0.0.0/8", Cidr.parse("10.1.2.3/8").toString());
        assertEquals("0:0:0:0:0:0:0:1/128", Cidr.parse("::1").toString());
    }
}
