#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Adds a multi-platform image index to an OCI image layout make-image.py wrote.

    python3 make-index.py LAYOUT_DIR TAG AMD64_TAG ARM64_TAG

The index (application/vnd.oci.image.index.v1+json) lists the manifests of AMD64_TAG and
ARM64_TAG as linux/amd64 and linux/arm64 and is referenced from index.json as TAG. Prints its
digest.
"""
import hashlib
import json
import os
import sys

layout, tag, amd64, arm64 = sys.argv[1:5]
index_path = os.path.join(layout, "index.json")
with open(index_path) as f:
    top = json.load(f)
REF = "org.opencontainers.image.ref.name"
by_tag = {m.get("annotations", {}).get(REF): m for m in top["manifests"]}
entries = []
for name, arch in ((amd64, "amd64"), (arm64, "arm64")):
    m = by_tag[name]
    entries.append({"mediaType": m["mediaType"], "digest": m["digest"], "size": m["size"],
                    "platform": {"architecture": arch, "os": "linux"}})
data = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                   "manifests": entries}, sort_keys=True).encode()
digest = hashlib.sha256(data).hexdigest()
with open(os.path.join(layout, "blobs", "sha256", digest), "wb") as f:
    f.write(data)
top["manifests"] = [m for m in top["manifests"] if m.get("annotations", {}).get(REF) != tag]
top["manifests"].append({"mediaType": "application/vnd.oci.image.index.v1+json",
                         "digest": "sha256:" + digest, "size": len(data),
                         "annotations": {REF: tag}})
with open(index_path, "w") as f:
    json.dump(top, f)
print("sha256:" + digest)
