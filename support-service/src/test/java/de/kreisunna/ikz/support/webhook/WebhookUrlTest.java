package de.kreisunna.ikz.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kreisunna.ikz.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {

    @Test
    void httpsAnywhereAndPlainHttpOnlyToLoopback() {
        assertThat(WebhookUrl.parse("https://helpdesk.example/hooks/ikz", "url")).hasHost("helpdesk.example");
        assertThat(WebhookUrl.parse("http://127.0.0.1:9999/hook", "url")).hasPort(9999);
        assertThat(WebhookUrl.parse("http://localhost/hook", "url")).hasHost("localhost");
        assertThat(WebhookUrl.parse("http://[::1]:8080/hook", "url")).hasPort(8080);
        for (String bad : new String[] {"http://helpdesk.example/hook", "http://10.0.0.1/hook", "ftp://127.0.0.1/x",
                "/relative", "https://user:secret@helpdesk.example/", "not a url", "http://127.0.0.1.example.org/"}) {
            assertThatThrownBy(() -> WebhookUrl.parse(bad, "url")).as(bad).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).violations().get(0).field()).isEqualTo("url");
        }
    }
}
