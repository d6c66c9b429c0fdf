#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An ssh server for the integration tests: Debian's sshd on 127.0.0.1 and a free port, with a
# throwaway host key, its own authorized keys and no password logins, all of its files in one
# state folder. git on the server side is the system's git-receive-pack / git-upload-pack.
#
#   git-ssh-server.sh start STATE_DIR   starts it; writes STATE_DIR/port, STATE_DIR/user,
#                                       STATE_DIR/repos (put bare repositories there),
#                                       STATE_DIR/user_key (authorized), STATE_DIR/wrong_key (not
#                                       authorized) and STATE_DIR/known_hosts (the host key as
#                                       [127.0.0.1]:PORT)
#   git-ssh-server.sh stop STATE_DIR    stops it and removes the state folder
#
# sshd runs as the calling user and only lets that user in, by key (root too, as in CI:
# PermitRootLogin prohibit-password). Only the sshd started here is ever stopped (by the PID in
# its pid file).
set -euo pipefail

command=${1:?usage: git-ssh-server.sh start|stop STATE_DIR}
state=${2:?usage: git-ssh-server.sh start|stop STATE_DIR}
sshd=/usr/sbin/sshd

here=$(cd "$(dirname "$0")" && pwd)
name=git-ssh-server.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../support/servers/serverlib.sh"
server_command "$command" "$state/sshd.pid"

if [[ ! -x "$sshd" ]]; then
    echo "git-ssh-server.sh: $sshd is missing (scripts/deps installs openssh-server)" >&2
    exit 1
fi
server_require ssh-keygen ssh git

# A previous run killed half-way leaves its server behind: stop it first.
server_stop "$state/sshd.pid"
mkdir -p "$state/repos"
state=$(cd "$state" && pwd)
user=$(id -un)
printf '%s' "$user" >"$state/user"
ssh-keygen -q -t ed25519 -N '' -C releasedesk-test-host -f "$state/host_key"
ssh-keygen -q -t ed25519 -N '' -C releasedesk-test-user -f "$state/user_key"
ssh-keygen -q -t ed25519 -N '' -C releasedesk-test-wrong -f "$state/wrong_key"
cp "$state/user_key.pub" "$state/authorized_keys"
chmod 600 "$state/authorized_keys"
# sshd started by root wants its privilege separation folder (Debian's service creates it).
if [[ $(id -u) -eq 0 ]]; then
    mkdir -p /run/sshd
    chmod 755 /run/sshd
fi

for attempt in $(seq 40); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    cat >"$state/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $port
HostKey $state/host_key
PidFile $state/sshd.pid
AuthorizedKeysFile $state/authorized_keys
AllowUsers $user
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTTY no
UseDNS no
PrintMotd no
LogLevel VERBOSE
CONF
    rm -f "$state/sshd.pid"
    # Without -D sshd checks its configuration, binds the port, writes the pid file and detaches.
    if "$sshd" -f "$state/sshd_config" -E "$state/sshd.log" 2>"$state/start.log"; then
        for _ in $(seq 50); do
            [[ -s "$state/sshd.pid" ]] && break
            sleep 0.1
        done
        if [[ -s "$state/sshd.pid" ]] && kill -0 "$(cat "$state/sshd.pid")" 2>/dev/null; then
            printf '%s' "$port" >"$state/port"
            printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$state/host_key.pub")" \
                >"$state/known_hosts"
            echo "git-ssh-server.sh: serving $state/repos at ssh://$user@127.0.0.1:$port"
            exit 0
        fi
    fi
done
echo "git-ssh-server.sh: sshd did not start:" >&2
cat "$state/start.log" "$state/sshd.log" >&2 2>/dev/null || true
exit 1
