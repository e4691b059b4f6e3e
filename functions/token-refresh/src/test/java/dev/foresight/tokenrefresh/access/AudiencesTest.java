package dev.foresight.tokenrefresh.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.tokenrefresh.oauth.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudiencesTest {

    @Test
    void oneAudiencePerFunctionTheScopesReach() {
        assertEquals(Set.of("foresight-monitor-trigger", "foresight-predict"),
                Audiences.of(Scope.parse("fleet:write monitor:write predict:write")));
        assertEquals(Set.of("foresight-alert-route", "foresight-embed", "foresight-token-refresh"),
                Audiences.of(Scope.parse("alerts:write memory:write clients:admin")));
    }

    @Test
    void scopesOfNoFunctionAddNone() {
        assertEquals(Set.of(), Audiences.of(Scope.parse("other:thing")));
        assertEquals(Set.of(), Audiences.of(Scope.EMPTY));
    }
}
