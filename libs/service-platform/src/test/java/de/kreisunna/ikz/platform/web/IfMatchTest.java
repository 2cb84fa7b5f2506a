package de.kreisunna.ikz.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.domain.ExpectedVersion;
import de.kreisunna.ikz.platform.domain.StaleVersion;
import de.kreisunna.ikz.platform.domain.VersionRequired;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void theCurrentVersionAnyListedVersionOrAStarMatches() {
        assertThatCode(() -> IfMatch.required("\"3\"", "agreement a").check("agreement a", 3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.required("\"2\", \"3\"", "agreement a").check("agreement a", 3)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.required("*", "agreement a").check("agreement a", 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleWeakOrMalformedTagIsStaleByStrongComparison() {
        assertThatThrownBy(() -> IfMatch.parse("\"2\"").check("agreement a", 3)).isInstanceOf(StaleVersion.class)
                .hasMessageContaining("at version \"3\"");
        assertThatThrownBy(() -> IfMatch.parse("W/\"3\"").check("agreement a", 3)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> IfMatch.parse("3").check("agreement a", 3)).isInstanceOf(StaleVersion.class);
    }

    @Test
    void aReplacementWithoutIfMatchIsRefusedButACommandWithoutItPasses() {
        assertThatThrownBy(() -> IfMatch.required(null, "municipality 05978024")).isInstanceOf(VersionRequired.class)
                .hasMessageContaining("municipality 05978024 exists");
        assertThatThrownBy(() -> IfMatch.required(" ", "x")).isInstanceOf(VersionRequired.class);
        assertThatThrownBy(() -> IfMatch.parse(null).require("billing party 05978024", 2)).isInstanceOf(VersionRequired.class);
        assertThatCode(() -> IfMatch.parse(null).check("agreement a", 3)).doesNotThrowAnyException();
        assertThat(IfMatch.parse(null)).isEqualTo(ExpectedVersion.NOT_SENT);
    }

    @Test
    void theEtagIsTheVersionAsAStrongTag() {
        assertThat(IfMatch.etag(7).toString()).isEqualTo("\"7\"");
        assertThat(IfMatch.etag(7).isWeak()).isFalse();
    }
}
