package dev.foresight.alertroute.memory;

/** embed (or token-refresh) refused the call (4xx other than 408/429): not a sign that embed is down. */
public class EmbedRefusal extends RuntimeException {
    public EmbedRefusal(EmbedFailure cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
