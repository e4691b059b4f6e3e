package dev.foresight.bench.loghub;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional arguments, with the required options checked up front. */
record LoghubArgs(Map<String, String> values, List<String> positional) {

    static LoghubArgs parse(String[] args, String... required) {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                positional.add(args[i]);
            } else if (i + 1 < args.length) {
                values.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
        }
        List<String> missing = List.of(required).stream().filter(r -> !values.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing option(s) " + String.join(", ", missing));
        }
        return new LoghubArgs(Map.copyOf(values), List.copyOf(positional));
    }

    Path path(String name) {
        return Path.of(values.get(name));
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
