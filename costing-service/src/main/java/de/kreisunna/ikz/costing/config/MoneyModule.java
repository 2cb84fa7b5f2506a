package de.kreisunna.ikz.costing.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kreisunna.ikz.costing.allocation.Money;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Money in JSON is a decimal string with two places ("2585.48"), so no reader turns it into a binary double;
 * a JSON number is accepted on input too. The domain type stays free of Jackson.
 */
public class MoneyModule extends SimpleModule {

    public MoneyModule() {
        super("ikz-money");
        addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING && !p.currentToken().isNumeric()) {
                    return (Money) ctxt.handleUnexpectedToken(Money.class, p);
                }
                try {
                    return Money.of(new BigDecimal(p.getText().trim()));
                } catch (IllegalArgumentException e) {
                    return (Money) ctxt.handleWeirdStringValue(Money.class, p.getText(),
                            "must be an amount in euros with at most two decimals");
                }
            }
        });
    }

    /** An ObjectMapper as the service configures it, for code and tests outside CDI. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule()).registerModule(new MoneyModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
