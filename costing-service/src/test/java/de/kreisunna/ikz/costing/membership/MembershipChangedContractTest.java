package de.kreisunna.ikz.costing.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import de.kreisunna.ikz.membership.projection.MembershipChangedV1;
import de.kreisunna.ikz.testing.EventSchemas;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** This consumer's tolerant reader against the producer's schema of ikz.membership.MembershipChanged.v1. */
class MembershipChangedContractTest {

    private final JsonSchema schema = EventSchemas.of("membership-service", "membership-changed.v1.json");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void everyTimelineTheProducerMaySendIsReadCompletely() throws Exception {
        String event = """
                {"ags":"05978016","name":"Holzwickede","revision":4,
                 "periods":[{"validFrom":"2022-01-01","validUntil":null}],
                 "agreement":"an optional field added later"}""";
        assertThat(EventSchemas.violations(schema, event)).isEmpty();

        MembershipChangedV1 read = json.readValue(event, MembershipChangedV1.class);

        assertThat(read.problems()).isEmpty();
        assertThat(read.revision()).isEqualTo(4);
        assertThat(read.periods()).containsExactly(new MembershipChangedV1.Period(LocalDate.of(2022, 1, 1), null));
    }

    @Test
    void whatTheSchemaForbidsTheReaderRejectsToo() throws Exception {
        String event = "{\"ags\":\"123\",\"name\":\"\",\"revision\":1,\"periods\":[]}";
        assertThat(EventSchemas.violations(schema, event)).isNotEmpty();

        assertThat(json.readValue(event, MembershipChangedV1.class).problems())
                .contains("ags missing or not an AGS", "name missing");
    }
}
