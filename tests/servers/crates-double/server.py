#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A double of the Rust crate registry's read API for ReleaseDesk's tests.

    python3 server.py STATE_DIR

Listens on 127.0.0.1 on a free port (STATE_DIR/port). GET /api/v1/crates/NAME answers like the
registry: {"crate": {"id", "name", "max_version", "max_stable_version", "newest_version",
"created_at", "updated_at"}, "versions": [{"id", "crate", "num", "created_at", "yanked"}]}
(versions newest first), 404 {"errors": [{"detail": "crate `NAME` does not exist"}]} for an
unknown crate. Crates are added through POST /_control/crate {"name", "versions": [{"num",
"created_at", "yanked"}]}; the rest of the side door is ../httpdouble.py's.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from httpdouble import LOCK, DoubleHandler, serve, state_dir_argument  # noqa: E402

STATE_DIR = state_dir_argument()

crates = {}


def semver_key(text):
    m = re.match(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?", text)
    if not m:
        return ((-1, -1, -1), 0, ())
    pre = m.group(4)
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")) if pre else ()
    return ((int(m.group(1)), int(m.group(2)), int(m.group(3))), 0 if pre else 1, parts)


class Handler(DoubleHandler):
    reset_state = staticmethod(crates.clear)

    def get(self, path):
        m = re.match(r"^/api/v1/crates/([^/]+)/?$", path)
        if not m:
            return self.send_json(404, {"errors": [{"detail": "Not Found"}]})
        crate = crates.get(m.group(1).replace("_", "-"))
        if not crate:
            return self.send_json(404, {"errors": [
                {"detail": "crate `%s` does not exist" % m.group(1)}]})
        versions = sorted(crate["versions"], key=lambda v: semver_key(v["num"]), reverse=True)
        live = [v for v in versions if not v.get("yanked")]
        stable = [v for v in live if "-" not in v["num"]]
        by_date = sorted(versions, key=lambda v: v["created_at"])
        return self.send_json(200, {
            "crate": {"id": crate["name"], "name": crate["name"],
                      "max_version": (live or versions)[0]["num"],
                      "max_stable_version": stable[0]["num"] if stable else None,
                      "newest_version": by_date[-1]["num"],
                      "created_at": by_date[0]["created_at"],
                      "updated_at": by_date[-1]["created_at"]},
            "versions": [{"id": i + 1, "crate": crate["name"], "num": v["num"],
                          "created_at": v["created_at"], "yanked": bool(v.get("yanked"))}
                         for i, v in enumerate(versions)]})

    def do_POST(self):
        body = self.read_body()
        with LOCK:
            path = self.path.split("?", 1)[0]
            if path == "/_control/crate":
                crate = json.loads(body)
                crates[crate["name"].replace("_", "-")] = crate
                return self.send_json(200, {"ok": True})
            if self.control(path, body):
                return None
            return self.send_json(404, {"errors": [{"detail": "Not Found"}]})


if __name__ == "__main__":
    serve(Handler, STATE_DIR)
