#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A PyPI double for ReleaseDesk's tests, following Warehouse's documented rules.

    python3 server.py STATE_DIR

Listens on 127.0.0.1 on a free port (written to STATE_DIR/port). Python's standard library only.

- Upload API (what twine uses): POST /legacy/ as multipart/form-data with ":action" =
  "file_upload", "protocol_version" = "1", name, version, filetype, the file in "content" and
  its md5_digest / sha256_digest / blake2_256_digest. HTTP Basic auth (user "__token__" and the
  token in STATE_DIR/token, or "releasedesk" with the same password). Rules: a digest that does
  not match the content -> 400; the same filename with the same content again -> 200 (nothing
  changes); the same filename with other content -> 400 "File already exists."; a filename
  that does not start with the normalised name and version -> 400.
- JSON API: GET /pypi/NAME/json -> {"info": {"name", "version"}, "releases": {VERSION: [file]},
  "urls": [...]}; "version" is the highest release (pre-releases only when there is nothing
  else), as Warehouse does. Unknown project -> 404.
- PEP 503 simple index: GET /simple/ and /simple/NAME/ (the normalised name; other spellings
  redirect), each file linked as /files/FILENAME#sha256=HEX.
- GET /files/FILENAME -> the bytes.
- Test side door (../httpdouble.py): reset, fault switches, and the request log (for uploads
  the multipart fields without the file bytes).
