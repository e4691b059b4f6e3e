package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseParserTest {

    @Test
    void aMatrixBecomesSeriesWithSpecialValues() {
        String body = """
                {"status":"success","data":{"resultType":"matrix","result":[
                  {"metric":{"job":"api"},"values":[[1764741600,"0.25"],[1764741660.5,"NaN"],[1764741720,"+Inf"]]}]}}""";
        PromAnswer.Data data = (PromAnswer.Data) ResponseParser.parse(200, body);
        Series s = data.series().get(0);
        assertEquals(Map.of("job", "api"), s.labels());
        assertEquals(new Sample(Instant.ofEpochSecond(1764741600), 0.25), s.samples().get(0));
        assertEquals(Instant.ofEpochMilli(1764741660500L), s.samples().get(1).time());
        assertTrue(Double.isNaN(s.samples().get(1).value()));
        assertEquals(Double.POSITIVE_INFINITY, s.samples().get(2).value());
    }

    @Test
    void aVectorAndAScalarAreOnePointSeries() {
        PromAnswer.Data vector = (PromAnswer.Data) ResponseParser.parse(200, """
                {"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1764741600,"1"]}]}}""");
        assertEquals(List.of(new Series(Map.of(), List.of(new Sample(Instant.ofEpochSecond(1764741600), 1.0)))), vector.series());
        PromAnswer.Data scalar = (PromAnswer.Data) ResponseParser.parse(200, """
                {"status":"success","data":{"resultType":"scalar","result":[1764741600,"3"]}}""");
        assertEquals(3.0, scalar.series().get(0).samples().get(0).value());
    }

    @Test
    void anEmptyResultIsNoSeries() {
        assertEquals(new PromAnswer.Data(List.of()), ResponseParser.parse(200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "400|{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unclosed left parenthesis\"}|HTTP 400 bad_data: 1:5: parse error: unclosed left parenthesis",
            "401|Unauthorized|HTTP 401 with a body that is not JSON: Unauthorized",
            "200|[1,2]|HTTP 200 with a body that is not a JSON object: [1,2]",
            "200|{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":[1,\"a\"]}}|unexpected resultType \"string\"",
            "200|{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1,2]]}]}}|malformed matrix: a point must be [seconds, \"value\"], got [1,2]",
            "200|{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"x\"]}]}}|malformed vector: value \"x\" is not a number"})
    void failuresSayWhy(int status, String body, String reason) {
        assertEquals(new PromAnswer.Failed(reason), ResponseParser.parse(status, body));
    }
}
