package de.kreisunna.ikz.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaServerConfigTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/ikz-sozialwesen";

    private final Properties props = parse(KafkaServerConfig.serverProperties(9092, 9093, Path.of("/data/kafka"),
            ISSUER, ISSUER + "/protocol/openid-connect/certs", ISSUER + "/protocol/openid-connect/token",
            "broker-secret"));

    @Test
    void bothListenersUseOauthBearerOverSasl() {
        assertThat(props.getProperty("listeners"))
                .isEqualTo("SASL_PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(props.getProperty("listener.security.protocol.map"))
                .isEqualTo("CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        assertThat(props.getProperty("sasl.enabled.mechanisms")).isEqualTo("OAUTHBEARER");
        assertThat(props.getProperty("sasl.mechanism.controller.protocol")).isEqualTo("OAUTHBEARER");
        assertThat(props.getProperty("sasl.mechanism.inter.broker.protocol")).isEqualTo("OAUTHBEARER");
    }

    @Test
    void eachListenerValidatesKeycloakTokensAndLogsInAsTheBroker() {
        for (String listener : new String[] {"sasl_plaintext", "controller"}) {
            String prefix = "listener.name." + listener + ".oauthbearer.";
            assertThat(props.getProperty(prefix + "sasl.server.callback.handler.class"))
                    .endsWith("OAuthBearerValidatorCallbackHandler");
            assertThat(props.getProperty(prefix + "sasl.oauthbearer.jwks.endpoint.url"))
                    .isEqualTo(ISSUER + "/protocol/openid-connect/certs");
            assertThat(props.getProperty(prefix + "sasl.oauthbearer.expected.issuer")).isEqualTo(ISSUER);
            assertThat(props.getProperty(prefix + "sasl.oauthbearer.expected.audience")).isEqualTo("kafka");
            assertThat(props.getProperty(prefix + "sasl.oauthbearer.sub.claim.name")).isEqualTo("azp");
            assertThat(props.getProperty(prefix + "sasl.oauthbearer.client.credentials.client.id"))
                    .isEqualTo("kafka-broker");
            assertThat(props.getProperty(prefix + "sasl.oauthbearer.client.credentials.client.secret"))
                    .isEqualTo("broker-secret");
        }
    }

    @Test
    void deniesWhatNoAclAllows() {
        assertThat(props.getProperty("authorizer.class.name"))
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(props.getProperty("allow.everyone.if.no.acl.found")).isEqualTo("false");
        assertThat(props.getProperty("super.users")).isEqualTo("User:kafka-broker;User:kafka-admin");
        assertThat(props.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(props.getProperty("connections.max.reauth.ms")).isEqualTo("60000");
        assertThat(props.getProperty("sasl.login.refresh.buffer.seconds")).isEqualTo("30");
        assertThat(props.getProperty("log.dirs")).isEqualTo("/data/kafka");
    }

    @Test
    void everyPlaceholderIsFilled() {
        String rendered = KafkaServerConfig.serverProperties(1, 2, Path.of("/d"), "i", "j", "t", "s");
        assertThat(rendered).doesNotContain("{{");
    }

    @Test
    void aPlaceholderWithoutValueFails() {
        assertThatThrownBy(() -> KafkaServerConfig.render("a={{missing}}", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }

    private static Properties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
