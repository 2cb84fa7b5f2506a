package de.kreisunna.ikz.console.accession;

import de.kreisunna.ikz.console.web.ProblemResponses;
import de.kreisunna.ikz.console.web.UserToken;
import io.quarkus.rest.client.reactive.ClientQueryParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** membership-service: agreements, municipalities and accessions, called with the signed-in user's token. */
@RegisterRestClient(configKey = "membership")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
public interface MembershipClient {

    record Agreement(String agreementId, String title, String subject, String legalBasis, String status,
            LocalDate concludedOn, LocalDate inForceFrom, LocalDate endedOn, String predecessorId, String successorId,
            long revision, List<Party> parties, Map<String, Object> costClause, Map<String, Object> noticeRule) {

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }

        public boolean isConcluded() {
            return "CONCLUDED".equals(status);
        }

        public boolean isInForce() {
            return "IN_FORCE".equals(status);
        }

        public String statusLabel() {
            return switch (status == null ? "" : status) {
                case "DRAFT" -> "Entwurf";
                case "CONCLUDED" -> "geschlossen";
                case "IN_FORCE" -> "in Kraft";
                case "TERMINATED" -> "beendet";
                case "SUPERSEDED" -> "abgelöst";
                case "WITHDRAWN" -> "verworfen";
                default -> status;
            };
        }
    }

    record Party(String ags, String name, String role) {

        public String roleLabel() {
            return switch (role == null ? "" : role) {
                case "OPERATOR" -> "Betreiber";
                case "KOPFSTELLE" -> "Kopfstelle";
                case "MEMBER" -> "Anwendergemeinde";
                default -> role;
            };
        }
    }

    record Resolution(Long id, String ags, String body, LocalDate decidedOn, String subject, String accedingAgs,
            String paperNumber, String kind, String outcome, String note) {

        public String subjectLabel() {
            return switch (subject == null ? "" : subject) {
                case "AGREEMENT" -> "Vereinbarung";
                case "ACCESSION" -> "Beitritt " + accedingAgs;
                case "TERMINATION" -> "Kündigung";
                default -> subject;
            };
        }

        public String outcomeLabel() {
            return switch (outcome == null ? "" : outcome) {
                case "APPROVED" -> "zugestimmt";
                case "REJECTED" -> "abgelehnt";
                case "DEFERRED" -> "vertagt";
                case "NOTED" -> "zur Kenntnis genommen";
                default -> outcome;
            };
        }
    }

    record Municipality(String ags, String name, String kind, String leitwegId, Address invoiceAddress,
            Contact contact, LocalDate goLiveOn, List<Period> memberships) {

        public String kindLabel() {
            return switch (kind == null ? "" : kind) {
                case "STADT" -> "Stadt";
                case "GEMEINDE" -> "Gemeinde";
                case "KREIS" -> "Kreis";
                default -> "–";
            };
        }
    }

    record Address(String recipient, String street, String postalCode, String city) {
    }

    record Contact(String name, String email, String phone) {
    }

    record Period(LocalDate validFrom, LocalDate validUntil, String agreementId) {
    }

    record Member(String ags, String name, String agreementId, LocalDate validFrom, LocalDate validUntil,
            LocalDate goLiveOn) {
    }

    @GET
    @Path("/agreements")
    @ClientQueryParam(name = "size", value = "500")
    List<Agreement> agreements();

    @GET
    @Path("/agreements/{id}")
    Agreement agreement(@PathParam("id") String agreementId);

    @GET
    @Path("/agreements/{id}/resolutions")
    @ClientQueryParam(name = "size", value = "500")
    List<Resolution> resolutions(@PathParam("id") String agreementId);

    @GET
    @Path("/municipalities")
    @ClientQueryParam(name = "size", value = "500")
    List<Municipality> municipalities();

    @GET
    @Path("/agreements/{id}/members")
    @ClientQueryParam(name = "size", value = "500")
    List<Member> members(@PathParam("id") String agreementId, @QueryParam("at") LocalDate at);

    @POST
    @Path("/agreements")
    Agreement createAgreement(Map<String, Object> body);

    @POST
    @Path("/municipalities")
    Municipality register(Map<String, Object> body);

    @POST
    @Path("/agreements/{id}/resolutions")
    Resolution recordResolution(@PathParam("id") String agreementId, Map<String, Object> body);

    @DELETE
    @Path("/agreements/{id}")
    Agreement withdraw(@PathParam("id") String agreementId);

    @POST
    @Path("/agreements/{id}/conclusion")
    Agreement conclude(@PathParam("id") String agreementId, Map<String, Object> body);

    @POST
    @Path("/agreements/{id}/entry-into-force")
    Agreement enterIntoForce(@PathParam("id") String agreementId, Map<String, Object> body);
}
