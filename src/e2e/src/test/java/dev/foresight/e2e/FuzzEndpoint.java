package dev.foresight.e2e;

import java.util.List;
import java.util.Map;

/**
 * One endpoint as the input fuzz sees it: where it is, a valid request to start from, and what
 * in its body means what ({@code requiredText} must not be blank, {@code timestamps} are dates,
 * {@code untyped} holds free-form JSON where any type is allowed).
 *
 * @param path       with {@code {name}} placeholders filled from {@code pathValues}
 * @param query      valid query parameters to start from
 * @param body       a valid JSON body, or null for none
 * @param writes     whether a successful call changes stored data: every fuzzed request to such an
 *                   endpoint is built to be refused
 * @param pathWrites whether a valid path (an existing entity) alone would change stored data
 *                   (DELETE, acknowledge): the fuzz then never keeps a valid path
 * @param form       whether the body is an {@code application/x-www-form-urlencoded} form (the
 *                   OAuth endpoints, which authenticate the client in the form, not by bearer token)
 */
record FuzzEndpoint(String function, String method, String path, Map<String, String> pathValues,
                    Map<String, String> query, String body, boolean writes, boolean pathWrites,
                    List<String> requiredText, List<String> timestamps, List<String> untyped, boolean form) {

    String name() {
        return method + " " + function + path;
    }

    static FuzzEndpoint get(String function, String path, Map<String, String> pathValues, Map<String, String> query) {
        return new FuzzEndpoint(function, "GET", path, pathValues, query, null, false, false, List.of(), List.of(), List.of(), false);
    }

    /** A path-only call that changes data when its path names an existing entity. */
    static FuzzEndpoint pathWrite(String function, String method, String path, Map<String, String> pathValues,
                                  Map<String, String> query) {
        return new FuzzEndpoint(function, method, path, pathValues, query, null, true, true, List.of(), List.of(), List.of(), false);
    }

    static FuzzEndpoint body(String function, String method, String path, Map<String, String> pathValues, String body,
                             boolean writes, List<String> requiredText, List<String> timestamps, List<String> untyped) {
        return new FuzzEndpoint(function, method, path, pathValues, Map.of(), body, writes, false, requiredText, timestamps,
                untyped, false);
    }

    /** A form POST whose client authenticates with {@code client_id} and {@code client_secret} in the form. */
    static FuzzEndpoint form(String function, String path, String body, boolean writes) {
        return new FuzzEndpoint(function, "POST", path, Map.of(), Map.of(), body, writes, false, List.of(), List.of(), List.of(),
                true);
    }

    String contentType() {
        return form ? "application/x-www-form-urlencoded" : "application/json";
    }
}
