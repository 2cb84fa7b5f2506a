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
    void theCostSharingDaysAndTheMasterDataTheProducerSendsAreRead() throws Exception {
        String event = """
                {"ags":"05978032","name":"Selm","revision":9,"goLiveOn":"2020-07-01",
                 "periods":[{"validFrom":"2022-01-01","validUntil":null,"agreementId":"ikz-asylblg-2021","goLiveOn":"2020-07-01","noticeGivenOn":null}],
                 "costSharing":[
                   {"validFrom":"2020-07-01","validUntil":"2021-12-31","basis":"INTERIM_DECISION","agreementId":"ikz-asylblg-2019",
                    "decidedOn":"2020-07-01","decidedBy":"unbekannt","source":"assumed","assumption":true},
                   {"validFrom":"2022-01-01","validUntil":null,"basis":"PARTY","agreementId":"ikz-asylblg-2021","assumption":false}],
                 "leitwegId":"05978032-0001-67",
                 "invoiceAddress":{"recipient":"Stadt Selm","street":"Adenauerplatz 2","postalCode":"59379","city":"Selm"},
                 "contact":{"name":"Rechnungseingang","email":"rechnungseingang@selm.example","phone":null}}""";
        assertThat(EventSchemas.violations(schema, event)).isEmpty();

        MembershipChangedV1 read = json.readValue(event, MembershipChangedV1.class);

        assertThat(read.problems()).isEmpty();
        assertThat(read.costSharingDays()).extracting(MembershipChangedV1.CostSharing::validFrom, MembershipChangedV1.CostSharing::basis)
                .containsExactly(org.assertj.core.api.Assertions.tuple(LocalDate.of(2020, 7, 1), "INTERIM_DECISION"),
                        org.assertj.core.api.Assertions.tuple(LocalDate.of(2022, 1, 1), "PARTY"));
        assertThat(read.leitwegId()).isEqualTo("05978032-0001-67");
        assertThat(read.invoiceAddress().postalCode()).isEqualTo("59379");
        assertThat(read.contact().email()).isEqualTo("rechnungseingang@selm.example");
    }

    @Test
    void anEventOfAnOlderProducerWithoutCostSharingCountsItsPeriodsAsBefore() throws Exception {
        MembershipChangedV1 read = json.readValue("""
                {"ags":"05978016","name":"Holzwickede","revision":4,"periods":[{"validFrom":"2022-01-01","validUntil":null}]}""",
                MembershipChangedV1.class);

        assertThat(read.costSharingDays()).containsExactly(new MembershipChangedV1.CostSharing(LocalDate.of(2022, 1, 1), null, "PARTY", null));
    }

    @Test
    void whatTheSchemaForbidsTheReaderRejectsToo() throws Exception {
        String event = "{\"ags\":\"123\",\"name\":\"\",\"revision\":1,\"periods\":[]}";
        assertThat(EventSchemas.violations(schema, event)).isNotEmpty();

        assertThat(json.readValue(event, MembershipChangedV1.class).problems())
                .contains("ags missing or not an AGS", "name missing");
    }
}
