package dev.foresight.monitortrigger.cycle.alert;

/** What sending one alert gave: a receipt, or the reason there is none. */
public record AlertOutcome(Alert alert, AlertReceipt receipt, String error) {

    public static AlertOutcome sent(Alert alert, AlertReceipt receipt) {
        return new AlertOutcome(alert, receipt, null);
    }

    public static AlertOutcome failed(Alert alert, String error) {
        return new AlertOutcome(alert, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
