package dev.vyoslab.check;

/** What part of a config a derived check verifies. */
public enum CheckKind {
    PPPOE, TUNNEL, DHCP, SOURCE_NAT, DESTINATION_NAT, POLICY_ROUTE, MSS_CLAMP, FIREWALL, DYNAMIC_DNS
}
