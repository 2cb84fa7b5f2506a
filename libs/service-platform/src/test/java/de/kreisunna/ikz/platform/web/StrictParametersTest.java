package de.kreisunna.ikz.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.kreisunna.ikz.platform.problem.InvalidParameter;
import de.kreisunna.ikz.platform.town.Ags;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrictParametersTest {

    enum Status { OPEN, CLOSED }

    static class Resource {
        void list(@QueryParam("costRunId") Long costRunId, @QueryParam("status") Status status,
                @QueryParam("at") LocalDate at, @QueryParam("id") UUID id, @QueryParam("ags") Ags ags) {
        }
    }

    private final StrictParameters parameters = new StrictParameters();

    @Test
    void aNumberParameterThatIsNotANumberIsABadRequestNamingIt() {
        InvalidParameter e = refused(Long.class, 0, "abc");
        assertThat(e.parameter()).isEqualTo("costRunId");
        assertThat(e.reason()).isEqualTo("must be a whole number");
        assertThat(e.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anEnumParameterListsTheAllowedValuesAndIsExact() {
        assertThat(refused(Status.class, 1, "open").reason()).isEqualTo("must be one of: OPEN, CLOSED");
        assertThat(refused(Status.class, 1, "OPEN ").reason()).isEqualTo("must be one of: OPEN, CLOSED");
        assertThat(converter(Status.class, 1).fromString("CLOSED")).isEqualTo(Status.CLOSED);
    }

    @Test
    void aDateParameterIsIsoAndWithinThePlausibleRange() {
        assertThat(refused(LocalDate.class, 2, "01.01.2022").reason()).isEqualTo("must be a date written YYYY-MM-DD");
        assertThat(refused(LocalDate.class, 2, "+999999999-12-31").reason())
                .isEqualTo("must be between 2000-01-01 and 2199-12-31");
        assertThat(converter(LocalDate.class, 2).fromString("2022-01-01")).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void aUuidParameterMustBeAUuid() {
        assertThat(refused(UUID.class, 3, "x").parameter()).isEqualTo("id");
    }

    @Test
    void anAgsParameterFollowsTheAgsRule() {
        assertThat(refused(Ags.class, 4, "5978024").reason()).isEqualTo(Ags.RULE);
        assertThat(converter(Ags.class, 4).fromString("05978024")).isEqualTo(Ags.of("05978024"));
    }

    private <T> InvalidParameter refused(Class<T> type, int index, String value) {
        return catchThrowableOfType(InvalidParameter.class, () -> converter(type, index).fromString(value));
    }

    private <T> ParamConverter<T> converter(Class<T> type, int index) {
        Annotation[] annotations = Resource.class.getDeclaredMethods()[0].getParameterAnnotations()[index];
        return parameters.getConverter(type, type, annotations);
    }
}
