#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fault-injecting proxy in front of the test registry, for the OCI promote step's tests.

    python3 fault-proxy.py UPSTREAM_URL MODE PORT_FILE

Listens on 127.0.0.1 on a free port (written to PORT_FILE) and forwards every request to
UPSTREAM_URL (http://127.0.0.1:PORT) as it is, answers included, except a manifest PUT:
  stored-500  the PUT is forwarded; when the registry stored it (201), the caller gets 500
              instead, as when a gateway drops the answer of a request that went through;
  forbid      the PUT is answered 403 DENIED and not forwarded.
Each manifest PUT is logged to PORT_FILE.log as "METHOD PATH UPSTREAM_STATUS ANSWERED_STATUS".
"""
import http.client
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

upstream = urlparse(sys.argv[1])
mode = sys.argv[2]
port_file = sys.argv[3]
HOP = {"connection", "transfer-encoding", "keep-alive", "host"}


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def answer(self, status, headers, body):
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP and name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def note(self, upstream_status, answered):
        with open(port_file + ".log", "a") as log:
            log.write("%s %s %s %s\n" % (self.command, self.path, upstream_status, answered))

    def forward(self):
        length = int(self.headers.get("Content-Length", "0") or 0)
        body = self.rfile.read(length) if length else b""
        manifest_put = self.command == "PUT" and "/manifests/" in self.path
        if manifest_put and mode == "forbid" and "Authorization" in self.headers:
            self.note("-", 403)
            return self.answer(403, [("Content-Type", "application/json")],
                               b'{"errors":[{"code":"DENIED","message":"requested access to '
                               b'the resource is denied"}]}')
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        status = response.status
        if manifest_put:
            answered = 500 if mode == "stored-500" and status == 201 else status
            self.note(status, answered)
            if answered == 500:
                return self.answer(500, [("Content-Type", "application/json")],
                                   b'{"errors":[{"code":"UNKNOWN","message":"gateway lost the '
                                   b'answer"}]}')
        self.answer(status, response.getheaders(), data)

    do_GET = do_HEAD = do_PUT = do_POST = do_PATCH = do_DELETE = forward


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    tmp = port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(tmp, port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
