# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the test-server scripts (git over http and ssh, the API doubles, the registries).
# Source it after setting `name` (the script's name, for messages) and `state` (its state folder):
#
#   here=$(cd "$(dirname "$0")" && pwd)
#   source "$here/../../support/servers/serverlib.sh"
#
# Every server the scripts start writes its PID file into the state folder; only those PIDs are
# ever stopped, never a process found by name.

# server_stop PID_FILE...: stops each server whose PID file is given (TERM, then KILL after 5 s),
# then removes the state folder.
server_stop() {
    local pid_file pid
    for pid_file in "$@"; do
        [[ -f "$pid_file" ]] || continue
        pid=$(cat "$pid_file")
        if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            for _ in $(seq 50); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$state"
}

# server_require TOOL...: exits 1 naming the first tool that is not installed.
server_require() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null; then
            echo "$name: $tool is missing (scripts/deps installs it)" >&2
            exit 1
        fi
    done
}

# server_command COMMAND PID_FILE...: handles `stop` (stops and exits 0) and rejects anything
# but `start`; returns for `start`.
server_command() {
    local command=$1
    shift
    case "$command" in
    stop)
        server_stop "$@"
        exit 0
        ;;
    start) ;;
    *)
        echo "$name: unknown command $command (use start or stop)" >&2
        exit 2
        ;;
    esac
}

# server_free_port: a port nobody listens on right now (127.0.0.1).
server_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# server_npm_ci SOURCE_DIR DEPS_DIR: installs the pinned dependencies of SOURCE_DIR exactly as
# locked into DEPS_DIR, again only when the lock changed.
server_npm_ci() {
    local source=$1 deps=$2
    mkdir -p "$deps"
    if ! cmp -s "$source/package-lock.json" "$deps/package-lock.json" || [[ ! -d "$deps/node_modules" ]]; then
        cp "$source/package.json" "$source/package-lock.json" "$deps/"
        (cd "$deps" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    fi
}

# server_wait_http URL: waits until URL answers (any HTTP status); exits 1 with the server's log
# when the server ($state/pid) died or did not answer within a minute.
server_wait_http() {
    local url=$1
    for _ in $(seq 600); do
        if curl -s -o /dev/null "$url"; then
            return 0
        fi
        kill -0 "$(cat "$state/pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "$name: the server did not start:" >&2
    cat "$state/server.log" >&2
    exit 1
}

# server_start_python_double SERVER_PY: runs a Python double (tests/servers/httpdouble.py) with
# the state folder and waits for the port it writes; then $state/url is http://127.0.0.1:PORT.
server_start_python_double() {
    local server=$1
    nohup python3 "$server" "$state" >"$state/server.log" 2>&1 &
    echo $! >"$state/pid"
    for _ in $(seq 300); do
        if [[ -s "$state/port" ]]; then
            printf 'http://127.0.0.1:%s' "$(cat "$state/port")" >"$state/url"
            echo "$name: serving at $(cat "$state/url")"
            return 0
        fi
        kill -0 "$(cat "$state/pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "$name: the double did not start:" >&2
    cat "$state/server.log" >&2
    exit 1
}
