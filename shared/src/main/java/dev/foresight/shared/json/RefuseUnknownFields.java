package dev.foresight.shared.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * For {@code @CustomDeserialization} on an update endpoint: a field the body type does not have
 * ({@code "latencySLO"} for {@code latencySloMs}) is refused with a 400 naming it, instead of being
 * dropped while the request "succeeds" without the change the caller meant.
 */
public final class RefuseUnknownFields implements BiFunction<ObjectMapper, Type, ObjectReader> {
    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
