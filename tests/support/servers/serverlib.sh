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
