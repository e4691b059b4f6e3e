package dev.foresight.monitortrigger.client;

/** Another Foresight function answered with an error status. */
public abstract class UpstreamException extends RuntimeException {
    private final String upstream;
    private final int status;

    protected UpstreamException(String upstream, int status, String detail) {
        super(upstream + " answered " + status + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.upstream = upstream;
        this.status = status;
    }

    public String upstream() {
        return upstream;
    }

    public int status() {
        return status;
    }
}
