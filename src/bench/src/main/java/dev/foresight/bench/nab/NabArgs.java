package dev.foresight.bench.nab;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} command-line options, with the required ones checked up front. */
record NabArgs(Map<String, String> values) {

    static NabArgs parse(String[] args, String... required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got \"" + args[i] + "\"");
            }
            values.put(args[i], args[++i]);
        }
        List<String> missing = List.of(required).stream().filter(r -> !values.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing option(s) " + String.join(", ", missing));
        }
        return new NabArgs(values);
    }

    Path path(String name) {
        return Path.of(values.get(name));
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
