#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a tiny test image as an OCI image layout (no container tools needed).

    python3 make-image.py LAYOUT_DIR TAG CREATED MARKER

LAYOUT_DIR gets oci-layout, index.json and blobs/sha256/…: one layer (a tar.gz holding
/release.txt with MARKER), a config whose "created" is CREATED (RFC 3339), and the manifest,
referenced from index.json under the annotation org.opencontainers.image.ref.name = TAG.
Same arguments, same bytes (fixed times and no compression timestamps).
"""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

layout, tag, created, marker = sys.argv[1:5]
blobs = os.path.join(layout, "blobs", "sha256")
os.makedirs(blobs, exist_ok=True)


def put(data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(blobs, digest), "wb") as f:
        f.write(data)
    return {"digest": "sha256:" + digest, "size": len(data)}


raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
    content = (marker + "\n").encode()
    info = tarfile.TarInfo("release.txt")
    info.size, info.mtime, info.mode = len(content), 1767225600, 0o644
    tar.addfile(info, io.BytesIO(content))
layer_tar = raw.getvalue()
layer = put(gzip.compress(layer_tar, mtime=0))
layer["mediaType"] = "application/vnd.oci.image.layer.v1.tar+gzip"
config = put(json.dumps({
    "created": created, "architecture": "amd64", "os": "linux",
    "config": {"Labels": {"org.opencontainers.image.version": tag}},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(layer_tar).hexdigest()]},
    "history": [{"created": created, "created_by": "make-image.py"}],
}, sort_keys=True).encode())
config["mediaType"] = "application/vnd.oci.image.config.v1+json"
manifest = put(json.dumps({
    "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
    "config": config, "layers": [layer],
}, sort_keys=True).encode())
manifest["mediaType"] = "application/vnd.oci.image.manifest.v1+json"
manifest["annotations"] = {"org.opencontainers.image.ref.name": tag}
with open(os.path.join(layout, "oci-layout"), "w") as f:
    json.dump({"imageLayoutVersion": "1.0.0"}, f)
index_path = os.path.join(layout, "index.json")
index = {"schemaVersion": 2, "manifests": []}
if os.path.exists(index_path):
    with open(index_path) as f:
        index = json.load(f)
index["manifests"] = [m for m in index["manifests"]
                      if m.get("annotations", {}).get("org.opencontainers.image.ref.name") != tag]
index["manifests"].append(manifest)
with open(index_path, "w") as f:
    json.dump(index, f)
print(manifest["digest"])
