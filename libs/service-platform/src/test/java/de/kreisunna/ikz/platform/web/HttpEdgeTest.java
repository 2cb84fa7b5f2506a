package de.kreisunna.ikz.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kreisunna.ikz.platform.domain.Violation;
import org.junit.jupiter.api.Test;

class HttpEdgeTest {

    @Test
    void aNulCharacterAnywhereInTheUrlIsRefusedNamingThePart() {
        assertThat(HttpEdge.urlViolation("path", "/agreements/%00")).isEqualTo(
                new Violation("path", "must not contain the NUL character (%00)"));
        assertThat(HttpEdge.urlViolation("query", "entityId=a%00b")).extracting(Violation::field).isEqualTo("query");
    }

    @Test
    void aPercentSignNotFollowedByTwoHexDigitsIsAMalformedEscape() {
        assertThat(HttpEdge.urlViolation("path", "/members/%ZZ")).isNotNull();
        assertThat(HttpEdge.urlViolation("query", "x=%4")).isNotNull();
        assertThat(HttpEdge.urlViolation("query", "x=%")).isNotNull();
    }

    @Test
    void wellFormedEscapesAndPlainUrlsPass() {
        assertThat(HttpEdge.urlViolation("path", "/municipalities/05978024")).isNull();
        assertThat(HttpEdge.urlViolation("query", "q=L%C3%BCnen%20Mitte")).isNull();
        assertThat(HttpEdge.urlViolation("query", null)).isNull();
    }

    @Test
    void aStarInABodyLimitPrefixStandsForExactlyOnePathSegment() {
        String attachments = "/support-requests/*/attachments";
        assertThat(HttpEdge.matchesPrefix("/support-requests/4711/attachments", attachments)).isTrue();
        assertThat(HttpEdge.matchesPrefix("/support-requests/4711/comments/1/attachments", attachments)).isFalse();
        assertThat(HttpEdge.matchesPrefix("/support-requests/4711/comments", attachments)).isFalse();
        assertThat(HttpEdge.matchesPrefix("/history-import", "/history-import")).isTrue();
    }
}
