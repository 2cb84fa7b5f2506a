package de.kreisunna.ikz.costing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "costing")
public interface CostingConfig {

    InvoiceConfig invoice();

    IssuerConfig issuers();

    CostRunConfig costRuns();

    ControlsConfig controls();

    /** Controls the cooperation configures. */
    interface ControlsConfig {

        /** Four eyes: who started a cost run may not finalize it nor issue its invoices (on unless switched off). */
        @WithDefault("true")
        boolean fourEyes();
    }

    interface InvoiceConfig {

        /** Days from the issue date to the due date. */
        @WithDefault("30")
        int paymentTermDays();
    }

    /** Issuers used only when no agreement in force names a KOPFSTELLE or OPERATOR party. */
    interface IssuerConfig {

        /** AGS of the Kopfstelle (Stadt Lünen), issuer of Kopfstelle invoices. */
        @WithDefault("05978024")
        String kopfstelle();

        /** AGS of the operator (Kreis Unna), issuer of pass-through invoices. */
        @WithDefault("05978")
        String operator();
    }

    interface CostRunConfig {

        /** Cost runs computed at the same time; more wait in line (their status says RUNNING, 0 %). */
        @WithDefault("1")
        int workers();
    }
}
