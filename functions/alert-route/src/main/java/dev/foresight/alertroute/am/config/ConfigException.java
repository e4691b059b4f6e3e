package dev.foresight.alertroute.am.config;

/** An Alertmanager configuration that Alertmanager would refuse, with its message. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
