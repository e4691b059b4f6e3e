package dev.foresight.alertroute.am.label;

import java.util.regex.Pattern;

/** Prometheus' label-name rule, which Alertmanager applies to group_by, equal and match keys. */
public final class LabelNames {
    private static final Pattern VALID = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]*$");

    private LabelNames() {}

    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }
}
