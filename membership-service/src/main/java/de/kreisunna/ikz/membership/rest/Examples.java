package de.kreisunna.ikz.membership.rest;

/**
 * Whole request bodies for the OpenAPI document, one realistic case each: the successor agreement of the eight
 * towns of Kreis Unna taking effect on 2026-01-01. Leitweg-IDs carry valid check digits (ISO/IEC 7064 MOD 97-10);
 * addresses and contacts are illustrative, as in deployment/data/ikz-history.json.
 */
final class Examples {

    static final String TERMS = """
            {
              "title": "Öffentlich-rechtliche Vereinbarung über die Kopfstelle IKZ Sozialwesen (AsylbLG), Nachfolgevereinbarung 2026",
              "subject": "AsylbLG",
              "legalBasis": "GkG NRW",
              "predecessorId": "ikz-asylblg-2021",
              "parties": [
                {"ags": "05978", "role": "OPERATOR"},
                {"ags": "05978024", "role": "KOPFSTELLE"},
                {"ags": "05978004", "role": "MEMBER"},
                {"ags": "05978008", "role": "MEMBER"},
                {"ags": "05978016", "role": "MEMBER"},
                {"ags": "05978024", "role": "MEMBER"},
                {"ags": "05978028", "role": "MEMBER"},
                {"ags": "05978032", "role": "MEMBER"},
                {"ags": "05978036", "role": "MEMBER"},
                {"ags": "05978040", "role": "MEMBER"}
              ],
              "costClause": {
                "fte": 0.25,
                "payGrades": ["A 11 LBesG NRW", "EG 10 TVöD-VKA"],
                "overheadRate": 0.10,
                "materialCostShare": 0.25,
                "allocation": "EQUAL"
              },
              "noticeRule": {
                "noticePeriodMonths": 12,
                "effectiveAt": "END_OF_CALENDAR_YEAR",
                "note": "ASSUMPTION: 12 months' notice to the end of a calendar year, as in the 2021 agreement"
              }
            }""";

    static final String NEW_AGREEMENT = """
            {
              "id": "ikz-asylblg-2026",
              "title": "Öffentlich-rechtliche Vereinbarung über die Kopfstelle IKZ Sozialwesen (AsylbLG), Nachfolgevereinbarung 2026",
              "subject": "AsylbLG",
              "legalBasis": "GkG NRW",
              "predecessorId": "ikz-asylblg-2021",
              "parties": [
                {"ags": "05978", "role": "OPERATOR"},
                {"ags": "05978024", "role": "KOPFSTELLE"},
                {"ags": "05978004", "role": "MEMBER"},
                {"ags": "05978008", "role": "MEMBER"},
                {"ags": "05978016", "role": "MEMBER"},
                {"ags": "05978024", "role": "MEMBER"},
                {"ags": "05978028", "role": "MEMBER"},
                {"ags": "05978032", "role": "MEMBER"},
                {"ags": "05978036", "role": "MEMBER"},
                {"ags": "05978040", "role": "MEMBER"}
              ],
              "costClause": {
                "fte": 0.25,
                "payGrades": ["A 11 LBesG NRW", "EG 10 TVöD-VKA"],
                "overheadRate": 0.10,
                "materialCostShare": 0.25,
                "allocation": "EQUAL"
              },
              "noticeRule": {
                "noticePeriodMonths": 12,
                "effectiveAt": "END_OF_CALENDAR_YEAR",
                "note": "ASSUMPTION: 12 months' notice to the end of a calendar year, as in the 2021 agreement"
              }
            }""";

    static final String CONCLUSION = """
            {"concludedOn": "2025-10-29"}""";

    static final String ENTRY_INTO_FORCE = """
            {
              "supervisoryApproval": {"approvedOn": "2025-11-26", "authority": "Bezirksregierung Arnsberg"},
              "publication": {"publishedOn": "2025-12-12", "publishedIn": "Amtsblatt für den Regierungsbezirk Arnsberg"},
              "effectiveFrom": "2026-01-01"
            }""";

    static final String TERMINATION = """
            {"endedOn": "2027-12-31"}""";

    static final String ACCESSION = """
            {"ags": "05978008", "validFrom": "2027-01-01", "goLiveOn": "2026-10-01"}""";

    static final String NOTICE = """
            {"noticeGivenOn": "2026-03-16", "validUntil": "2027-12-31"}""";

    static final String RESOLUTION = """
            {
              "ags": "05978040",
              "body": "RAT",
              "decidedOn": "2025-09-25",
              "subject": "AGREEMENT",
              "paperNumber": "142/2025",
              "kind": "DECISION",
              "outcome": "APPROVED",
              "note": "Council of Werne, public session"
            }""";

