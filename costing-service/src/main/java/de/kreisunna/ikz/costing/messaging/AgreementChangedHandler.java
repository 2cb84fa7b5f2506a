package de.kreisunna.ikz.costing.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreisunna.ikz.costing.agreement.AgreementChangedV1;
import de.kreisunna.ikz.costing.agreement.AgreementStore;
import de.kreisunna.ikz.membership.projection.MembershipTopicHandler;
import de.kreisunna.ikz.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Takes {@code ikz.membership.AgreementChanged.v1} from the membership topic into this service's agreement copy. */
@ApplicationScoped
public class AgreementChangedHandler implements MembershipTopicHandler {

    private final AgreementStore agreements;
    private final ObjectMapper json;

    AgreementChangedHandler(AgreementStore agreements, ObjectMapper json) {
        this.agreements = agreements;
        this.json = json;
    }

    @Override
    public String type() {
        return AgreementChangedV1.TYPE;
    }

    @Override
    public void handle(IncomingEvent event) {
        agreements.apply(event.dataAs(AgreementChangedV1.class, json));
    }
}
