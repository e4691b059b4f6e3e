package dev.foresight.shared.openapi;

import java.util.List;

/** What a request needs to pass the HTTP permission checks: nothing, or a bearer token with scopes. */
public record Access(boolean open, List<String> scopes) {
    public static final Access PUBLIC = new Access(true, List.of());
    /** No rule lets this method through: documented with a scope no token has, so tests notice. */
    public static final Access DENIED = new Access(false, List.of("(denied by the permission rules)"));

    public static Access token(List<String> scopes) {
        return new Access(false, List.copyOf(scopes));
    }
}
