package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.oauth.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code FORESIGHT_CLIENTS}: {@code id:secret:scope1 scope2;id2:secret2:scopes}. The id
 * ends at the first ':', the secret at the second (so it cannot contain ':' or ';'), and the
 * rest is the scope list, whose tokens do contain ':'. Messages never quote a secret.
 */
public final class ClientSpecParser {
    public static final String FORMAT = "\"id:secret:scope1 scope2\"";

    private ClientSpecParser() {}

    /** @throws IllegalArgumentException naming the entry and the rule it broke */
    public static List<ClientSpec> parse(String spec) {
        List<ClientSpec> clients = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return clients;
        }
        Map<String, Integer> seen = new HashMap<>();
        String[] entries = spec.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            ClientSpec client = parseEntry(i + 1, entry);
            Integer first = seen.putIfAbsent(client.clientId(), i + 1);
            if (first != null) {
                throw new IllegalArgumentException("client \"" + client.clientId() + "\" is defined twice (entries "
                        + first + " and " + (i + 1) + ")");
            }
            clients.add(client);
        }
        return clients;
    }

    private static ClientSpec parseEntry(int index, String entry) {
        int idEnd = entry.indexOf(':');
        if (idEnd < 0) {
            throw new IllegalArgumentException("entry " + index + " has no ':' after its client id; expected " + FORMAT);
        }
        String id = entry.substring(0, idEnd).trim();
        String problem = ClientRules.idProblem(id).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException("entry " + index + ": client id \"" + id + "\" " + problem);
        }
        int secretEnd = entry.indexOf(':', idEnd + 1);
        if (secretEnd < 0) {
            throw new IllegalArgumentException("client \"" + id + "\" has no ':' between its secret and its scopes; expected "
                    + FORMAT + " (scopes may be empty)");
        }
        String secret = entry.substring(idEnd + 1, secretEnd);
        if (secret.isBlank()) {
            throw new IllegalArgumentException("client \"" + id + "\" has an empty secret");
        }
        if (!secret.equals(secret.strip())) {
            throw new IllegalArgumentException("client \"" + id + "\" has a secret that starts or ends with white space");
        }
        String scopeList = entry.substring(secretEnd + 1).trim();
        List<String> scopes = scopeList.isEmpty() ? List.of() : Arrays.asList(scopeList.split("\\s+"));
        for (String scope : scopes) {
            String scopeProblem = ClientRules.scopeProblem(scope).orElse(null);
            if (scopeProblem != null) {
                throw new IllegalArgumentException("client \"" + id + "\" has an " + scopeProblem);
            }
        }
        return new ClientSpec(id, secret, Scope.of(scopes));
    }
}
