package dev.foresight.embed.pattern;

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
    private boolean alive = true;
    private int constants = -1; // cached; -1 once the template changes
    private String rendered; // cached; null once the template changes

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

    boolean alive() {
        return alive;
    }

    /**
     * The share of the template's constant tokens that the message repeats (a variable in the
     * message repeats none); 1 for a template with no constant left. Stops early, returning -1,
     * once the share cannot reach {@code floor}.
     */
    double similarity(List<String> tokens, double floor) {
        int constants = constants();
        int allowed = constants - (int) Math.ceil(floor * constants - 1e-9);
        int agree = 0;
        int missed = 0;
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals(LogTokens.VARIABLE)) {
                continue;
            }
            if (template[i].equals(tokens.get(i))) {
                agree++;
            } else if (++missed > allowed) {
                return -1;
            }
        }
        return constants == 0 ? 1 : (double) agree / constants;
    }

    private int constants() {
        if (constants < 0) {
            constants = 0;
            for (String t : template) {
                if (!t.equals(LogTokens.VARIABLE)) {
                    constants++;
                }
            }
        }
        return constants;
    }

    /** Takes the message in; returns whether a position of the template became a variable. */
    boolean absorb(List<String> tokens) {
        count++;
        return generalise(tokens);
    }

    /** Takes the other pattern's messages in, with {@code position} a variable from now on. */
    void merge(MinedPattern other, int position) {
        template[position] = LogTokens.VARIABLE;
        constants = -1;
        rendered = null;
        generalise(List.of(other.template));
        count += other.count;
        other.alive = false;
    }

    private boolean generalise(List<String> tokens) {
        boolean changed = false;
        for (int i = 0; i < template.length; i++) {
            if (!template[i].equals(tokens.get(i)) && !template[i].equals(LogTokens.VARIABLE)) {
                template[i] = LogTokens.VARIABLE;
                changed = true;
            }
        }
        if (changed) {
            constants = -1;
            rendered = null;
        }
        return changed;
    }

    /** Marks of {@link #onlyDifference}: the templates are equal, or differ at two positions or more. */
    static final int EQUAL = -1;
    static final int SEVERAL = -2;

    /** The one position at which the two templates (of the same length) differ, or {@link #EQUAL} / {@link #SEVERAL}. */
    int onlyDifference(MinedPattern other) {
        int found = EQUAL;
        for (int i = 0; i < template.length; i++) {
            if (!template[i].equals(other.template[i])) {
                if (found != EQUAL) {
                    return SEVERAL;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Whether turning {@code position} into a variable leaves more constant words than variable
     * ones: a template must stay mostly text, or any two short messages would look alike.
     */
    boolean staysMostlyConstant(int position) {
        int constants = 0;
        int variables = 0;
        for (int i = 0; i < template.length; i++) {
            if (i == position || template[i].equals(LogTokens.VARIABLE)) {
                variables++;
            } else if (!LogTokens.isDelimiter(template[i])) {
                constants++;
            }
        }
        return constants > variables;
    }

    String render() {
        if (rendered == null) {
            rendered = renderNow();
        }
        return rendered;
    }

    private String renderNow() {
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
}
