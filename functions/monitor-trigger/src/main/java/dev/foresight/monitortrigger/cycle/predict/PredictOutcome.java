package dev.foresight.monitortrigger.cycle.predict;

/** What predicting one service gave: an answer, or the reason there is none. */
public record PredictOutcome(String service, PredictResponse response, String error) {

    public static PredictOutcome predicted(String service, PredictResponse response) {
        return new PredictOutcome(service, response, null);
    }

    public static PredictOutcome failed(String service, String error) {
        return new PredictOutcome(service, null, error);
    }

    public boolean succeeded() {
        return response != null;
    }
}
