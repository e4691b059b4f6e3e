package dev.foresight.embed.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A log message cut into tokens for template mining. Words are split at white space and at the
 * punctuation that separates keys, values and lists ({@code = : , ( ) [ ] { } " '}), which become
 * tokens of their own; a token holding a digit is a variable ({@code <*>}): identifiers, counts,
 * addresses, times and paths almost always carry one, and words almost never do. The white space
 * before each token is kept so that a template reads like the message it came from.
 */
public record LogTokens(List<String> tokens, List<Boolean> spaced, List<String> raw) {
    /** The marker of a variable position, in tokens and in templates. */
    public static final String VARIABLE = "<*>";
    private static final String DELIMITERS = System.getProperty("delims", "=:,()[]{}\"'");

    public LogTokens {
        tokens = List.copyOf(tokens);
        spaced = List.copyOf(spaced);
        raw = List.copyOf(raw);
    }

    public static LogTokens of(String message) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> spaced = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean space = false; // white space since the last token
        boolean inValue = false; // a variable began in this white-space-delimited chunk
        for (int i = 0; i <= message.length(); i++) {
            char c = i < message.length() ? message.charAt(i) : ' ';
            boolean white = Character.isWhitespace(c);
            boolean delimiter = DELIMITERS.indexOf(c) >= 0;
            if (!white && !delimiter) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                inValue = add(word.toString(), space, inValue, tokens, spaced, raw);
                word.setLength(0);
                space = false;
            }
            if (delimiter) {
                inValue = add(String.valueOf(c), space, inValue, tokens, spaced, raw);
                space = false;
            } else {
                space = true;
                inValue = false;
            }
        }
        return new LogTokens(tokens, spaced, raw);
    }

    public int size() {
        return tokens.size();
    }

    /**
     * Appends a token, or folds it into the variable that began earlier in the same chunk: a value
     * runs to the next white space, so "10.0.0.1,10.0.0.2" or "a=1&b=2" stays one variable whatever
     * punctuation it holds. Returns whether the chunk is now inside a value.
     */
    private static boolean add(String text, boolean space, boolean inValue, List<String> tokens,
                               List<Boolean> spaced, List<String> raw) {
        if (inValue) {
            int last = raw.size() - 1;
            raw.set(last, raw.get(last) + text);
            return true;
        }
        boolean variable = hasDigit(text) || (Boolean.getBoolean("paths") && text.length() > 1 && (text.indexOf('/') >= 0 || text.indexOf('\\') >= 0));
        tokens.add(variable ? VARIABLE : text);
        spaced.add(space);
        raw.add(text);
        return variable;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
