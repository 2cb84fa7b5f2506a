package de.kreisunna.ikz.costing;

import de.kreisunna.ikz.testing.InMemoryChannels;
import de.kreisunna.ikz.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The resources every {@code @QuarkusTest} of this service runs against (declared once, applied to all). */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannels.class, initArgs = {
        @ResourceArg(name = "incoming", value = "membership-events,support-events"),
        @ResourceArg(name = "outgoing", value = "outbox-events")})
public class ServiceTestResources {
}
