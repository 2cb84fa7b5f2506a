package de.kreisunna.ikz.platform.paging;

import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.web.Params;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Page/size paging of list endpoints: {@code ?page=1&size=100} (1-based; size 1 to {@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}). The body stays the JSON array of the page's items; the answer carries
 * {@code X-Total-Count} and an RFC 8288 {@code Link} header with {@code first}, {@code prev}, {@code next} and
 * {@code last}, built from the request's own URI so filters and sort order are kept.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;
    public static final String TOTAL_HEADER = "X-Total-Count";

    /** Reads the parameters; a bad value is a 400 naming {@code page} or {@code size}. */
    public static Paging of(Integer page, Integer size) {
        if (page != null && page < 1) {
            throw new InvalidInput("page", "must be 1 or more");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
        return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * Reads the paging parameters of a list endpoint and refuses any query parameter that is neither
     * {@code page}, {@code size} nor one of the endpoint's {@code filters} (400 naming it), so a misspelt filter
     * never returns the unfiltered list.
     */
    public static Paging of(UriInfo uri, Integer page, Integer size, String... filters) {
        List<String> known = new ArrayList<>(List.of(filters));
        known.add("page");
        known.add("size");
        Params.onlyKnown(uri, known.toArray(String[]::new));
        return of(page, size);
    }

    /** How many items come before this page. */
    public int offset() {
        return (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
    }

    /** The answer for one page of {@code all} (the whole list, already filtered and sorted). */
    public <T> RestResponse<List<T>> respond(List<T> all, UriInfo uri) {
        int from = Math.min(offset(), all.size());
        return respond(all.subList(from, Math.min(from + size, all.size())), all.size(), uri);
    }

    /** The answer for a page read as such from the database ({@code items}), of {@code total} items in all. */
    public <T> RestResponse<List<T>> respond(List<T> items, long total, UriInfo uri) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return RestResponse.ResponseBuilder.ok(List.copyOf(items))
                .header(TOTAL_HEADER, total)
                .header("Link", String.join(", ", links))
                .build();
    }

    private String link(UriInfo uri, int target, String rel) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("page", target).replaceQueryParam("size", size);
        return "<" + builder.build() + ">; rel=\"" + rel + "\"";
    }
}
