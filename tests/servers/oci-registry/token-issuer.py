#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small token issuer for the docker-registry bearer flow in ReleaseDesk's tests.

    python3 token-issuer.py STATE_DIR

Listens on 127.0.0.1 on a free port (STATE_DIR/token-port). GET /token?service=S&scope=SCOPE
answers {"token", "access_token", "expires_in", "issued_at"}: a JWT signed (RS256, through the
openssl command) with STATE_DIR/token.key, whose certificate STATE_DIR/token.crt travels in the
x5c header; the registry trusts that certificate (auth.token.rootcertbundle). Users are checked
against STATE_DIR/htpasswd with the real `htpasswd -v`: a valid user gets every action it asks
for, an anonymous caller only "pull", wrong credentials get 401. Every request is logged to
STATE_DIR/token-requests.log (path and user, never the password).
"""
import base64
import json
import os
import subprocess
import sys
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

STATE = sys.argv[1]
ISSUER = "releasedesk-test-issuer"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def certificate_der():
    with open(os.path.join(STATE, "token.crt")) as f:
        pem = "".join(line for line in f if not line.startswith("-----"))
    return base64.b64decode(pem)


def sign(message):
    return subprocess.run(["openssl", "dgst", "-sha256", "-sign", os.path.join(STATE, "token.key")],
                          input=message, capture_output=True, check=True).stdout


def valid_user(user, password):
    result = subprocess.run(["htpasswd", "-vb", os.path.join(STATE, "htpasswd"), user, password],
                            capture_output=True)
    return result.returncode == 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stdout.write("%s %s\n" % (self.log_date_time_string(), fmt % args))
        sys.stdout.flush()

    def reply(self, status, value):
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="releasedesk test token issuer"')
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/token":
            return self.reply(404, {"errors": [{"code": "NOT_FOUND"}]})
        query = parse_qs(url.query)
        user = None
        header = self.headers.get("Authorization", "")
        if header.startswith("Basic "):
            name, _, password = base64.b64decode(header[6:]).decode().partition(":")
            if not valid_user(name, password):
                self.log_line(url.path, name, "refused")
                return self.reply(401, {"errors": [{"code": "UNAUTHORIZED",
                                                    "message": "wrong user or password"}]})
            user = name
        access = []
        for scope in query.get("scope", []):
            for item in scope.split(" "):
                parts = item.split(":")
                if len(parts) != 3:
                    continue
                kind, name, actions = parts
                wanted = [a for a in actions.split(",") if a]
                granted = wanted if user else [a for a in wanted if a == "pull"]
                access.append({"type": kind, "name": name, "actions": granted})
        now = int(time.time())
        header = {"typ": "JWT", "alg": "RS256", "x5c": [base64.b64encode(certificate_der()).decode()]}
        claims = {"iss": ISSUER, "sub": user or "", "aud": query.get("service", [""])[0],
                  "exp": now + 300, "nbf": now - 10, "iat": now, "jti": str(uuid.uuid4()),
                  "access": access}
        signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
        token = signing_input + "." + b64(sign(signing_input.encode()))
        self.log_line(self.path, user or "(anonymous)", "granted")
        self.reply(200, {"token": token, "access_token": token, "expires_in": 300,
                         "issued_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))})

    def log_line(self, path, user, verdict):
        with open(os.path.join(STATE, "token-requests.log"), "a") as log:
            log.write("%s %s %s\n" % (verdict, user, path))


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tmp = os.path.join(STATE, "token-port.tmp")
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(tmp, os.path.join(STATE, "token-port"))
    server.serve_forever()


if __name__ == "__main__":
    main()
