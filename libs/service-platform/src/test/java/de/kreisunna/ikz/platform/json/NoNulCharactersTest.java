package de.kreisunna.ikz.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoNulCharactersTest {

    record Town(String name, List<String> aliases) {
    }

    private final ObjectMapper json = customized();

    @Test
    void aStringWithTheNulCharacterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"Ber\\u0000gkamen\"}", Town.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("must not contain the NUL character")
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getFieldName()).isEqualTo("name"));
        assertThatThrownBy(() -> json.readValue("{\"aliases\":[\"ok\",\"\\u0000\"]}", Town.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void ordinaryTextIncludingUmlautsAndEmptyStringsIsReadUnchanged() throws Exception {
        Town town = json.readValue("{\"name\":\"Bönen\",\"aliases\":[\"\",\"Boenen\"]}", Town.class);

        assertThat(town.name()).isEqualTo("Bönen");
        assertThat(town.aliases()).containsExactly("", "Boenen");
    }

    private static ObjectMapper customized() {
        ObjectMapper mapper = new ObjectMapper();
        new NoNulCharacters().customize(mapper);
        return mapper;
    }
}
