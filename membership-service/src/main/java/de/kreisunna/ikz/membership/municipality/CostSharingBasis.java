package de.kreisunna.ikz.membership.municipality;

/**
 * Why a town shares the costs on a day. PARTY: it is a member party of the agreement in force (derived from its
 * membership periods, never stored as a decision). AGREEMENT_CLAUSE: the agreement it became a party by shares
 * costs from a day before it took effect. INTERIM_DECISION: the town uses the procedure before it is a party and
 * a recorded decision says it shares the costs meanwhile.
 */
public enum CostSharingBasis {
    PARTY, AGREEMENT_CLAUSE, INTERIM_DECISION
}
