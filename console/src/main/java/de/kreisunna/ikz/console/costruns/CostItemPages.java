package de.kreisunna.ikz.console.costruns;

import static de.kreisunna.ikz.console.web.Forms.blankToNull;
import static de.kreisunna.ikz.console.web.Forms.nullToBlank;
import static de.kreisunna.ikz.console.web.Forms.strings;

import de.kreisunna.ikz.console.invoices.CostItem;
import de.kreisunna.ikz.console.invoices.CostingClient;
import de.kreisunna.ikz.console.web.FormState;
import de.kreisunna.ikz.console.web.Formats;
import de.kreisunna.ikz.console.web.Forms;
import de.kreisunna.ikz.console.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Finance enters a year's cost items (vendor maintenance, additional licences, other costs) and how each is split,
 * before the year's cost run reads them; an item can be removed again. costing-service checks every item.
 */
@Path("/kostenpositionen")
@Produces(MediaType.TEXT_HTML)
public class CostItemPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(int year, List<CostItem> items, FormState form);
    }

    @Inject
    @RestClient
    CostingClient costing;

    @Inject
    Clock clock;

    /** The items of {@code jahr} (default: the current year in Berlin). */
    @GET
    public TemplateInstance list(@RestQuery("jahr") Integer year) {
        return page(year == null ? LocalDate.now(clock.withZone(Formats.ZONE)).getYear() : year, FormState.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@RestForm String year, @RestForm String kind, @RestForm String label, @RestForm String splitKey,
            @RestForm String amount, @RestForm String unitPrice, @RestForm String product, @RestForm String ags,
            @RestForm String count, @RestForm String validFrom, @RestForm String validUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", Forms.number(year));
        body.put("kind", blankToNull(kind));
        body.put("label", nullToBlank(label));
        body.put("splitKey", blankToNull(splitKey));
        body.put("amount", Forms.amount(amount));
        body.put("unitPrice", Forms.amount(unitPrice));
        body.put("product", blankToNull(product));
        body.put("ags", blankToNull(ags));
        body.put("count", Forms.number(count));
        body.put("validFrom", blankToNull(validFrom));
        body.put("validUntil", blankToNull(validUntil));
        Map<String, Object> shown = new LinkedHashMap<>(body);
        shown.put("amount", nullToBlank(amount));
        shown.put("unitPrice", nullToBlank(unitPrice));
        int shownYear = body.get("year") instanceof Integer y ? y : LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        return Redirects.perform(() -> costing.createCostItem(body), "/kostenpositionen?jahr=" + shownYear,
                problem -> page(shownYear, FormState.refused("create", strings(shown), problem)));
    }

    @POST
    @Path("{id}/loeschen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object delete(@PathParam("id") long id, @RestForm("jahr") Integer year) {
        int shownYear = year == null ? LocalDate.now(clock.withZone(Formats.ZONE)).getYear() : year;
        return Redirects.perform(() -> costing.deleteCostItem(id), "/kostenpositionen?jahr=" + shownYear,
                problem -> page(shownYear, FormState.refused("delete", Map.of(), problem)));
    }

    private TemplateInstance page(int year, FormState form) {
        return Templates.list(year, costing.costItems(year), form);
    }
}
