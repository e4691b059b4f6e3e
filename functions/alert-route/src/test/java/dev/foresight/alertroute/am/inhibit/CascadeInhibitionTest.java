package dev.foresight.alertroute.am.inhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CascadeInhibitionTest {
    private static final Edge WEB_API = new Edge("web", "api", true);
    private static final Edge API_AUTH = new Edge("api", "auth", true);
    private static final Edge AUTH_DB = new Edge("auth", "db", true);
    private static final FailingService DB = new FailingService("db", "fp-db");

    @Test
    void threeCriticalHops() {
        assertEquals(Optional.of(new CascadePath("db", "fp-db", List.of(WEB_API, API_AUTH, AUTH_DB))),
                CascadeInhibition.inhibitedBy("web", List.of(DB), List.of(WEB_API, API_AUTH, AUTH_DB)));
    }

    @Test
    void anOptionalEdgeBreaksTheChain() {
        Edge optional = new Edge("auth", "db", false);
        assertEquals(Optional.empty(), CascadeInhibition.inhibitedBy("web", List.of(DB), List.of(WEB_API, API_AUTH, optional)));
    }

    @Test
    void aServiceNeverInhibitsItself() {
        assertEquals(Optional.empty(), CascadeInhibition.inhibitedBy("db", List.of(DB), List.of(AUTH_DB, new Edge("db", "db", true))));
    }

    @Test
    void aCycleBackToTheTargetIsNotSelfInhibition() {
        Edge dbWeb = new Edge("db", "web", true);
        assertEquals(Optional.empty(), CascadeInhibition.inhibitedBy("web", List.of(new FailingService("web", "fp-web")),
                List.of(WEB_API, API_AUTH, AUTH_DB, dbWeb)));
    }

    @Test
    void cyclesTerminate() {
        Edge authApi = new Edge("auth", "api", true);
        assertEquals(Optional.empty(), CascadeInhibition.inhibitedBy("web", List.of(new FailingService("other", "x")),
                List.of(WEB_API, API_AUTH, authApi)));
    }

    @Test
    void theShortestPathIsReported() {
        Edge webDb = new Edge("web", "db", true);
        assertEquals(Optional.of(new CascadePath("db", "fp-db", List.of(webDb))),
                CascadeInhibition.inhibitedBy("web", List.of(DB), List.of(WEB_API, API_AUTH, AUTH_DB, webDb)));
    }

    @Test
    void theNearestFailingServiceIsTheRoot() {
        FailingService auth = new FailingService("auth", "fp-auth");
        assertEquals(Optional.of(new CascadePath("auth", "fp-auth", List.of(WEB_API, API_AUTH))),
                CascadeInhibition.inhibitedBy("web", List.of(DB, auth), List.of(WEB_API, API_AUTH, AUTH_DB)));
    }

    @Test
    void aDependentDoesNotInhibitItsDependency() {
        assertEquals(Optional.empty(), CascadeInhibition.inhibitedBy("db", List.of(new FailingService("web", "fp-web")),
                List.of(WEB_API, API_AUTH, AUTH_DB)));
    }

    @Test
    void noEdgesNoInhibition() {
        assertEquals(Optional.empty(), CascadeInhibition.inhibitedBy("web", List.of(DB), List.of()));
    }
}
