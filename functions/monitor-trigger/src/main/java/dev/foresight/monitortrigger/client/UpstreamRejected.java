package dev.foresight.monitortrigger.client;

/** The request itself was refused (4xx): repeating it cannot help, and the upstream is healthy. */
public class UpstreamRejected extends UpstreamException {
    public UpstreamRejected(String upstream, int status, String detail) {
        super(upstream, status, detail);
    }
}
