# Shell helpers of the reference router's apply script (vyos-lab). Every helper leaves the system unchanged when it
# is already in the wanted state, so applying the same config twice changes nothing.
set -eu
V=/run/vyoslab
mkdir -p "$V" /var/lib/dhcp
umask 077
# section timings (guest uptime), kept for the artifacts: TCG makes every step slow, this says which
: > "$V/timing"
mark() { local up rest; read -r up rest < /proc/uptime; echo "$up $1" >> "$V/timing"; }

# stage FILE < content: writes FILE.new; changed FILE: it differs from FILE (the last applied one)
stage() { cat > "$1.new"; }
changed() { ! cmp -s "$1.new" "$1"; }
# commit FILE: the staged content becomes the applied one
commit() { mv -f "$1.new" "$1"; }

# sysctl_set KEY VALUE (no forks: every process start costs under TCG)
sysctl_set() {
    local p="/proc/sys/${1//.//}" cur
    read -r cur < "$p"
    [ "$cur" = "$2" ] || echo "$2" > "$p"
}

# addrs_sync DEV ADDR/LEN...: the permanent global addresses of DEV become exactly these (SLAAC ones untouched)
addrs_sync() {
    local dev=$1; shift
    local have want a
    have=$(ip -o addr show dev "$dev" scope global permanent 2>/dev/null | awk '{print $4}')
    for a in $have; do
        want=no
        for w in "$@"; do [ "$a" = "$w" ] && want=yes; done
        [ $want = yes ] || ip addr del "$a" dev "$dev"
    done
    for a in "$@"; do
        echo "$have" | grep -qx "$a" || ip addr add "$a" dev "$dev"
    done
}

running() { [ -s "$1" ] && kill -0 "$(head -n1 "$1")" 2>/dev/null; }

# stop PIDFILE: ends that daemon and waits up to 5 s for it to go
stop() {
    local pid i
    running "$1" || { rm -f "$1"; return 0; }
    pid=$(head -n1 "$1")
    kill "$pid" 2>/dev/null || true
    for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$1"
}

# stop_matching PATTERN: ends processes whose command line contains PATTERN (a daemon still starting has written no
# pid file yet), waiting up to 5 s for them to go
stop_matching() {
    local i
    pkill -f "$1" 2>/dev/null || return 0
    for i in $(seq 50); do pgrep -f "$1" >/dev/null || return 0; sleep 0.1; done
    pkill -9 -f "$1" 2>/dev/null || true
}

# links_sync NAME...: deletes the links an earlier apply created that this config no longer has
links_sync() {
    local l
    for l in $(cat "$V/links" 2>/dev/null); do
        case " $* " in *" $l "*) ;; *) ip link del "$l" 2>/dev/null || true; rm -f "$V/link.$l" ;; esac
    done
    echo "$*" | tr ' ' '\n' | sed '/^$/d' > "$V/links"
}

# ip6tnl_sync NAME SPEC...: (re)creates an ip6tnl only when its parameters changed
ip6tnl_sync() {
    local name=$1; shift
    if ! ip link show "$name" >/dev/null 2>&1 || [ "$(cat "$V/link.$name" 2>/dev/null)" != "$*" ]; then
        ip link del "$name" 2>/dev/null || true
        ip link add "$name" type ip6tnl "$@"
        echo "$*" > "$V/link.$name"
    fi
    ip link set "$name" up
}

# rules_sync: ip rules from $V/rules.new; old ones deleted only when the list changed
rules_sync() {
    local l
    if changed "$V/rules" && [ -e "$V/rules" ]; then
        while read -r l; do [ -n "$l" ] && ip rule del $l 2>/dev/null || true; done < "$V/rules"
    fi
    commit "$V/rules"
    while read -r l; do
        [ -n "$l" ] || continue
        set -- $l
        [ -n "$(ip rule show pref "$2")" ] || ip rule add $l
    done < "$V/rules"
}

# routes_sync: static routes from $V/routes.new (proto static marks them ours); a changed list replaces the old
routes_sync() {
    if changed "$V/routes"; then
        ip -4 route flush table all proto static 2>/dev/null || true
        ip -6 route flush table all proto static 2>/dev/null || true
    fi
    commit "$V/routes"
    cat > "$V/routes-install" <<'VYOSLAB_EOF'
#!/bin/sh
# installs each configured route whose device exists now; the PPP up hook runs it again
while read -r r; do [ -n "$r" ] && ip route replace $r proto static 2>/dev/null; done < /run/vyoslab/routes
exit 0
VYOSLAB_EOF
    chmod 755 "$V/routes-install"
    "$V/routes-install"
}

# daemon_sync PIDFILE CONF START...: (re)starts a daemon when its config changed or it is not running
daemon_sync() {
    local pid=$1 conf=$2; shift 2
    if changed "$conf" || ! running "$pid"; then
        stop "$pid"
        commit "$conf"
        # detached from the SSH session's pipes, or the session would wait for the daemon to end
        "$@" < /dev/null >> "$V/daemons.log" 2>&1
    else
        commit "$conf"
    fi
}

# ra_solicit DEV: asks the routers on DEV for an advertisement now. VyOS sets a port's sysctls before the port comes up,
# and the kernel solicits when it does; the guest's ports are up from boot, so nothing would ask until the next RA
ra_solicit() { background rdisc6 -1 -q "$1"; }

# background CMD...: starts a slow-starting daemon without waiting for it
background() { setsid "$@" < /dev/null >> "$V/daemons.log" 2>&1 & }
