package de.kreisunna.ikz.membership.rest;

/** Texts the OpenAPI annotations of several resources share (annotation values must be constants). */
final class ApiDocs {

    static final String READERS = "Roles ikz-admin, kopfstelle and finance see everything; a caller with only the municipality"
            + " role sees its own town (the token's ags claim), and another town's resource is 404, so its existence is not revealed.";

    static final String ADMIN_ONLY = "Role ikz-admin (the operator's IT) only.";

    static final String PAGED = " Paged with page (1-based, default 1) and size (1 to 500, default 100): the body is the page's"
            + " JSON array, X-Total-Count the number of all items and Link the first, prev, next and last pages; any other query"
            + " parameter is refused with 400, so a misspelt filter never returns the unfiltered list.";

    static final String TOTAL = "The number of items on all pages";

    static final String LINK = "RFC 8288 links to the first, prev, next and last page, keeping the request's filters";

    static final String IF_MATCH_REQUIRED = "The ETag of the version you read (GET returns it); without it 428, with an older one 412";

    static final String IF_MATCH_OPTIONAL = "Optional: the ETag of the version you read; if sent and no longer current, 412."
            + " Without it the change applies to the current version";

    static final String ETAG = "The version of the resource; send it as If-Match to change it";

    static final String ETAG_EXAMPLE = "\"3\"";

    static final String AGREEMENT_ID = "The agreement's id";

    static final String AGREEMENT_ID_EXAMPLE = "ikz-asylblg-2021";

    static final String AGS = "The municipality's official key (AGS): 8 digits for a town, 5 for the district";

    private ApiDocs() {
    }
}
