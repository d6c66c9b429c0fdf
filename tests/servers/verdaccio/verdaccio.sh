#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops a real npm registry (verdaccio, pinned in package-lock.json) for the tests,
# on 127.0.0.1 and a free port, with its storage in STATE_DIR and no uplinks, so it never asks
# any other registry. A user is created and a scratch package is published into it with the
# real `npm publish` (versions 1.0.0, 1.1.0 and 2.0.0-beta.1 on the dist-tag "next").
#
#   verdaccio.sh start STATE_DIR DEPS_DIR   npm ci into DEPS_DIR (only when the lock changed),
#                                           start, publish; writes STATE_DIR/url, STATE_DIR/npmrc
#                                           (the user's token, for npm) and STATE_DIR/package
#   verdaccio.sh stop STATE_DIR             stops it (by its PID) and removes STATE_DIR
set -euo pipefail

command=${1:?usage: verdaccio.sh start|stop STATE_DIR [DEPS_DIR]}
state=${2:?usage: verdaccio.sh start|stop STATE_DIR [DEPS_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
name=verdaccio.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../../support/servers/serverlib.sh"
server_command "$command" "$state/pid"

deps=${3:?usage: verdaccio.sh start STATE_DIR DEPS_DIR}
server_require node npm curl
server_npm_ci "$here" "$deps"

server_stop "$state/pid"
mkdir -p "$state/storage"
state=$(cd "$state" && pwd)
port=$(server_free_port)
url="http://127.0.0.1:$port"
cat >"$state/config.yaml" <<YAML
storage: $state/storage
auth:
  htpasswd:
    file: $state/htpasswd
    max_users: 10
uplinks: {}
packages:
  '@*/*':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
    publish: \$authenticated
server:
  keepAliveTimeout: 5
log: {type: stdout, format: pretty, level: warn}
YAML

nohup node "$deps/node_modules/verdaccio/bin/verdaccio" --config "$state/config.yaml" \
    --listen "127.0.0.1:$port" >"$state/server.log" 2>&1 &
echo $! >"$state/pid"
server_wait_http "$url/-/ping"

# A user (verdaccio creates it on the first login) and its token for npm.
token=$(curl -sf -X PUT -H 'content-type: application/json' \
    -d '{"name":"releasedesk","password":"test-password-1"}' \
    "$url/-/user/org.couchdb.user:releasedesk" | node -e \
    'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).token))')
printf '//127.0.0.1:%s/:_authToken=%s\nregistry=%s/\n' "$port" "$token" "$url" >"$state/npmrc"

# The scratch package, published with the real npm.
package=@rdtest/scratch-app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for version in 1.0.0 1.1.0 2.0.0-beta.1; do
    printf '{"name":"%s","version":"%s","description":"ReleaseDesk test package","license":"MIT"}\n' \
        "$package" "$version" >"$work/package.json"
    echo "module.exports = '$version';" >"$work/index.js"
    tag=latest
    [[ $version == *-* ]] && tag=next
    (cd "$work" && npm publish --userconfig "$state/npmrc" --registry "$url/" --tag "$tag" \
        --no-audit --loglevel=error >/dev/null)
done
echo "$package" >"$state/package"
printf '%s' "$url" >"$state/url"
echo "verdaccio.sh: serving at $url with $package published"
