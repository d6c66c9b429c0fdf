#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops a real OCI registry (Debian's docker-registry) with bearer-token auth for the
# tests: the registry trusts tokens of token-issuer.py, which checks users against an htpasswd
# file (user "releasedesk") and gives anonymous callers pull access only. Both listen on
# 127.0.0.1 only. Test images are written as OCI layouts (make-image.py) and copied in with the
# real skopeo, as "rdtest/app":
#   1.0.0 (built 2026-01-10), 1.1.0 and its aliases 1.1 and latest (2026-02-01),
#   2.0.0-rc.1 (2026-03-01) and sha-abc1234 (the rc's image again).
#
#   oci-registry.sh start STATE_DIR   writes STATE_DIR/url (http://127.0.0.1:PORT),
#                                     STATE_DIR/credentials (user:password), STATE_DIR/digests
#                                     (TAG DIGEST per line)
#   oci-registry.sh stop STATE_DIR    stops both (by their PIDs) and removes STATE_DIR
set -euo pipefail

command=${1:?usage: oci-registry.sh start|stop STATE_DIR}
state=${2:?usage: oci-registry.sh start|stop STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
name=oci-registry.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../../support/servers/serverlib.sh"
server_command "$command" "$state/pid" "$state/issuer.pid"

server_require docker-registry skopeo htpasswd openssl python3 curl
server_stop "$state/pid" "$state/issuer.pid"
mkdir -p "$state/data"
state=$(cd "$state" && pwd)

password="oci-test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
htpasswd -Bbc "$state/htpasswd" releasedesk "$password" 2>/dev/null
printf 'releasedesk:%s' "$password" >"$state/credentials"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=releasedesk-test-issuer" \
    -keyout "$state/token.key" -out "$state/token.crt" 2>/dev/null

nohup python3 "$here/token-issuer.py" "$state" >"$state/issuer.log" 2>&1 &
echo $! >"$state/issuer.pid"
for _ in $(seq 300); do
    [[ -s "$state/token-port" ]] && break
    sleep 0.1
done
[[ -s "$state/token-port" ]] || { cat "$state/issuer.log" >&2; exit 1; }

port=$(server_free_port)
url="http://127.0.0.1:$port"
cat >"$state/config.yml" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $state/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
auth:
  token:
    realm: http://127.0.0.1:$(cat "$state/token-port")/token
    service: releasedesk-test-registry
    issuer: releasedesk-test-issuer
    rootcertbundle: $state/token.crt
YAML
nohup docker-registry serve "$state/config.yml" >"$state/server.log" 2>&1 &
echo $! >"$state/pid"
server_wait_http "$url/v2/"

layout="$state/layout"
push() { # TAG CREATED MARKER [ALIAS...]
    local tag=$1 created=$2 marker=$3 digest
    shift 3
    digest=$(python3 "$here/make-image.py" "$layout" "$tag" "$created" "$marker")
    for name in "$tag" "$@"; do
        skopeo --insecure-policy copy --quiet --dest-tls-verify=false \
            --dest-creds "releasedesk:$password" "oci:$layout:$tag" "docker://127.0.0.1:$port/rdtest/app:$name"
        echo "$name $digest" >>"$state/digests"
    done
}
push 1.0.0 2026-01-10T08:00:00Z "release 1.0.0"
push 1.1.0 2026-02-01T09:30:00Z "release 1.1.0" 1.1 latest
push 2.0.0-rc.1 2026-03-01T10:00:00Z "release 2.0.0-rc.1" sha-abc1234
printf '%s' "$url" >"$state/url"
echo "oci-registry.sh: serving at $url with rdtest/app ($(wc -l <"$state/digests") tags)"
