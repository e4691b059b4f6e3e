package dev.foresight.alertroute.am.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML tree node that knows where it sits (e.g. {@code route.routes[0]}), so every refusal can say
 * where; read by hand rather than bound by reflection, which keeps native images simple.
 */
final class YamlNode {
    private final JsonNode node;
    private final String path;

    YamlNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    /** Refuses keys Alertmanager does not know, as its strict YAML decoding does. */
    YamlNode allowOnly(Set<String> keys) {
        requireMapping();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new ConfigException("unknown field \"" + name + "\" in " + (path.isEmpty() ? "config" : path));
            }
        }
        return this;
    }

    /** The child under {@code key}; a key given without a value counts as absent, as in Go. */
    Optional<YamlNode> get(String key) {
        requireMapping();
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new YamlNode(child, path.isEmpty() ? key : path + "." + key));
    }

    boolean has(String key) {
        return get(key).isPresent();
    }

    Optional<String> text(String key) {
        return get(key).map(YamlNode::text);
    }

    String text() {
        if (!node.isValueNode()) {
            throw new ConfigException("cannot unmarshal " + kind() + " into string at " + path);
        }
        return node.asText();
    }

    boolean bool() {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw new ConfigException("cannot unmarshal " + kind() + " `" + node.asText() + "` into bool at " + path);
    }

    int integer() {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        throw new ConfigException("cannot unmarshal " + kind() + " `" + node.asText() + "` into int at " + path);
    }

    List<YamlNode> list() {
        if (!node.isArray()) {
            throw new ConfigException("cannot unmarshal " + kind() + " into a list at " + path);
        }
        List<YamlNode> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new YamlNode(node.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    List<YamlNode> list(String key) {
        return get(key).map(YamlNode::list).orElse(List.of());
    }

    List<String> strings(String key) {
        return list(key).stream().map(YamlNode::text).toList();
    }

    /** A mapping of strings, in document order. */
    Map<String, String> stringMap() {
        requireMapping();
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(),
                new YamlNode(e.getValue(), path + "." + e.getKey()).text()));
        return out;
    }

    /** Names of the mapping's keys, in document order. */
    List<String> keys() {
        requireMapping();
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The subtree as plain Java values (String, Boolean, Number, List, Map), for opaque blocks. */
    Object plain() {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> out.put(e.getKey(),
                    new YamlNode(e.getValue(), path + "." + e.getKey()).plain()));
            return out;
        }
        if (node.isArray()) {
            return list().stream().map(YamlNode::plain).toList();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.isNull() ? null : node.asText();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> plainMap() {
        requireMapping();
        return (Map<String, Object>) plain();
    }

    private void requireMapping() {
        if (!node.isObject()) {
            throw new ConfigException("cannot unmarshal " + kind() + " into a mapping at " + (path.isEmpty() ? "config" : path));
        }
    }

    /** YAML's tag for the node, as Go's decoder names it in errors. */
    String kind() {
        if (node.isArray()) {
            return "!!seq";
        }
        if (node.isObject()) {
            return "!!map";
        }
        if (node.isBoolean()) {
            return "!!bool";
        }
        if (node.isIntegralNumber()) {
            return "!!int";
        }
        if (node.isNumber()) {
            return "!!float";
        }
        return "!!str";
    }
}
