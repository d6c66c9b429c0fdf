#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A git smart-HTTP server for the integration tests: lighttpd running git-http-backend behind
# basic authentication, on 127.0.0.1 and a free port, all of its files in one state folder.
#
#   git-http-server.sh start STATE_DIR   starts it; writes STATE_DIR/url (http://127.0.0.1:PORT/git),
#                                        STATE_DIR/repos (put bare repositories there),
#                                        STATE_DIR/user and STATE_DIR/password
#   git-http-server.sh stop STATE_DIR    stops it and removes the state folder
#
# Works as root or not: lighttpd runs as the calling user, so it can write the repositories the
# tests create. Only the lighttpd started here is ever stopped (by the PID in its pid file).
set -euo pipefail

command=${1:?usage: git-http-server.sh start|stop STATE_DIR}
state=${2:?usage: git-http-server.sh start|stop STATE_DIR}

here=$(cd "$(dirname "$0")" && pwd)
name=git-http-server.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../support/servers/serverlib.sh"
server_command "$command" "$state/lighttpd.pid"

server_require lighttpd htpasswd git
backend="$(git --exec-path)/git-http-backend"
if [[ ! -x "$backend" ]]; then
    echo "git-http-server.sh: git-http-backend not found at $backend" >&2
    exit 1
fi
modules_dir=""
for candidate in /usr/lib/lighttpd /usr/lib64/lighttpd /usr/local/lib/lighttpd; do
    [[ -f "$candidate/mod_cgi.so" ]] && modules_dir=$candidate && break
done

# A previous run killed half-way leaves its server behind: stop it first.
server_stop "$state/lighttpd.pid"
mkdir -p "$state/repos" "$state/docroot" "$state/home"
state=$(cd "$state" && pwd)
user=releaser
password="pw-$RANDOM-$RANDOM"
htpasswd -b -c -m "$state/htpasswd" "$user" "$password" 2>/dev/null
printf '%s' "$user" >"$state/user"
printf '%s' "$password" >"$state/password"
# git refuses repositories owned by someone else; the server runs as us, but say it anyway.
printf '[safe]\n\tdirectory = *\n[http]\n\treceivepack = true\n' >"$state/home/.gitconfig"

for attempt in $(seq 40); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    cat >"$state/lighttpd.conf" <<CONF
server.modules = ("mod_access", "mod_alias", "mod_auth", "mod_authn_file", "mod_cgi", "mod_setenv")
${modules_dir:+server.modules-dir = \"$modules_dir\"}
server.document-root = "$state/docroot"
server.bind = "127.0.0.1"
server.port = $port
server.pid-file = "$state/lighttpd.pid"
server.errorlog = "$state/error.log"
alias.url = ("/git" => "$backend")
\$HTTP["url"] =~ "^/git" {
    cgi.assign = ("" => "")
    setenv.add-environment = (
        "GIT_PROJECT_ROOT" => "$state/repos",
        "GIT_HTTP_EXPORT_ALL" => "",
        "HOME" => "$state/home",
        "GIT_CONFIG_NOSYSTEM" => "1"
    )
    auth.backend = "htpasswd"
    auth.backend.htpasswd.userfile = "$state/htpasswd"
    auth.require = ("" => ("method" => "basic", "realm" => "git", "require" => "valid-user"))
}
CONF
    if lighttpd -f "$state/lighttpd.conf" 2>"$state/start.log"; then
        for _ in $(seq 50); do
            [[ -s "$state/lighttpd.pid" ]] && break
            sleep 0.1
        done
        if [[ -s "$state/lighttpd.pid" ]] && kill -0 "$(cat "$state/lighttpd.pid")" 2>/dev/null; then
            printf 'http://127.0.0.1:%s/git' "$port" >"$state/url"
            echo "git-http-server.sh: serving $state/repos at http://127.0.0.1:$port/git"
            exit 0
        fi
    fi
done
echo "git-http-server.sh: lighttpd did not start:" >&2
cat "$state/start.log" "$state/error.log" >&2 2>/dev/null || true
exit 1