    static final String MUNICIPALITY_DATA = """
            {
              "name": "Lünen",
              "kind": "STADT",
              "leitwegId": "05978024-0001-89",
              "invoiceAddress": {
                "recipient": "Stadt Lünen, Kopfstelle IKZ Sozialwesen",
                "street": "Willy-Brandt-Platz 1",
                "postalCode": "44532",
                "city": "Lünen"
              },
              "contact": {
                "name": "Kopfstelle IKZ Sozialwesen",
                "email": "kopfstelle-sozialwesen@luenen.example",
                "phone": "+49 2306 104-0"
              }
            }""";

    static final String REGISTRATION = """
            {
              "ags": "05978024",
              "name": "Lünen",
              "kind": "STADT",
              "leitwegId": "05978024-0001-89",
              "invoiceAddress": {
                "recipient": "Stadt Lünen, Kopfstelle IKZ Sozialwesen",
                "street": "Willy-Brandt-Platz 1",
                "postalCode": "44532",
                "city": "Lünen"
              },
              "contact": {
                "name": "Kopfstelle IKZ Sozialwesen",
                "email": "kopfstelle-sozialwesen@luenen.example",
                "phone": "+49 2306 104-0"
              }
            }""";

    static final String HISTORIC_PERIOD = """
            {"validFrom": "2019-01-01", "validUntil": "2019-12-13"}""";

    static final String GO_LIVE = """
            {"goLiveOn": "2025-07-01", "note": "Instance moved to the shared installation over the weekend before"}""";

    static final String COST_SHARE = """
            {
              "agreementId": "ikz-asylblg-2021",
              "validFrom": "2025-07-01",
              "validUntil": "2025-12-31",
              "decidedOn": "2025-06-24",
              "decidedBy": "Rat der Stadt Selm",
              "source": "Stadt Selm, council paper 95/2025",
              "assumption": false
            }""";

    static final String HISTORY = """
            {
              "title": "IKZ Einheitliches Sozialwesen (AsylbLG), Kreis Unna: the cooperation from 2019",
              "notes": ["An excerpt: the whole history is deployment/data/ikz-history.json"],
              "municipalities": [
                {"ags": "05978", "name": "Kreis Unna", "kind": "KREIS", "leitwegId": "05978-0001-97"},
                {"ags": "05978004", "name": "Bergkamen", "kind": "STADT", "leitwegId": "05978004-0001-47"},
                {"ags": "05978024", "name": "Lünen", "kind": "STADT", "leitwegId": "05978024-0001-89"}
              ],
              "procedureUse": [
                {"ags": "05978004", "goLiveOn": "2019-01-01", "note": "Paper 11/1532"}
              ],
              "agreements": [
                {
                  "agreement": {
                    "id": "ikz-asylblg-2019",
                    "title": "Öffentlich-rechtliche Vereinbarung über die Kopfstelle IKZ Sozialwesen (AsylbLG)",
                    "subject": "AsylbLG",
                    "legalBasis": "GkG NRW",
                    "parties": [
                      {"ags": "05978", "role": "OPERATOR"},
                      {"ags": "05978024", "role": "KOPFSTELLE"},
                      {"ags": "05978004", "role": "MEMBER"},
                      {"ags": "05978024", "role": "MEMBER"}
                    ],
                    "costClause": {"fte": 0.25, "payGrades": ["A 11 LBesG NRW", "EG 10 TVöD-VKA"], "overheadRate": 0.10,
                      "materialCostShare": 0.25, "allocation": "EQUAL"},
                    "noticeRule": {"noticePeriodMonths": 12, "effectiveAt": "END_OF_CALENDAR_YEAR"}
                  },
                  "resolutions": [
                    {"ags": "05978", "body": "KREISTAG", "decidedOn": "2019-10-01", "subject": "AGREEMENT", "paperNumber": "unbekannt",
                      "kind": "DECISION", "outcome": "APPROVED"},
                    {"ags": "05978004", "body": "RAT", "decidedOn": "2019-10-30", "subject": "AGREEMENT", "paperNumber": "11/1532",
                      "kind": "DECISION", "outcome": "APPROVED"},
                    {"ags": "05978024", "body": "RAT", "decidedOn": "2019-10-30", "subject": "AGREEMENT", "paperNumber": "unbekannt",
                      "kind": "DECISION", "outcome": "APPROVED"}
                  ],
                  "concludedOn": "2019-10-30",
                  "entryIntoForce": {
                    "supervisoryApproval": {"approvedOn": "2019-11-27", "authority": "Bezirksregierung Arnsberg"},
                    "publication": {"publishedOn": "2019-12-13", "publishedIn": "Amtsblatt für den Regierungsbezirk Arnsberg"}
                  }
                }
              ]
            }""";

    private Examples() {
    }
}
