#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the test servers' start/stop scripts share (sourced, not run): stopping by the PID the
# script wrote, a free port on 127.0.0.1, waiting for a server to answer, npm ci from a lock.

# Stops the servers whose PIDs are in STATE/pid and STATE/*.pid (only those processes) and
# removes STATE.
stop_server() {
    local state=$1 pid file
    for file in "$state/pid" "$state"/*.pid; do
        [[ -f "$file" ]] || continue
        pid=$(cat "$file")
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

# server_command SCRIPT COMMAND STATE: "stop" stops the servers of STATE and exits, "start"
# returns to the script, anything else is a usage error.
server_command() {
    case "$2" in
    stop)
        stop_server "$3"
        exit 0
        ;;
    start) ;;
    *)
        echo "$1: unknown command $2" >&2
        exit 2
        ;;
    esac
}

# require_tools SCRIPT TOOL...: fails naming the missing tool.
require_tools() {
    local script=$1 tool
    shift
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null; then
            echo "$script: $tool is missing (scripts/deps installs it)" >&2
            exit 1
        fi
    done
}

# A port nobody listens on right now (127.0.0.1).
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# npm_ci SOURCE_DIR DEPS_DIR: installs the pinned dependencies exactly as locked, again only
# when the lock changed.
npm_ci() {
    local source=$1 deps=$2
    mkdir -p "$deps"
    if ! cmp -s "$source/package-lock.json" "$deps/package-lock.json" || [[ ! -d "$deps/node_modules" ]]; then
        cp "$source/package.json" "$source/package-lock.json" "$deps/"
        (cd "$deps" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    fi
}

# wait_for_http SCRIPT STATE URL: waits until URL answers (any HTTP status), or the server died.
wait_for_http() {
    local script=$1 state=$2 url=$3
    for _ in $(seq 600); do
        if curl -s -o /dev/null "$url"; then
            return 0
        fi
        if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "$script: the server did not start:" >&2
    cat "$state/server.log" >&2
    exit 1
}

# start_python_double SCRIPT SERVER_PY STATE: runs a Python double (httpdouble.py) and waits for
# the port it writes; then STATE/url is http://127.0.0.1:PORT.
start_python_double() {
    local script=$1 server=$2 state=$3
    nohup python3 "$server" "$state" >"$state/server.log" 2>&1 &
    echo $! >"$state/pid"
    for _ in $(seq 300); do
        if [[ -s "$state/port" ]]; then
            printf 'http://127.0.0.1:%s' "$(cat "$state/port")" >"$state/url"
            echo "$script: serving at $(cat "$state/url")"
            return 0
        fi
        kill -0 "$(cat "$state/pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "$script: the double did not start:" >&2
    cat "$state/server.log" >&2
    exit 1
}
