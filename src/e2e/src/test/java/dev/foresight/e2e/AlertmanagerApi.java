package dev.foresight.e2e;

import java.net.URI;
import java.util.Map;

/**
 * Anything that speaks Alertmanager's v2 HTTP API and reads Alertmanager's YAML configuration:
 * the real Alertmanager ({@link AlertmanagerPeer}) and, later, Foresight's alert-route. The
 * differential harness drives every target through this contract only.
 *
 * <p>What an implementation must provide:
 * <ul>
 *   <li>{@link #baseUrl()}: the URL under which {@code api/v2/alerts}, {@code api/v2/silences},
 *       {@code api/v2/silence/{id}}, {@code api/v2/status} and {@code -/reload} live (ends with
 *       {@code /}).
 *   <li>{@link #headers()}: headers every request must carry (e.g. {@code Authorization}); empty
 *       for the real Alertmanager.
 *   <li>{@link #load(String)}: replace the running configuration with this Alertmanager YAML and
 *       return only once it is in force (a later {@code POST api/v2/alerts} is routed by it).
 * </ul>
 */
interface AlertmanagerApi extends AutoCloseable {

    /** A short name for reports, e.g. {@code alertmanager-a}. */
    String name();

    URI baseUrl();

    Map<String, String> headers();

    void load(String yaml) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
