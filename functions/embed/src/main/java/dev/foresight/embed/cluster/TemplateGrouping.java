package dev.foresight.embed.cluster;

import dev.foresight.embed.pattern.MinerSettings;
import dev.foresight.embed.pattern.TemplateMiner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups texts into patterns with the template miner that {@code foresight bench loghub} measures:
 * the texts are mined one at a time in input order, then each lands in the pattern it ended in.
 */
public final class TemplateGrouping {
    private TemplateGrouping() {}

    /** Patterns largest first; equal sizes keep the order in which they were founded. */
    public static List<Pattern> group(List<String> texts, MinerSettings settings) {
        TemplateMiner miner = new TemplateMiner(settings);
        List<Integer> filed = new ArrayList<>(texts.size());
        for (String text : texts) {
            filed.add(miner.add(text).id());
        }
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            members.computeIfAbsent(miner.current(filed.get(i)), id -> new ArrayList<>()).add(texts.get(i));
        }
        Map<Integer, String> templates = new LinkedHashMap<>();
        miner.patterns().forEach(p -> templates.put(p.id(), p.template()));
        List<Pattern> patterns = new ArrayList<>();
        members.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .forEach(e -> patterns.add(new Pattern(templates.get(e.getKey()), e.getValue().get(0),
                        e.getValue().size(), e.getValue())));
        patterns.sort(Comparator.comparingInt(Pattern::size).reversed());
        return patterns;
    }
}
