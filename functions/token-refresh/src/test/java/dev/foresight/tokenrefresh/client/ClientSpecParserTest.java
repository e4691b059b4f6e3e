package dev.foresight.tokenrefresh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSpecParserTest {

    @Test
    void parsesSeveralClients() {
        List<ClientSpec> clients = ClientSpecParser.parse(
                "monitor:m0n1tor-secret:predict:write alerts:write; admin:adm1n:clients:admin;");
        assertEquals(2, clients.size());
        assertEquals("monitor", clients.get(0).clientId());
        assertEquals("m0n1tor-secret", clients.get(0).secret());
        assertEquals("alerts:write predict:write", clients.get(0).scopes().toString());
        assertEquals("admin", clients.get(1).clientId());
        assertEquals("clients:admin", clients.get(1).scopes().toString());
    }

    @Test
    void allowsAClientWithoutScopes() {
        ClientSpec reader = ClientSpecParser.parse("reader:r34d3r:").get(0);
        assertTrue(reader.scopes().values().isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " ; ;"})
    void blankSpecSeedsNothing(String spec) {
        assertTrue(ClientSpecParser.parse(spec).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no separator at all        | justanid                       | entry 1 has no ':' after its client id; expected \"id:secret:scope1 scope2\"",
        "no scope separator         | ops:s3cret                     | client \"ops\" has no ':' between its secret and its scopes; expected \"id:secret:scope1 scope2\" (scopes may be empty)",
        "empty client id            | :s3cret:fleet:write            | entry 1: client id \"\" is required",
        "bad client id              | 'o p:s3cret:fleet:write'       | entry 1: client id \"o p\" must match [A-Za-z0-9._-]{1,64}",
        "empty secret               | ops::fleet:write               | client \"ops\" has an empty secret",
        "secret with spaces around  | 'ops: s3cret :fleet:write'     | client \"ops\" has a secret that starts or ends with white space",
        "unknown scope, second entry| a:x:fleet:write;ops:s:fleet:wirte | client \"ops\" has an unknown scope \"fleet:wirte\"; known scopes: alerts:write clients:admin fleet:write memory:write monitor:write predict:write",
        "duplicate client           | ops:a:;b:b:;ops:c:             | client \"ops\" is defined twice (entries 1 and 3)",
    })
    void refusesWithAPreciseMessage(String name, String spec, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ClientSpecParser.parse(spec));
        assertEquals(message, refused.getMessage());
    }

    @Test
    void messagesNeverQuoteTheSecret() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ClientSpecParser.parse("ops:TopSecretValue:fleet:nope"));
        assertFalse(refused.getMessage().contains("TopSecretValue"));
    }
}
