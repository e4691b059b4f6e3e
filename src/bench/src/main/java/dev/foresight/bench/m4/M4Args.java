package dev.foresight.bench.m4;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with the required ones checked up front. */
final class M4Args {

    private final Map<String, String> values;

    private M4Args(Map<String, String> values) {
        this.values = values;
    }

    static M4Args parse(String[] args, String... required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected \"--name value\" pairs, got \"" + args[i] + "\"");
            }
            values.put(args[i], args[++i]);
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("missing required option \"" + name + "\"");
            }
        }
        return new M4Args(values);
    }

    String required(String name) {
        return values.get(name);
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
