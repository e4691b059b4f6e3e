package dev.foresight.monitortrigger.source.prometheus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Prometheus HTTP API's JSON envelope ({@code status}, {@code data.resultType},
 * {@code data.result}, or {@code errorType}/{@code error}). A matrix and a vector both become
 * series; a scalar is one unlabelled series. Anything else is a {@link PromAnswer.Failed} that
 * says what was wrong, never an exception.
 */
public final class ResponseParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseParser() {}

    public static PromAnswer parse(int httpStatus, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return new PromAnswer.Failed("HTTP " + httpStatus + " with a body that is not JSON: " + excerpt(body));
        }
        if (root == null || !root.isObject()) {
            return new PromAnswer.Failed("HTTP " + httpStatus + " with a body that is not a JSON object: " + excerpt(body));
        }
        String status = root.path("status").asText("");
        if (!"success".equals(status)) {
            String type = root.path("errorType").asText("");
            String error = root.path("error").asText("");
            return new PromAnswer.Failed("HTTP " + httpStatus + (type.isEmpty() ? "" : " " + type)
                    + (error.isEmpty() ? " (status \"" + status + "\")" : ": " + error));
        }
        JsonNode data = root.path("data");
        String resultType = data.path("resultType").asText("");
        JsonNode result = data.path("result");
        try {
            return switch (resultType) {
                case "matrix" -> new PromAnswer.Data(seriesList(result, "values"));
                case "vector" -> new PromAnswer.Data(seriesList(result, "value"));
                case "scalar" -> new PromAnswer.Data(List.of(new Series(Map.of(), List.of(sample(result)))));
                default -> new PromAnswer.Failed("unexpected resultType \"" + resultType + "\"");
            };
        } catch (IllegalArgumentException malformed) {
            return new PromAnswer.Failed("malformed " + resultType + ": " + malformed.getMessage());
        }
    }

    private static List<Series> seriesList(JsonNode result, String pointsField) {
        if (!result.isArray()) {
            throw new IllegalArgumentException("\"result\" is not an array");
        }
        List<Series> out = new ArrayList<>(result.size());
        for (JsonNode item : result) {
            Map<String, String> labels = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = item.path("metric").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                labels.put(f.getKey(), f.getValue().asText());
            }
            JsonNode points = item.path(pointsField);
            List<Sample> samples = new ArrayList<>();
            if ("value".equals(pointsField)) {
                samples.add(sample(points));
            } else {
                if (!points.isArray()) {
                    throw new IllegalArgumentException("\"values\" is not an array");
                }
                for (JsonNode point : points) {
                    samples.add(sample(point));
                }
            }
            out.add(new Series(labels, samples));
        }
        return out;
    }

    /** {@code [1733212345.5, "0.25"]}: seconds as a JSON number, the value as a string. */
    private static Sample sample(JsonNode point) {
        if (!point.isArray() || point.size() != 2 || !point.get(0).isNumber() || !point.get(1).isTextual()) {
            throw new IllegalArgumentException("a point must be [seconds, \"value\"], got " + excerpt(point.toString()));
        }
        BigDecimal seconds = point.get(0).decimalValue();
        Instant time = Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        return new Sample(time, value(point.get(1).asText()));
    }

    private static double value(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("value \"" + excerpt(text) + "\" is not a number");
                }
            }
        };
    }

    private static String excerpt(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "…";
    }
}
