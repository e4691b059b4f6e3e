package dev.foresight.shared.egress;

/** An outbound request the egress policy did not let go; the message is the rule, for the caller to report. */
public class EgressRefused extends RuntimeException {
    private final String rule;

    public EgressRefused(String rule) {
        super("refused by the egress policy: " + rule, null, false, false);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
