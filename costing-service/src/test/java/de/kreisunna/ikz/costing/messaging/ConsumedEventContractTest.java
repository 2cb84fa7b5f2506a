package de.kreisunna.ikz.costing.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.agreement.AgreementChangedV1;
import de.kreisunna.ikz.costing.config.MoneyModule;
import de.kreisunna.ikz.costing.licence.LicenceChangedV1;
import de.kreisunna.ikz.testing.EventSchemas;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * This consumer's readers against the producers' schemas. The producers are being built in parallel: while
 * a schema file does not exist yet, the test is reported as skipped (not passed).
 */
class ConsumedEventContractTest {

    static final String AGREEMENT = """
            {"agreementId":"ikz-asylblg-2022","title":"Öffentlich-rechtliche Vereinbarung IKZ Sozialwesen (AsylbLG)",
             "subject":"Gemeinsame Nutzung OPEN/PROSOZ","legalBasis":"GkG NRW","status":"IN_FORCE",
             "concludedOn":"2021-11-09","inForceFrom":"2022-01-01","endedOn":null,"predecessorId":"ikz-asylblg-2019",
             "successorId":null,"revision":3,
             "parties":[{"ags":"05978","name":"Kreis Unna","role":"OPERATOR"},
                        {"ags":"05978024","name":"Stadt Lünen","role":"KOPFSTELLE"},
                        {"ags":"05978004","name":"Stadt Bergkamen","role":"MEMBER"}],
             "costClause":{"fte":0.25,"payGrades":["A 11 LBesG NRW","EG 10 TVöD-VKA"],"overheadRate":0.10,
                           "materialCostShare":0.25,"allocation":"EQUAL"},
             "noticeRule":{"noticePeriodMonths":12,"effectiveAt":"END_OF_CALENDAR_YEAR","note":null}}""";

    static final String LICENCE = """
            {"requestId":"7c1e4b0a-4b1f-4d7e-9a55-2f7d3c1a9b10","ags":"05978032","product":"OPEN/PROSOZ","quantity":3,"effectiveFrom":"2022-07-01"}""";

    private final ObjectMapper json = MoneyModule.configure(new ObjectMapper());

    @Test
    void theAgreementReaderReadsWhatTheMembershipServicesSchemaAllows() throws Exception {
        assumeProducerSchema("membership-service", "agreement-changed.v1.json");
        assertThat(EventSchemas.violations(EventSchemas.of("membership-service", "agreement-changed.v1.json"), AGREEMENT))
                .isEmpty();

        AgreementChangedV1 read = json.readValue(AGREEMENT, AgreementChangedV1.class);

        assertThat(read.problems()).isEmpty();
        assertThat(read.costClause().fte()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(read.terms().party("KOPFSTELLE")).get().extracting(p -> p.ags()).isEqualTo("05978024");
        assertThat(read.inForceFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void theLicenceReaderReadsWhatTheSupportServicesSchemaAllows() throws Exception {
        assumeProducerSchema("support-service", "licence-changed.v1.json");
        assertThat(EventSchemas.violations(EventSchemas.of("support-service", "licence-changed.v1.json"), LICENCE)).isEmpty();

        LicenceChangedV1 read = json.readValue(LICENCE, LicenceChangedV1.class);

        assertThat(read.problems()).isEmpty();
        assertThat(read.quantity()).isEqualTo(3);
    }

    @Test
    void theReadersIgnoreUnknownFieldsAndNameWhatTheyMiss() throws Exception {
        AgreementChangedV1 agreement = json.readValue(AGREEMENT.replace("\"revision\":3,", "\"futureField\":1,"),
                AgreementChangedV1.class);
        LicenceChangedV1 licence = json.readValue("{\"ags\":\"123\",\"product\":\"x\",\"quantity\":0,\"extra\":true}",
                LicenceChangedV1.class);

        assertThat(agreement.problems()).containsExactly("revision missing or negative");
        assertThat(licence.problems()).contains("requestId missing", "ags missing or not an AGS",
                "quantity missing or less than 1", "effectiveFrom missing");
    }

    private static void assumeProducerSchema(String producer, String file) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deployment/keycloak"))) {
            dir = dir.getParent();
        }
        assumeTrue(dir != null && Files.exists(dir.resolve(producer).resolve("src/main/resources/schemas").resolve(file)),
                producer + " has not published schemas/" + file + " yet: contract not checked");
    }
}
