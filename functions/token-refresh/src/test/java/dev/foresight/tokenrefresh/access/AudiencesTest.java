package dev.foresight.tokenrefresh.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.tokenrefresh.oauth.ErrorDescription;
import dev.foresight.tokenrefresh.oauth.OAuthError;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudiencesTest {

    @Test
    void withoutResourceTheTokenIsForTheWholeFleet() {
        assertEquals(Set.of("foresight-predict", "foresight-alert-route", "foresight-monitor-trigger",
                "foresight-embed", "foresight-token-refresh"), Audiences.requested(List.of()));
    }

    @Test
    void resourcesNameExactlyTheAudienceInFullOrShort() {
        assertEquals(Set.of("foresight-predict"), Audiences.requested(List.of("foresight-predict")));
        assertEquals(Set.of("foresight-predict", "foresight-embed"),
                Audiences.requested(List.of("predict", "foresight-embed", "predict")));
    }

    @Test
    void anUnknownResourceIsInvalidTargetWithASafeDescription() {
        OAuthException unknown = assertThrows(OAuthException.class,
                () -> Audiences.requested(List.of("foresight-predict", "https://evil.example/\"x\\\u00e9")));
        assertEquals(OAuthError.INVALID_TARGET, unknown.error());
        assertEquals(400, unknown.error().status());
        assertTrue(ErrorDescription.allowed(unknown.getMessage()), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("is not a Foresight function"), unknown.getMessage());
    }
}
