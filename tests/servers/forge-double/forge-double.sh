#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops the GitHub/GitLab API double (server.js) for the tests, on 127.0.0.1 and
# free ports, with a throwaway self-signed certificate for the TLS-error test.
#
#   forge-double.sh start STATE_DIR DEPS_DIR   installs the pinned dependencies (npm ci, only
#                                              when package-lock.json changed) into DEPS_DIR,
#                                              starts the double; writes STATE_DIR/url
#                                              (http://127.0.0.1:PORT) and STATE_DIR/tls-url
#   forge-double.sh stop STATE_DIR             stops it (by its PID) and removes STATE_DIR
set -euo pipefail

command=${1:?usage: forge-double.sh start|stop STATE_DIR [DEPS_DIR]}
state=${2:?usage: forge-double.sh start|stop STATE_DIR [DEPS_DIR]}
here=$(cd "$(dirname "$0")" && pwd)

name=forge-double.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../../support/servers/serverlib.sh"
server_command "$command" "$state/pid"

deps=${3:?usage: forge-double.sh start STATE_DIR DEPS_DIR}
server_require node npm openssl

# The pinned OpenAPI description and validator, installed exactly as locked.
mkdir -p "$deps"
if ! cmp -s "$here/package-lock.json" "$deps/package-lock.json" || [[ ! -d "$deps/node_modules" ]]; then
    cp "$here/package.json" "$here/package-lock.json" "$deps/"
    (cd "$deps" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

server_stop "$state/pid"
mkdir -p "$state"
state=$(cd "$state" && pwd)
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
    -keyout "$state/key.pem" -out "$state/cert.pem" 2>/dev/null

NODE_PATH="$deps/node_modules" nohup node "$here/server.js" "$state" >"$state/server.log" 2>&1 &
echo $! >"$state/pid"
for _ in $(seq 300); do
    if [[ -s "$state/port" && -s "$state/tls-port" ]]; then
        printf 'http://127.0.0.1:%s' "$(cat "$state/port")" >"$state/url"
        printf 'https://127.0.0.1:%s' "$(cat "$state/tls-port")" >"$state/tls-url"
        echo "forge-double.sh: serving at $(cat "$state/url") and $(cat "$state/tls-url")"
        exit 0
    fi
    kill -0 "$(cat "$state/pid")" 2>/dev/null || break
    sleep 0.1
done
echo "forge-double.sh: the double did not start:" >&2
cat "$state/server.log" >&2
exit 1
