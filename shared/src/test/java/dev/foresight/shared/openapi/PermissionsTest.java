package dev.foresight.shared.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scopes the document states are the ones the permission rules enforce. */
class PermissionsTest {
    private static final Map<String, String> CONFIG = new LinkedHashMap<>();

    static {
        CONFIG.put("quarkus.http.auth.permission.public.paths", "/q/*,/token");
        CONFIG.put("quarkus.http.auth.permission.public.policy", "permit");
        CONFIG.put("quarkus.http.auth.permission.read.paths", "/services, /services/*");
        CONFIG.put("quarkus.http.auth.permission.read.methods", "GET,HEAD");
        CONFIG.put("quarkus.http.auth.permission.read.policy", "authenticated");
        CONFIG.put("quarkus.http.auth.permission.write.paths", "/services,/services/*");
        CONFIG.put("quarkus.http.auth.permission.write.methods", "POST,PUT,DELETE");
        CONFIG.put("quarkus.http.auth.permission.write.policy", "writer");
        CONFIG.put("quarkus.http.auth.policy.writer.roles-allowed", "fleet:write");
        CONFIG.put("quarkus.http.auth.permission.run.paths", "/run");
        CONFIG.put("quarkus.http.auth.permission.run.policy", "runner");
        CONFIG.put("quarkus.http.auth.policy.runner.roles-allowed", "a:write,b:write");
        CONFIG.put("quarkus.http.auth.permission.rest.paths", "/*");
        CONFIG.put("quarkus.http.auth.permission.rest.policy", "authenticated");
    }

    private static final Permissions PERMISSIONS =
            Permissions.from(CONFIG.keySet(), name -> Optional.ofNullable(CONFIG.get(name)));

    @ParameterizedTest(name = "{0} {1} needs \"{2}\"")
    @CsvSource({
        "GET,    /q/openapi,  public",
        "POST,   /token,      public",
        "GET,    /services,   ''",
        "GET,    /services/x, ''",
        "POST,   /services,   fleet:write",
        "PUT,    /services/x, fleet:write",
        "DELETE, /services/x, fleet:write",
        "POST,   /run,        a:write b:write",
        "GET,    /run,        a:write b:write",
        "GET,    /other,      ''",
        "DELETE, /servicesx,  ''",
        "OPTIONS, /services/x, (denied by the permission rules)",
    })
    void mostSpecificMatchingRuleDecides(String method, String path, String expected) {
        Access access = PERMISSIONS.required(method, path);
        if (expected.equals("public")) {
            assertEquals(Access.PUBLIC, access);
        } else {
            assertEquals(expected.isEmpty() ? List.of() : (expected.startsWith("(") ? List.of(expected) : List.of(expected.split(" "))), access.scopes());
            assertEquals(false, access.open());
        }
    }
}
