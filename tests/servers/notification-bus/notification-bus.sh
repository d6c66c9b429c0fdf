#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private D-Bus session bus with Debian's real notification daemon on it, for the notify
# tests, and a recorder (dbus-monitor) that writes down every Notify call and its answer.
#
#   notification-bus.sh start STATE_DIR   starts Xvfb (the daemon draws its bubbles on it), a
#                                         dbus-daemon listening on STATE_DIR/bus, the daemon
#                                         and the recorder; writes STATE_DIR/address and
#                                         STATE_DIR/monitor.log
#   notification-bus.sh stop STATE_DIR    stops them (by their PIDs) and removes STATE_DIR
set -euo pipefail

command=${1:?usage: notification-bus.sh start|stop STATE_DIR}
state=${2:?usage: notification-bus.sh start|stop STATE_DIR}
daemon=/usr/lib/notification-daemon/notification-daemon

here=$(cd "$(dirname "$0")" && pwd)

name=notification-bus.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../../support/servers/serverlib.sh"
pids=("$state/monitor.pid" "$state/daemon.pid" "$state/bus.pid" "$state/xvfb.pid")
server_command "$command" "${pids[@]}"
server_require Xvfb dbus-daemon dbus-monitor dbus-send "$daemon"

server_stop "${pids[@]}"
mkdir -p "$state"
state=$(cd "$state" && pwd)

# A display of our own: -displayfd picks a free one and tells its number.
Xvfb -displayfd 3 -nolisten tcp -screen 0 800x600x24 3>"$state/display" >"$state/xvfb.log" 2>&1 &
echo $! >"$state/xvfb.pid"
for _ in $(seq 100); do
    [[ -s "$state/display" ]] && break
    sleep 0.1
done
if [[ ! -s "$state/display" ]]; then
    echo "notification-bus.sh: Xvfb did not start:" >&2
    cat "$state/xvfb.log" >&2
    exit 1
fi
display=":$(tr -d '\n' <"$state/display")"

address="unix:path=$state/bus"
dbus-daemon --session --nofork --nopidfile --address="$address" >"$state/bus.log" 2>&1 &
echo $! >"$state/bus.pid"
for _ in $(seq 100); do
    [[ -S "$state/bus" ]] && break
    sleep 0.1
done
printf '%s' "$address" >"$state/address"

# The recorder first, so that it sees the daemon's first answer too.
dbus-monitor --address "$address" \
    "type='method_call',interface='org.freedesktop.Notifications'" \
    "type='method_return'" "type='error'" \
    "type='signal',interface='org.freedesktop.Notifications'" \
    >"$state/monitor.log" 2>"$state/monitor.err" &
echo $! >"$state/monitor.pid"

DISPLAY="$display" DBUS_SESSION_BUS_ADDRESS="$address" NO_AT_BRIDGE=1 \
    "$daemon" >"$state/daemon.log" 2>&1 &
echo $! >"$state/daemon.pid"
for _ in $(seq 100); do
    if dbus-send --bus="$address" --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
        grep -q 'boolean true'; then
        echo "notification-bus.sh: notification-daemon on $address (display $display)"
        exit 0
    fi
    kill -0 "$(cat "$state/daemon.pid")" 2>/dev/null || break
    sleep 0.1
done
echo "notification-bus.sh: the notification daemon did not start:" >&2
cat "$state/daemon.log" >&2
server_stop "${pids[@]}"
exit 1
