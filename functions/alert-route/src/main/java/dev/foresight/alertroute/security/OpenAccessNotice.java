package dev.foresight.alertroute.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says in the log, at every start, when the {@code auth-none} profile has turned authentication off. */
@ApplicationScoped
public class OpenAccessNotice {
    private static final Logger LOG = Logger.getLogger(OpenAccessNotice.class);

    void started(@Observes StartupEvent event) {
        if (ConfigUtils.getProfiles().contains("auth-none")) {
            LOG.warn("authentication is OFF (profile auth-none, --foresight.auth=none): every endpoint answers without a "
                    + "token; run this only on a trusted network");
        }
    }
}
