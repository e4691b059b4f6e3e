package dev.foresight.tokenrefresh.key;

/**
 * Told of each signing-key rotation; the hook through which key rotation reaches the audit log.
 * The default does nothing.
 */
public interface KeyRotationListener {
    KeyRotationListener NONE = (newKid, previousKid) -> {};

    /** {@code previousKid} is null for the first key ever created. */
    void rotated(String newKid, String previousKid);
}
