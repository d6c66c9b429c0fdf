#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops the crate registry double (server.py) for the tests, on 127.0.0.1.
#
#   crates-double.sh start STATE_DIR   writes STATE_DIR/url (http://127.0.0.1:PORT)
#   crates-double.sh stop STATE_DIR    stops it (by its PID) and removes STATE_DIR
set -euo pipefail

command=${1:?usage: crates-double.sh start|stop STATE_DIR}
state=${2:?usage: crates-double.sh start|stop STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
name=crates-double.sh
# shellcheck source=tests/support/servers/serverlib.sh
source "$here/../../support/servers/serverlib.sh"
server_command "$command" "$state/pid"

server_require python3
server_stop "$state/pid"
mkdir -p "$state"
state=$(cd "$state" && pwd)
server_start_python_double "$here/server.py"
