# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Python test doubles share (tests/servers/*-double/server.py): a request handler with
answer helpers, fault switches and a request log, and serving on 127.0.0.1 on a free port.

Fault switches (POST /_control/fault): {"status": 503, "count": 1, "path": "/pypi/",
"retryAfter": 2, "body": "text"} answers the next matching request with that status (and that
body); {"hang": 30} holds the answer back for that many seconds (a timeout for the client);
POST /_control/clear-faults drops the switches not used yet. POST /_control/reset forgets
faults, the request log and the double's own state (the server's reset function);
GET /_control/requests lists what clients sent.
"""
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
faults = []
requests = []


class DoubleHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reset_state = staticmethod(lambda: None)

    def log_message(self, fmt, *args):
        sys.stdout.write("%s %s\n" % (self.log_date_time_string(), fmt % args))
        sys.stdout.flush()

    def send(self, status, body=b"", content_type="text/plain; charset=utf-8", headers=None):
        if isinstance(body, str):
            body = body.encode()
        # Warehouse puts an upload error's text in the status line too; twine shows that line.
        reason = body.decode("utf-8", "replace").strip().splitlines()[0] \
            if status >= 400 and content_type.startswith("text/plain") and body.strip() else None
        self.send_response(status, reason)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status, value, headers=None):
        self.send(status, json.dumps(value, indent=1), "application/json", headers)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def log_request_entry(self, entry):
        requests.append(dict({"method": self.command, "path": self.path}, **entry))

    def inject_fault(self):
        """Answers with the next matching fault switch; True when it did."""
        for fault in faults:
            if not fault.get("path") or self.path.startswith(fault["path"]):
                fault["count"] = fault.get("count", 1) - 1
                if fault["count"] <= 0:
                    faults.remove(fault)
                if "hang" in fault:
                    LOCK.release()
                    try:
                        time.sleep(fault["hang"])
                    finally:
                        LOCK.acquire()
                    self.close_connection = True
                    return True
                headers = {}
                if "retryAfter" in fault:
                    headers["Retry-After"] = str(fault["retryAfter"])
                self.send(fault["status"], fault.get("body", "injected %d\n" % fault["status"]),
                          headers=headers)
                return True
        return False

    def do_GET(self):
        with LOCK:
            path = self.path.split("?", 1)[0]
            if self.control(path, b""):
                return None
            self.log_request_entry({})
            if self.inject_fault():
                return None
            return self.get(path)

    def get(self, path):
        """A GET (or HEAD) that is not for the side door and met no fault switch."""
        self.send(404, "Not Found\n")

    def control(self, path, body):
        """The side door; True when `path` was one of its addresses."""
        if path == "/_control/requests":
            self.send_json(200, {"requests": requests})
            return True
        if path == "/_control/reset":
            faults.clear()
            requests.clear()
            self.reset_state()
        elif path == "/_control/clear-faults":
            faults.clear()
        elif path == "/_control/fault":
            faults.append(dict({"count": 1}, **json.loads(body or b"{}")))
        else:
            return False
        self.send_json(200, {"ok": True})
        return True


def state_dir_argument():
    """STATE_DIR, the server's one argument; exits with a usage line without it."""
    if len(sys.argv) < 2:
        print("usage: server.py STATE_DIR", file=sys.stderr)
        sys.exit(2)
    return sys.argv[1]


def serve(handler, state_dir):
    """Serves on 127.0.0.1 and a free port, written to STATE_DIR/port once listening."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = server.server_address[1]
    tmp = os.path.join(state_dir, "port.tmp")
    with open(tmp, "w") as f:
        f.write(str(port))
    os.rename(tmp, os.path.join(state_dir, "port"))
    print("listening on 127.0.0.1:%d" % port, flush=True)
    server.serve_forever()
