package dev.foresight.monitortrigger.client;

/** The upstream failed or is overloaded (5xx, 408, 429): worth a retry, counts against its breaker. */
public class UpstreamUnavailable extends UpstreamException {
    public UpstreamUnavailable(String upstream, int status, String detail) {
        super(upstream, status, detail);
    }
}
