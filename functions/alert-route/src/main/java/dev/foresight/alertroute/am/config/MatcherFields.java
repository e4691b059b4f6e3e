package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.label.LabelNames;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.MatcherException;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the three ways a configuration states matchers: {@code matchers:} strings and the legacy
 * {@code match:} / {@code match_re:} maps, whose regexes are anchored like any other.
 */
final class MatcherFields {
    private MatcherFields() {}

    /** The matchers of {@code prefix + "match"}, {@code "match_re"} and {@code "matchers"}, sorted. */
    static List<Matcher> read(YamlNode node, String prefix) {
        List<Matcher> out = new ArrayList<>();
        Map<String, String> equal = node.get(prefix + "match").map(YamlNode::stringMap).orElse(Map.of());
        Map<String, String> regex = node.get(prefix + "match_re").map(YamlNode::stringMap).orElse(Map.of());
        try {
            for (Map.Entry<String, String> e : equal.entrySet()) {
                out.add(Matcher.equal(labelName(e.getKey()), e.getValue()));
            }
            for (Map.Entry<String, String> e : regex.entrySet()) {
                out.add(Matcher.regex(labelName(e.getKey()), e.getValue()));
            }
            for (String line : node.strings(prefix + "matchers")) {
                out.addAll(Matchers.parse(line));
            }
        } catch (MatcherException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return Matchers.sorted(out);
    }

    private static String labelName(String name) {
        if (!LabelNames.isValid(name)) {
            throw new ConfigException("invalid label name \"" + name + "\"");
        }
        return name;
    }
}
