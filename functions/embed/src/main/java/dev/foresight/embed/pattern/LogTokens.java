package dev.foresight.embed.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A log message cut into tokens for template mining. Words are split at white space and at the
 * punctuation that separates keys, values and lists ({@code = : , ( ) [ ] { } " '}), which become
 * tokens of their own; a token holding a digit is a variable ({@code <*>}): identifiers, counts,
 * addresses and times almost always carry one, and words almost never do; so is a path (a slash
 * inside a word). A value runs to the next white space, whatever punctuation it holds (both
 * choices are {@link MinerSettings} switches, on by default). The white space before each token is
 * kept so that a template reads like the message it came from.
 */
public record LogTokens(List<String> tokens, List<Boolean> spaced, List<String> raw) {
    /** The marker of a variable position, in tokens and in templates. */
    public static final String VARIABLE = "<*>";
    private static final String DELIMITERS = "=:,()[]{}\"'";

    public LogTokens {
        tokens = List.copyOf(tokens);
        spaced = List.copyOf(spaced);
        raw = List.copyOf(raw);
    }

    /** Cuts the message as the default settings do. */
    public static LogTokens of(String message) {
        return of(message, MinerSettings.DEFAULT);
    }

    public static LogTokens of(String message, MinerSettings settings) {
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
                inValue = add(word.toString(), space, inValue, settings, tokens, spaced, raw);
                word.setLength(0);
                space = false;
            }
            if (delimiter) {
                inValue = add(String.valueOf(c), space, inValue, settings, tokens, spaced, raw);
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
    private static boolean add(String text, boolean space, boolean inValue, MinerSettings settings,
                               List<String> tokens, List<Boolean> spaced, List<String> raw) {
        if (inValue && settings.valuesRunToSpace()) {
            int last = raw.size() - 1;
            raw.set(last, raw.get(last) + text);
            return true;
        }
        boolean variable = hasDigit(text) || settings.pathsAreVariables() && isPath(text);
        tokens.add(variable ? VARIABLE : text);
        spaced.add(space);
        raw.add(text);
        return variable;
    }

    /** A file path or URL: a slash or backslash inside a longer word. */
    static boolean isPath(String text) {
        return text.length() > 1 && (text.indexOf('/') >= 0 || text.indexOf('\\') >= 0);
    }

    static boolean isDelimiter(String token) {
        return token.length() == 1 && DELIMITERS.indexOf(token.charAt(0)) >= 0;
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
