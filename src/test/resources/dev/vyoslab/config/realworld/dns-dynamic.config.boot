interfaces {
    ethernet eth0 {
        address dhcp
    }
    ethernet eth1 {
        address dhcp
    }
    loopback lo {
    }
}
service {
    dns {
        dynamic {
            interface eth0 {
                rfc2136 PDNS {
                    key /config/auth/../config.boot
                    record sub.example.com
                    server 192.168.101.15
                    zone example.com
                }
            }
            interface eth1 {
                service dyndns {
                    host-name my-dyndns-hostname
                    login my-login
                    password my-password
                }
            }
        }
    }
}
system {
    config-management {
        commit-revisions 100
    }
    conntrack {
        modules {
            ftp
            h323
            nfs
            pptp
            sip
            sqlnet
            tftp
        }
    }
    console {
        device @SERIAL_DEVICE@ {
            speed @SERIAL_SPEED@
        }
    }
    host-name vyos
    login {
        user vyos {
            authentication {
                encrypted-password $6$YuG5oKoRYQnbnxk$P2eZNlIwXJP82JFyFrF2g4ZoOZr6zgLHK.SDJVoqWDGefKkRrJijUZODAVMLeWU.9EGM48YtG9MwfuewWoOGE.
                plaintext-password ""
            }
        }
    }
    ntp {
        server time1.vyos.net {
        }
        server time2.vyos.net {
        }
        server time3.vyos.net {
        }
    }
    syslog {
        global {
            facility all {
                level info
            }
            facility protocols {
                level debug
            }
        }
    }
}


// Warning: Do not remove the following line.
// vyos-config-version: "broadcast-relay@1:cluster@1:config-management@1:conntrack@3:conntrack-sync@2:container@1:dhcp-relay@2:dhcp-server@6:dhcpv6-server@1:dns-forwarding@3:firewall@5:https@2:interfaces@23:ipoe-server@1:ipsec@5:isis@1:l2tp@3:lldp@1:mdns@1:nat@5:ntp@1:pppoe-server@5:pptp@2:qos@1:quagga@8:rpki@1:salt@1:snmp@2:ssh@2:sstp@3:system@21:vrrp@2:vyos-accel-ppp@2:wanloadbalance@3:webproxy@2:zone-policy@1"
// Release version: 1.3.8
