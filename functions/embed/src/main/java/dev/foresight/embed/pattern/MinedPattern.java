package dev.foresight.embed.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * One pattern as the miner grows it: a template of tokens ({@link LogTokens#VARIABLE} where the
 * messages differ), the white space of the first message to render it, and how many messages it
 * holds. Only {@link TemplateMiner} changes it.
 */
final class MinedPattern {
    private final int id;
    private final String[] template;
    private final List<Boolean> spaced;
    private long count;

    MinedPattern(int id, LogTokens first) {
        this.id = id;
        this.template = first.tokens().toArray(String[]::new);
        this.spaced = first.spaced();
        this.count = 1;
    }

    int id() {
        return id;
    }

    int length() {
        return template.length;
    }

    long count() {
        return count;
    }

    String token(int position) {
        return template[position];
    }

    /**
     * The share of constant tokens that agree: positions where the template or the message holds a
     * constant count, and agree when both hold the same one. A pattern with no constant left (or a
     * message and template that are both all variables) agrees fully.
     */
    double similarity(List<String> tokens) {
        int agree = 0;
        int compared = 0;
        for (int i = 0; i < template.length; i++) {
            boolean templateVariable = template[i].equals(LogTokens.VARIABLE);
            boolean messageVariable = tokens.get(i).equals(LogTokens.VARIABLE);
            if (templateVariable) {
                continue;
            }
            compared++;
            if (!messageVariable && template[i].equals(tokens.get(i))) {
                agree++;
            }
        }
        return compared == 0 ? 1 : (double) agree / compared;
    }

    int variables() {
        int n = 0;
        for (String t : template) {
            if (t.equals(LogTokens.VARIABLE)) {
                n++;
            }
        }
        return n;
    }

    /** Takes the message in: every position where it differs from the template becomes a variable. */
    void absorb(List<String> tokens) {
        for (int i = 0; i < template.length; i++) {
            if (!template[i].equals(tokens.get(i))) {
                template[i] = LogTokens.VARIABLE;
            }
        }
        count++;
    }

    void merge(MinedPattern other) {
        absorb(List.of(other.template));
        count += other.count - 1;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length; i++) {
            if (i > 0 && spaced.get(i)) {
                out.append(' ');
            }
            out.append(template[i]);
        }
        return out.toString();
    }

    LogPattern snapshot() {
        return new LogPattern(id, render(), count);
    }

    List<String> tokens() {
        return new ArrayList<>(List.of(template));
    }
}