"""
import base64
import email.parser
import email.policy
import hashlib
import html
import os
import re
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from httpdouble import LOCK, DoubleHandler, serve, state_dir_argument  # noqa: E402

STATE_DIR = state_dir_argument()

state = {}


def reset():
    state.clear()
    state.update(projects={}, files={})


reset()


def normalise(name):
    # PEP 503
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(text):
    """A sort key for the PEP 440 versions the tests use: release numbers, then a/b/rc/dev."""
    m = re.match(r"^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|rc|alpha|beta|c)[-_.]?(\d*))?"
                 r"(?:[-_.]?post[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$", text.lower())
    if not m:
        return ((-1,), 0, 0, 0, 0)
    release = tuple(int(p) for p in m.group(1).split("."))
    while len(release) > 1 and release[-1] == 0:
        release = release[:-1]
    pre = {"a": 1, "alpha": 1, "b": 2, "beta": 2, "c": 3, "rc": 3}.get(m.group(2) or "", 4)
    dev = 0 if m.group(5) is not None else 1
    return (release, pre, int(m.group(3) or 0), int(m.group(4) or 0), dev)


def is_prerelease(text):
    return bool(re.search(r"(a|b|rc|alpha|beta|c|dev)\d*$", text.lower().replace("-", "").replace(".", "")))


def now_iso():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def credentials_ok(header):
    try:
        with open(os.path.join(STATE_DIR, "token")) as f:
            token = f.read().strip()
    except OSError:
        return False
    if not header or not header.startswith("Basic "):
        return False
    try:
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    except Exception:
        return False
    return user in ("__token__", "releasedesk") and password == token


def parse_multipart(content_type, body):
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return None, None
    fields, upload = {}, None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name is None:
            continue
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if filename is not None:
            upload = (filename, payload)
        else:
            fields.setdefault(name, []).append(payload.decode("utf-8"))
    return fields, upload


class Handler(DoubleHandler):
    reset_state = staticmethod(reset)

    def do_HEAD(self):
        self.do_GET()

    def get(self, path):
        m = re.match(r"^/pypi/([^/]+)/json/?$", path)
        if m:
            return self.project_json(m.group(1))
        if path == "/simple/":
            links = "".join('<a href="/simple/%s/">%s</a>\n' % (n, html.escape(p["name"]))
                            for n, p in sorted(state["projects"].items()))
            return self.send(200, "<!DOCTYPE html>\n<html><body>\n%s</body></html>\n" % links,
                             "text/html")
        m = re.match(r"^/simple/([^/]+)/?$", path)
        if m:
            return self.simple(m.group(1))
        m = re.match(r"^/files/([^/]+)$", path)
        if m and m.group(1) in state["files"]:
            return self.send(200, state["files"][m.group(1)]["content"],
                             "application/octet-stream")
        return self.send(404, "Not Found\n")

    def project_json(self, name):
        project = state["projects"].get(normalise(name))
        if not project:
            return self.send_json(404, {"message": "Not Found"})
        versions = sorted(project["releases"], key=version_key)
        finals = [v for v in versions if not is_prerelease(v)]
        latest = (finals or versions)[-1]
        base = "http://%s" % self.headers.get("Host")

        def file_entry(f):
            return {"filename": f["filename"], "packagetype": f["filetype"],
                    "python_version": f["pyversion"], "size": len(f["content"]),
                    "digests": {"md5": f["md5"], "sha256": f["sha256"],
                                "blake2b_256": f["blake2_256"]},
                    "upload_time": f["uploaded"][:19], "upload_time_iso_8601": f["uploaded"],
                    "url": "%s/files/%s" % (base, f["filename"]), "yanked": False}

        releases = {v: [file_entry(state["files"][fn]) for fn in project["releases"][v]]
                    for v in versions}
        return self.send_json(200, {
            "info": {"name": project["name"], "version": latest,
                     "summary": project.get("summary", ""),
                     "package_url": "%s/project/%s/" % (base, normalise(name))},
            "releases": releases, "urls": releases[latest], "last_serial": len(state["files"])})

    def simple(self, name):
        if name != normalise(name):
            return self.send(301, "", headers={"Location": "/simple/%s/" % normalise(name)})
        project = state["projects"].get(name)
        if not project:
            return self.send(404, "Not Found\n")
        links = []
        for version in sorted(project["releases"], key=version_key):
            for filename in project["releases"][version]:
                f = state["files"][filename]
                links.append('<a href="/files/%s#sha256=%s">%s</a><br/>\n'
                             % (filename, f["sha256"], html.escape(filename)))
        self.send(200, "<!DOCTYPE html>\n<html><body>\n<h1>Links for %s</h1>\n%s</body></html>\n"
                  % (html.escape(name), "".join(links)), "text/html")

    def do_POST(self):
        body = self.read_body()
        with LOCK:
            path = self.path.split("?", 1)[0]
            if self.control(path, body):
                return None
            fields, upload = parse_multipart(self.headers.get("Content-Type", ""), body) \
                if self.headers.get("Content-Type", "").startswith("multipart/form-data") else (None, None)
            self.log_request_entry({
                "fields": {k: v if len(v) > 1 else v[0] for k, v in (fields or {}).items()},
                "filename": upload[0] if upload else None})
            if self.inject_fault():
                return None
            if path not in ("/legacy/", "/legacy"):
                return self.send(404, "Not Found\n")
            if not credentials_ok(self.headers.get("Authorization")):
                return self.send(403, "Invalid or non-existent authentication information.\n")
            return self.upload(fields, upload)

    def upload(self, fields, upload):
        def field(name):
            return (fields.get(name) or [""])[0] if fields else ""

        if fields is None or field(":action") != "file_upload":
            return self.send(400, "Invalid value for :action. Error: Expected 'file_upload'.\n")
        if field("protocol_version") != "1":
            return self.send(400, "Unknown protocol version.\n")
        name, version = field("name"), field("version")
        if not name or not version:
            return self.send(400, "Invalid value for name or version.\n")
        if not upload:
            return self.send(400, "Upload payload does not have a file.\n")
        filename, content = upload
        computed = {"md5": hashlib.md5(content).hexdigest(),
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "blake2_256": hashlib.blake2b(content, digest_size=32).hexdigest()}
        given = {k: field(k + "_digest").lower() for k in computed if field(k + "_digest")}
        if not given.get("sha256") and not given.get("blake2_256"):
            return self.send(400, "Include at least one message digest (sha256 or blake2_256).\n")
        for kind, value in given.items():
            if value != computed[kind]:
                return self.send(400, "The digest supplied does not match a digest calculated "
                                      "from the uploaded file.\n")
        stem = normalise(filename.split("-")[0]) if "-" in filename else ""
        if stem != normalise(name) or ("-%s" % version) not in filename.replace("_", "-"):
            return self.send(400, "Start filename for %r with %r.\n"
                             % (filename, "%s-%s" % (re.sub(r"[-_.]+", "_", name), version)))
        existing = state["files"].get(filename)
        if existing:
            if existing["sha256"] == computed["sha256"]:
                return self.send(200, "OK\n")
            return self.send(400, "File already exists. See the help on file name reuse.\n")
        project = state["projects"].setdefault(normalise(name), {"name": name, "releases": {}})
        project["summary"] = field("summary")
        project["releases"].setdefault(version, []).append(filename)
        state["files"][filename] = dict(computed, filename=filename, content=content,
                                        filetype=field("filetype"), pyversion=field("pyversion"),
                                        uploaded=now_iso())
        return self.send(200, "OK\n")


if __name__ == "__main__":
    serve(Handler, STATE_DIR)
