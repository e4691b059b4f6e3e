package dev.foresight.shared.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.foresight.shared.input.InputRules;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;

/**
 * The first check of every JSON body, in every function, before any model sees it: bounded
 * nesting, string and name lengths, nothing after the value, and no string or map key holding NUL, control characters or
 * broken Unicode (PostgreSQL refuses NUL; the rest have no business in names and text). A
 * violation is a 400 naming the field path, through {@code Problems}.
 */
@Singleton
public class JsonInputGuard implements ObjectMapperCustomizer {
    /** Longer than any text an endpoint accepts; each model applies its own tighter limit. */
    public static final int MAX_STRING = 1_000_000;
    public static final int MAX_NAME = 1_000;
    public static final int MAX_NUMBER = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(InputRules.MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNameLength(MAX_NAME)
                .maxNumberLength(MAX_NUMBER)
                .build());
        SimpleModule strings = new SimpleModule("foresight-input-guard");
        strings.addDeserializer(String.class, new CheckedString());
        strings.addKeyDeserializer(String.class, new CheckedKey());
        strings.setDeserializerModifier(new CheckedTextValues());
        mapper.registerModule(strings);
        // "{...} garbage" is not the object it starts with: refuse rather than read the prefix
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A string value: free text may hold tabs and line breaks, never other control characters. */
    static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            Optional<String> rule = InputRules.characters(value, true);
            if (rule.isPresent()) {
                throw JsonMappingException.from(p, rule.get());
            }
            return value;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /**
     * Dates, times and UUIDs arrive as strings but are read by their own deserializers, which trim
     * what they are given ({@code "2026-01-01T00:00:00Z\u0000"} would parse): their text is checked
     * the same way before it is read.
     */
    static final class CheckedTextValues extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            boolean textual = type.getName().startsWith("java.time.") || type == java.util.UUID.class;
            return textual ? new CheckedText(deserializer) : deserializer;
        }
    }

    static final class CheckedText extends DelegatingDeserializer {
        CheckedText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new CheckedText(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Optional<String> rule = InputRules.characters(p.getText(), false);
                if (rule.isPresent()) {
                    throw JsonMappingException.from(p, rule.get());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A map key is a name: one line, no control characters at all. */
    static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            Optional<String> rule = InputRules.characters(key, false);
            if (rule.isPresent()) {
                throw JsonMappingException.from(ctxt.getParser(), "keys " + rule.get());
            }
            return key;
        }
    }
}
