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
source "$here/../serverlib.sh"

server_command crates-double.sh "$command" "$state"

require_tools crates-double.sh python3
stop_server "$state"
mkdir -p "$state"
state=$(cd "$state" && pwd)
start_python_double crates-double.sh "$here/server.py" "$state"
