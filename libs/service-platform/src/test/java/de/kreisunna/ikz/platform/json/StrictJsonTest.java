package de.kreisunna.ikz.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kreisunna.ikz.platform.domain.Violation;
import de.kreisunna.ikz.platform.problem.JsonProblems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict reading as every service's ObjectMapper does it, seen through the violation an API user gets. */
class StrictJsonTest {

    enum Priority { CRITICAL, HIGH, NORMAL, LOW }

    record Address(String street) {
    }

    record Request(String name, Boolean urgent, Priority priority, LocalDate paidOn, Integer count,
            BigDecimal amount, OffsetDateTime startsAt, Address address, List<String> tags,
            @DateRange(from = "1900-01-01", to = "2199-12-31") LocalDate foundedOn) {
    }

    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aRepeatedKeyIsRefusedNamingTheKey() {
        Violation v = refused("{\"name\":\"Lünen\",\"name\":\"Unna\"}");
        assertThat(v.field()).isEqualTo("name");
        assertThat(v.reason()).contains("Duplicate field 'name'");
    }

    @Test
    void contentAfterTheClosingBraceIsRefused() {
        assertThat(refused("{\"name\":\"Lünen\"} {\"name\":\"Unna\"}").reason())
                .isEqualTo("unexpected content after the end of the JSON value");
        assertThat(refused("{\"name\":\"Lünen\"}x").reason()).startsWith("malformed JSON");
    }

    @Test
    void numbersAndBooleansAreNotTurnedIntoStrings() {
        assertThat(refused("{\"name\":12}")).isEqualTo(new Violation("name", "cannot read '12': must be a string"));
        assertThat(refused("{\"name\":true}")).isEqualTo(new Violation("name", "cannot read 'true': must be a string"));
        assertThat(refused("{\"tags\":[\"a\",1.5]}")).isEqualTo(new Violation("tags.[1]", "cannot read '1.5': must be a string"));
    }

    @Test
    void booleansMustBeTrueOrFalse() {
        assertThat(refused("{\"urgent\":1}")).isEqualTo(new Violation("urgent", "cannot read '1': must be true or false"));
        assertThat(refused("{\"urgent\":\"true\"}")).isEqualTo(new Violation("urgent", "must be true or false"));
    }

    @Test
    void wholeNumbersAreNotReadFromStringsOrFractions() {
        assertThat(refused("{\"count\":\"5\"}")).isEqualTo(new Violation("count", "must be a whole number"));
        assertThat(refused("{\"count\":1.5}")).isEqualTo(new Violation("count", "cannot read '1.5': must be a whole number"));
    }

    @Test
    void anEnumIsOneOfItsNamesExactlyAndTheErrorListsThem() {
        String allowed = "must be one of: CRITICAL, HIGH, NORMAL, LOW";
        assertThat(refused("{\"priority\":0}")).isEqualTo(new Violation("priority", allowed));
        assertThat(refused("{\"priority\":\"CRITICAL \"}")).isEqualTo(new Violation("priority", allowed));
        assertThat(refused("{\"priority\":\"critical\"}")).isEqualTo(new Violation("priority", allowed));
        assertThat(refused("{\"priority\":\"1\"}")).isEqualTo(new Violation("priority", allowed));
    }

    @Test
    void aDateIsAStringWithinThePlausibleRange() {
        assertThat(refused("{\"paidOn\":20220101}"))
                .isEqualTo(new Violation("paidOn", "must be a date written YYYY-MM-DD"));
        assertThat(refused("{\"paidOn\":[2022,1,1]}"))
                .isEqualTo(new Violation("paidOn", "must be a date written YYYY-MM-DD"));
        assertThat(refused("{\"paidOn\":\"2022-02-30\"}"))
                .isEqualTo(new Violation("paidOn", "must be a date written YYYY-MM-DD"));
        assertThat(refused("{\"paidOn\":\"+999999999-12-31\"}"))
                .isEqualTo(new Violation("paidOn", "must be between 2000-01-01 and 2199-12-31"));
        assertThat(refused("{\"paidOn\":\"1999-12-31\"}"))
                .isEqualTo(new Violation("paidOn", "must be between 2000-01-01 and 2199-12-31"));
        assertThat(refused("{\"startsAt\":\"9999-01-01T09:00:00Z\"}"))
                .isEqualTo(new Violation("startsAt", "must be between 2000-01-01 and 2199-12-31"));
    }

    @Test
    void aFieldMayDeclareItsOwnDateRange() throws Exception {
        assertThat(read("{\"foundedOn\":\"1975-01-01\"}").foundedOn()).isEqualTo(LocalDate.of(1975, 1, 1));
        assertThat(refused("{\"foundedOn\":\"1899-12-31\"}"))
                .isEqualTo(new Violation("foundedOn", "must be between 1900-01-01 and 2199-12-31"));
    }

    @Test
    void aWrongTypeNamesTheFieldAndNoJavaClass() {
        Violation v = refused("{\"address\":[1]}");
        assertThat(v).isEqualTo(new Violation("address", "must be an object"));
        assertThat(refused("[]").reason()).doesNotContain("de.kreisunna", "`", "Request");
        assertThat(refused("{\"tags\":{}}")).isEqualTo(new Violation("tags", "must be an array"));
    }

    @Test
    void anArrayHasAtMostAThousandEntries() throws Exception {
        String entries = String.join(",", java.util.Collections.nCopies(1001, "\"a\""));
        assertThat(refused("{\"tags\":[" + entries + "]}"))
                .isEqualTo(new Violation("tags", "must have at most 1000 entries"));
        assertThat(read("{\"tags\":[" + entries.substring(4) + "]}").tags()).hasSize(1000);
    }

    @Test
    void validInputIsReadUnchangedIncludingAmountsAsDecimalStrings() throws Exception {
        Request r = read("""
                {"name":"Lünen","urgent":true,"priority":"HIGH","paidOn":"2022-01-01","count":3,
                 "amount":"2585.48","startsAt":"2026-03-02T09:00:00+01:00","address":{"street":"Willy-Brandt-Platz 1"},
                 "tags":["a"]}""");
        assertThat(r.priority()).isEqualTo(Priority.HIGH);
        assertThat(r.paidOn()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(r.amount()).isEqualByComparingTo("2585.48");
        assertThat(read("{\"amount\":12}").amount()).isEqualByComparingTo("12");
        assertThat(read("{\"paidOn\":\"2000-01-01\"}").paidOn()).isEqualTo(StrictJson.EARLIEST);
        assertThat(read("{\"paidOn\":\"2199-12-31\"}").paidOn()).isEqualTo(StrictJson.LATEST);
    }

    private Request read(String body) throws Exception {
        return json.readValue(body, Request.class);
    }

    private Violation refused(String body) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> read(body));
        assertThat(e).as("refused: " + body).isNotNull();
        return JsonProblems.violation(e);
    }
}
