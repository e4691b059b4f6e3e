package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Builds request number {@code i} of a seeded run from that number alone, so any failing request
 * can be rebuilt with the seed and its index. Requests to an endpoint that writes are built to be
 * refused: each carries at least one fault that no valid request has.
 */
final class FuzzRequests {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A generated request, as it goes on the wire. */
    record FuzzRequest(int index, FuzzEndpoint endpoint, String fault, String method, String target,
                       Map<String, String> headers, byte[] body) {
        String describe() {
            String shown = body == null ? "(no body)" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8)
                    .replaceAll("[\\p{Cntrl}]", "?") + (body.length > 160 ? "… (" + body.length + " bytes)" : "");
            String t = target.length() > 160 ? target.substring(0, 160) + "…" : target;
            return "#" + index + " " + fault + " " + method + " " + endpoint.function() + t + " " + headers.getOrDefault("Content-Type", "")
                    + " " + shown;
        }
    }

    /** Raw (already percent-encoded) path segments and query values a client should never send. */
    static final List<String> HOSTILE_RAW = List.of("%zz", "%", "%4", "%C3", "%C3%28", "%FF", "%00", "a%00b", "%0A", "%01x",
            "%7F", "%C2%85", "%E2%80%A8", "%C2%A0%C2%A0", "%E3%80%80", "%20%20", "-1", "0", "99999999999999999999999", "1e3",
            "NaN", "abc", "", "a".repeat(3000), "%C3%A9".repeat(400), "..", "%2E%2E", "%2F", "fz-a%2Fx", "'", "%22",
            "%3Cscript%3E", "%F0%9F%98%80", "%ED%A0%80", "%25", "%%30", "true", "null");

    /** Text placed into JSON strings (markers are replaced by escapes after serialisation). */
    private static final List<String> CONTROLS = List.of("\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F",
            "\u007F", "\u0085", "\u009F", "\u2028");
    private static final List<String> BLANKS = List.of("\u00A0", "\u00A0\u00A0\u00A0", "\u3000", "\u2007\u202F", " \u00A0 ",
            "\u200B", "\uFEFF\u00A0", "\t\n");
    private static final String NUL_MARK = "\u25C6NUL\u25C6";
    private static final String SURROGATE_MARK = "\u25C6SUR\u25C6";

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=bogus", "application/json; charset=utf-16",
            "application/octet-stream", "*/*", "");

    /**
     * Types under which a JSON body is still read as JSON (no type, any type, a charset parameter,
     * which JSON ignores: RFC 8259 §8.1): not a fault by themselves.
     */
    private static final List<String> LENIENT_TYPES = List.of("application/json; charset=bogus",
            "application/json; charset=utf-16", "*/*", "");

    private final List<FuzzEndpoint> endpoints;
    private final long seed;
    private final String token;

    FuzzRequests(List<FuzzEndpoint> endpoints, long seed, String token) {
        this.endpoints = endpoints;
        this.seed = seed;
        this.token = token;
    }

    FuzzRequest build(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        FuzzEndpoint e = endpoints.get(random.nextInt(endpoints.size()));
        if (e.form()) {
            return form(index, e, random);
        }
        List<String> faults = new ArrayList<>(faultsFor(e));
        faults.remove("wrong-method"); // one request in twelve, so it does not crowd out the faults of each endpoint
        String fault = random.nextInt(12) == 0 || faults.isEmpty() ? "wrong-method" : faults.get(random.nextInt(faults.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        if (!fault.equals("empty-body-no-token")) {
            headers.put("Authorization", "Bearer " + token);
        }
        String method = e.method();
        String path = path(e, e.pathWrites() || fault.equals("bad-path") ? random : null);
        String query = query(e, fault.equals("bad-query") ? random : null);
        byte[] body = null;
        if (e.body() != null) {
            headers.put("Content-Type", "application/json");
            body = e.body().getBytes(StandardCharsets.UTF_8);
        }
        switch (fault) {
            // no endpoint takes PATCH; another real method could reach a sibling route that writes
            case "wrong-method" -> method = "PATCH";
            case "empty-body", "empty-body-no-token" -> body = new byte[0];
            case "wrong-content-type" -> {
                String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                if (type.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", type);
                }
                if (e.writes() && LENIENT_TYPES.contains(type)) {
                    body = mutate(e, "nul", random); // read as JSON by design: the body must then carry the fault
                }
            }
            case "oversize-body" -> body = oversize(random);
            case "malformed-json" -> body = malformed(e.body(), random);
            case "bad-path", "bad-query", "valid", "path" -> {
                // the path or query (or nothing) carries the fault
            }
            default -> body = mutate(e, fault, random);
        }
        if (fault.equals("wrong-method") && body == null) {
            body = "{}".getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", "application/json");
        }
        return new FuzzRequest(index, e, fault, method, path + query, headers, body);
    }

    /** Broken percent-escapes (RFC 3986 §2.1): the whole form is refused. */
    private static final List<String> BAD_ESCAPES = List.of("%zz", "%", "%4", "%G1", "%%", "%%30", "%-1");
    /** Percent-encoded controls, for client ids, secrets and tokens. */
    private static final List<String> FORM_CONTROLS = List.of("%00", "%01", "%07", "%08", "%0A", "%0D", "%1B", "%1F", "%7F",
            "%C2%85", "%E2%80%A8");
    /** Parameters whose fault alone makes a request refused, whatever the endpoint. */
    private static final List<String> CREDENTIALS = List.of("client_id", "client_secret");

    /** A request to an OAuth form endpoint: no bearer token, the client in the form. */
    private FuzzRequest form(int index, FuzzEndpoint e, Random random) {
        List<String> faults = new ArrayList<>(faultsFor(e));
        faults.remove("wrong-method");
        String fault = random.nextInt(12) == 0 ? "wrong-method" : faults.get(random.nextInt(faults.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", e.contentType());
        List<String[]> params = new ArrayList<>();
        for (String pair : e.body().split("&")) {
            int eq = pair.indexOf('=');
            params.add(new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
        }
        // for an endpoint that writes, the fault goes where it alone refuses the request
        List<String[]> targets = new ArrayList<>(params);
        if (e.writes()) {
            targets.removeIf(p -> !CREDENTIALS.contains(p[0]));
        }
        String[] spoiled = targets.get(random.nextInt(targets.size()));
        String method = "POST";
        byte[] body = null;
        switch (fault) {
            case "wrong-method" -> {
                method = "PATCH";
                headers.put("Content-Type", "application/json");
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            case "empty-body" -> body = new byte[0];
            case "form-bad-escape" -> spoiled[1] = insert(spoiled[1], BAD_ESCAPES.get(random.nextInt(BAD_ESCAPES.size())), random);
            case "form-control" -> spoiled[1] = insert(spoiled[1], FORM_CONTROLS.get(random.nextInt(FORM_CONTROLS.size())), random);
            case "form-huge" -> spoiled[1] = "x".repeat(random.nextInt(10) == 0 ? 1_100_000 + random.nextInt(100_000)
                    : 20_000 + random.nextInt(200_000));
            case "form-repeated" -> params.add(random.nextInt(params.size() + 1),
                    new String[] {spoiled[0], random.nextBoolean() ? spoiled[1] : spoiled[1] + "x"});
            case "wrong-content-type" -> {
                List<String> types = new ArrayList<>(CONTENT_TYPES);
                types.remove("application/x-www-form-urlencoded");
                types.add("application/json");
                String type = types.get(random.nextInt(types.size()));
                if (type.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", type);
                }
                if (e.writes()) { // read as a form by a lenient server: the body must then carry a fault too
                    spoiled[1] = insert(spoiled[1], BAD_ESCAPES.get(random.nextInt(BAD_ESCAPES.size())), random);
                }
            }
            case "valid" -> {
                // a read: revoking or introspecting a token no one issued
            }
            default -> throw new IllegalArgumentException(fault);
        }
        if (body == null) {
            StringBuilder form = new StringBuilder();
            for (String[] p : params) {
                form.append(form.isEmpty() ? "" : "&").append(p[0]).append('=').append(p[1]);
            }
            body = form.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new FuzzRequest(index, e, fault, method, e.path(), headers, body);
    }

    /** The faults that apply to an endpoint; for one that writes, only those that make a request invalid. */
    static List<String> faultsFor(FuzzEndpoint e) {
        List<String> faults = new ArrayList<>();
        if (e.form()) {
            faults.addAll(List.of("wrong-method", "empty-body", "form-bad-escape", "form-control", "form-huge", "form-repeated",
                    "wrong-content-type"));
            if (!e.writes()) {
                faults.add("valid");
            }
            return faults;
        }
        if (e.pathWrites()) {
            faults.add("path"); // the path itself never names an existing entity
            faults.add("wrong-method");
            return faults;
        }
        if (!e.pathValues().isEmpty()) {
            faults.add("bad-path");
        }
        if (!e.query().isEmpty()) {
            faults.add("bad-query");
        }
        faults.add("wrong-method");
        if (e.body() == null) {
            faults.add("valid");
            return faults;
        }
        faults.addAll(List.of("nul", "control", "surrogate", "huge-string", "wrong-type", "deep-nesting", "malformed-json",
                "empty-body", "empty-body-no-token", "wrong-content-type", "oversize-body"));
        if (!e.requiredText().isEmpty()) {
            faults.add("blank-text");
        }
        if (hasNumbers(e)) {
            faults.add("bad-number");
        }
        if (!e.timestamps().isEmpty()) {
            faults.add("bad-timestamp");
        }
        if (e.body().contains("[")) {
            faults.add("huge-list");
        }
        if (e.body().contains("\"labels\"") || e.body().contains("\"metadata\"") || e.body().contains("\"annotations\"")) {
            faults.add("huge-map");
        }
        if (!e.writes()) {
            faults.add("valid");
        }
        return faults;
    }

    private static boolean hasNumbers(FuzzEndpoint e) {
        return !leaves(tree(e.body()), "", e, JsonNode::isNumber).isEmpty();
    }

    private static String path(FuzzEndpoint e, Random hostile) {
        String path = e.path();
        List<String> names = new ArrayList<>(e.pathValues().keySet());
        names.sort(String::compareTo);
        String spoiled = hostile == null || names.isEmpty() ? null : names.get(hostile.nextInt(names.size()));
        for (String name : names) {
            String value = name.equals(spoiled) ? HOSTILE_RAW.get(hostile.nextInt(HOSTILE_RAW.size()))
                    : java.net.URLEncoder.encode(e.pathValues().get(name), StandardCharsets.UTF_8);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static String query(FuzzEndpoint e, Random hostile) {
        if (e.query().isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>(e.query().keySet());
        names.sort(String::compareTo);
        String spoiled = hostile == null ? null : names.get(hostile.nextInt(names.size()));
        StringBuilder q = new StringBuilder("?");
        for (String name : names) {
            if (q.length() > 1) {
                q.append('&');
            }
            String value = name.equals(spoiled) ? HOSTILE_RAW.get(hostile.nextInt(HOSTILE_RAW.size()))
                    : java.net.URLEncoder.encode(e.query().get(name), StandardCharsets.UTF_8);
            if (name.equals(spoiled) && hostile.nextInt(4) == 0) {
                q.append(HOSTILE_RAW.get(hostile.nextInt(HOSTILE_RAW.size()))).append('=').append(value);
            } else {
                q.append(name).append('=').append(value);
            }
        }
        return q.toString();
    }

    private byte[] mutate(FuzzEndpoint e, String fault, Random random) {
        JsonNode root = tree(e.body());
        switch (fault) {
            case "nul" -> replaceString(root, e, random, (s, r) -> insert(s, NUL_MARK, r));
            case "control" -> replaceString(root, e, random, (s, r) -> insert(s, CONTROLS.get(r.nextInt(CONTROLS.size())), r));
            case "surrogate" -> replaceString(root, e, random, (s, r) -> insert(s, SURROGATE_MARK, r));
            case "huge-string" -> replaceString(root, e, random,
                    (s, r) -> "x".repeat(r.nextInt(10) == 0 ? 1_100_000 + r.nextInt(100_000) : 20_000 + r.nextInt(200_000)));
            case "blank-text" -> root = replaceAt(root, e.requiredText().get(random.nextInt(e.requiredText().size())),
                    TextNode.valueOf(BLANKS.get(random.nextInt(BLANKS.size()))));
            case "wrong-type" -> {
                List<String> all = leaves(root, "", e, n -> n.isValueNode());
                String at = all.get(random.nextInt(all.size()));
                ObjectNode wrong = NODES.objectNode();
                wrong.put("x", 1);
                root = replaceAt(root, at, random.nextBoolean() ? wrong : NODES.arrayNode().add(1));
            }
            case "bad-number" -> {
                List<String> numbers = leaves(root, "", e, JsonNode::isNumber);
                String at = numbers.get(random.nextInt(numbers.size()));
                String marker = "\u25C6NUM\u25C6";
                root = replaceAt(root, at, TextNode.valueOf(marker));
                String literal = List.of("1e400", "-1e400", "9".repeat(400), "NaN", "Infinity", "-0x10", "1.2.3", "+5", "01")
                        .get(random.nextInt(9));
                return serialise(root).replace("\"" + marker + "\"", literal).getBytes(StandardCharsets.UTF_8);
            }
            case "bad-timestamp" -> {
                String at = e.timestamps().get(random.nextInt(e.timestamps().size()));
                List<String> bad = new ArrayList<>(List.of("not-a-date", "2026-13-45T99:00:00Z", "2026-02-30T10:00:00",
                        "1e18", "9999999999-01-01T00:00:00Z", "2026-06-01T00:00:00+25:00"));
                if (e.path().equals("/snapshots")) {
                    bad.addAll(List.of("1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"));
                }
                JsonNode value = random.nextInt(8) == 0 ? NODES.numberNode(1_700_000_000_000L)
                        : TextNode.valueOf(bad.get(random.nextInt(bad.size())));
                root = replaceAt(root, at, value);
            }
            case "huge-list" -> {
                List<String> lists = new ArrayList<>();
                collect(root, "", n -> n.isArray(), lists);
                String at = lists.get(random.nextInt(lists.size()));
                JsonNode list = at.isEmpty() ? root : root.at(at);
                ArrayNode big = NODES.arrayNode();
                JsonNode element = list.size() > 0 ? list.get(0) : TextNode.valueOf("x");
                int n = 12_000 + random.nextInt(20_000);
                for (int i = 0; i < n; i++) {
                    big.add(element);
                }
                root = at.isEmpty() ? big : replaceAt(root, at, big);
            }
            case "huge-map" -> {
                List<String> maps = new ArrayList<>();
                collect(root, "", n -> n.isObject(), maps);
                maps.removeIf(p -> !(p.endsWith("/labels") || p.endsWith("/metadata") || p.endsWith("/annotations")));
                String at = maps.get(random.nextInt(maps.size()));
                ObjectNode big = NODES.objectNode();
                int n = 100 + random.nextInt(5_000);
                for (int i = 0; i < n; i++) {
                    big.put("k" + i, "v");
                }
                root = replaceAt(root, at, big);
            }
            case "deep-nesting" -> {
                List<String> all = leaves(root, "", e, n -> true);
                String at = all.get(random.nextInt(all.size()));
                String marker = "\u25C6DEEP\u25C6";
                root = replaceAt(root, at, TextNode.valueOf(marker));
                int depth = 40 + random.nextInt(3_000);
                String deep = "[".repeat(depth) + "1" + "]".repeat(depth);
                return serialise(root).replace("\"" + marker + "\"", deep).getBytes(StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(fault);
        }
        return serialise(root).getBytes(StandardCharsets.UTF_8);
    }

    private static String serialise(JsonNode root) {
        try {
            return JSON.writeValueAsString(root).replace(NUL_MARK, "\\u0000").replace(SURROGATE_MARK, "\\ud800");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] malformed(String body, Random random) {
        byte[] valid = body.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length - 1));
            case 1 -> (body + List.of("}", "x", ",{}", "]", " {}", "\"").get(random.nextInt(6))).getBytes(StandardCharsets.UTF_8);
            case 2 -> body.replaceFirst(":", "=").getBytes(StandardCharsets.UTF_8);
            case 3 -> body.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 4 -> { // bytes that are not UTF-8, inside the first string
                int at = body.indexOf('"') + 1;
                byte[] out = new byte[valid.length + 2];
                System.arraycopy(valid, 0, out, 0, at);
                out[at] = (byte) 0xC3;
                out[at + 1] = (byte) (random.nextBoolean() ? 0x28 : 0xFF);
                System.arraycopy(valid, at, out, at + 2, valid.length - at);
                yield out;
            }
            case 5 -> List.of("null", "true", "42", "\"text\"", "[", "{", "\u0000", "{\"a\":}")
                    .get(random.nextInt(8)).getBytes(StandardCharsets.UTF_8);
            default -> body.replace("\"", "\\\"").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] oversize(Random random) {
        byte[] big = new byte[4 * 1024 * 1024 + 1 + random.nextInt(1024 * 1024)];
        java.util.Arrays.fill(big, (byte) 'x');
        big[0] = '"';
        big[big.length - 1] = '"';
        return big;
    }

    private static String insert(String s, String what, Random random) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    /** Replaces one string value (or, inside a map, one key) with {@code change}'s result. */
    private static void replaceString(JsonNode root, FuzzEndpoint e, Random random, BiFunction<String, Random, String> change) {
        List<String> strings = new ArrayList<>();
        collect(root, "", JsonNode::isTextual, strings);
        String at = strings.get(random.nextInt(strings.size()));
        int slash = at.lastIndexOf('/');
        String parent = at.substring(0, slash);
        String last = at.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        boolean inMap = parent.endsWith("/labels") || parent.endsWith("/annotations")
                || e.untyped().stream().anyMatch(u -> parent.equals(u) || parent.startsWith(u + "/"));
        if (container instanceof ObjectNode object && inMap && random.nextBoolean()) {
            JsonNode value = object.remove(last);
            object.set(change.apply(last, random), value);
        } else if (container instanceof ObjectNode object) {
            object.put(last, change.apply(object.get(last).asText(), random));
        } else if (container instanceof ArrayNode array) {
            int i = Integer.parseInt(last);
            array.set(i, TextNode.valueOf(change.apply(array.get(i).asText(), random)));
        }
    }

    /** JSON pointers of the value nodes matching {@code test}, outside any untyped (free-form) subtree. */
    private static List<String> leaves(JsonNode root, String at, FuzzEndpoint e, java.util.function.Predicate<JsonNode> test) {
        List<String> out = new ArrayList<>();
        collect(root, at, n -> n.isValueNode() && test.test(n), out);
        out.removeIf(p -> e.untyped().stream().anyMatch(u -> p.startsWith(u + "/")));
        return out;
    }

    private static void collect(JsonNode node, String at, java.util.function.Predicate<JsonNode> test, List<String> out) {
        if (test.test(node)) {
            out.add(at);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), at + "/" + f.getKey().replace("~", "~0").replace("/", "~1"),
                    test, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, test, out);
            }
        }
    }

    private static JsonNode replaceAt(JsonNode root, String at, JsonNode value) {
        if (at.isEmpty()) {
            return value;
        }
        int slash = at.lastIndexOf('/');
        String parent = at.substring(0, slash);
        String last = at.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode container = parent.isEmpty() ? root : root.at(parent);
        if (container instanceof ObjectNode object) {
            object.set(last, value);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return root;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
