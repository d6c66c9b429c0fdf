#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops the PyPI double (server.py) for the tests, on 127.0.0.1 and a free port.
#
#   pypi-double.sh start STATE_DIR   writes STATE_DIR/url (http://127.0.0.1:PORT) and
#                                    STATE_DIR/token (the upload token, user __token__)
#   pypi-double.sh stop STATE_DIR    stops it (by its PID) and removes STATE_DIR
set -euo pipefail

command=${1:?usage: pypi-double.sh start|stop STATE_DIR}
state=${2:?usage: pypi-double.sh start|stop STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../serverlib.sh"

server_command pypi-double.sh "$command" "$state"

require_tools pypi-double.sh python3
stop_server "$state"
mkdir -p "$state"
state=$(cd "$state" && pwd)
printf 'pypi-test-%s' "$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" >"$state/token"
start_python_double pypi-double.sh "$here/server.py" "$state"
