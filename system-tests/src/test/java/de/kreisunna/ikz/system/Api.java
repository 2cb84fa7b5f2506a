package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to the services with a real token of a demo user, a test user or the helpdesk client. */
final class Api {

    static final String MEMBERSHIP = "membership-service";
    static final String COSTING = "costing-service";
    static final String SUPPORT = "support-service";
    static final String HELPDESK_CLIENT = "prosoz-helpdesk";

    private Api() {
    }

    /** A JSON request with the bearer token of {@code who}: a user name or the helpdesk client. */
    static RequestSpecification as(String who) {
        String token = who.equals(HELPDESK_CLIENT) ? Keycloak.cachedClientToken(who) : Keycloak.cachedUserToken(who);
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String url(String service, String path) {
        return SystemStack.stack().serviceUrl(service) + path;
    }
}
