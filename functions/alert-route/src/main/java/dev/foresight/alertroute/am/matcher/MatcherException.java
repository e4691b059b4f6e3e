package dev.foresight.alertroute.am.matcher;

/** A matcher that Alertmanager would refuse; the message uses Alertmanager's wording. */
public class MatcherException extends IllegalArgumentException {
    public MatcherException(String message) {
        super(message);
    }
}
