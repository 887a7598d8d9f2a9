package dev.vyoslab.check;

/** What part of a config a derived check verifies. */
public enum CheckKind {
    /** The router reached the state its config claims (PPPoE session, tunnel, addresses) before any check ran. */
    CONVERGENCE,
    PPPOE, TUNNEL, DHCP, SOURCE_NAT, DESTINATION_NAT, POLICY_ROUTE, MSS_CLAMP, FIREWALL, DYNAMIC_DNS,
    /** One step of a scenario: a fault on the line, then what must hold (or must be seen broken) after it. */
    SCENARIO
}
