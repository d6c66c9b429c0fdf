#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the PyPI double with the real clients, and leaves it holding the test project that the
# registry tests read: builds a wheel and an sdist of "rdtest-pkg" for 1.0.0, 1.1.0 and 2.0.0rc1,
# uploads them with the real `twine upload`, then
#   - an identical re-upload succeeds (Warehouse answers 200),
#   - the same filename with other content is refused with "File already exists",
#   - `pip download --index-url …/simple/` fetches 1.1.0 and pip checks the sha256 of the
#     simple index; the bytes are the ones uploaded,
#   - the JSON API names 1.1.0 the latest version (the release candidate is a pre-release).
#
#   twine-check.sh STATE_DIR
set -euo pipefail
state=${1:?usage: twine-check.sh STATE_DIR}
url=$(cat "$state/url")
token=$(cat "$state/token")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No configuration of the machine's user may point twine or pip elsewhere.
export HOME="$work/home" PIP_CONFIG_FILE=/dev/null PIP_NO_INPUT=1 TWINE_NON_INTERACTIVE=1
unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL TWINE_REPOSITORY_URL
mkdir -p "$HOME"

make_dists() { # VERSION MARKER OUT_DIR
    python3 - "$@" <<'PY'
import base64, hashlib, io, os, sys, tarfile, zipfile
version, marker, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
meta = ("Metadata-Version: 2.1\nName: rdtest-pkg\nVersion: %s\nSummary: ReleaseDesk test "
        "package\nLicense: MIT\n\n" % version)
code = "VERSION = %r  # %s\n" % (version, marker)
dist = "rdtest_pkg-%s" % version
files = {"rdtest_pkg/__init__.py": code, dist + ".dist-info/METADATA": meta,
         dist + ".dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: releasedesk-test\n"
                                     "Root-Is-Purelib: true\nTag: py3-none-any\n"}
record = ""
for name, text in files.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
    record += "%s,sha256=%s,%d\n" % (name, digest, len(text.encode()))
files[dist + ".dist-info/RECORD"] = record + dist + ".dist-info/RECORD,,\n"
with zipfile.ZipFile(os.path.join(out, dist + "-py3-none-any.whl"), "w") as wheel:
    for name, text in files.items():
        info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
        wheel.writestr(info, text)
with tarfile.open(os.path.join(out, dist + ".tar.gz"), "w:gz") as sdist:
    for name, text in {dist + "/PKG-INFO": meta, dist + "/rdtest_pkg/__init__.py": code}.items():
        data = text.encode()
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(data), 1767225600
        sdist.addfile(info, io.BytesIO(data))
PY
}

upload() { # FILES...
    twine upload --disable-progress-bar --repository-url "$url/legacy/" -u __token__ -p "$token" "$@"
}

for version in 1.0.0 1.1.0 2.0.0rc1; do
    make_dists "$version" original "$work/dist-$version"
    upload "$work/dist-$version"/*
done

echo "== identical re-upload: accepted"
upload "$work/dist-1.1.0"/*

echo "== same filename, other content: refused"
make_dists 1.1.0 changed "$work/changed"
if upload "$work/changed/rdtest_pkg-1.1.0-py3-none-any.whl" >"$work/refused.log" 2>&1; then
    cat "$work/refused.log"
    echo "twine-check: the double accepted other content under an existing filename" >&2
    exit 1
fi
grep -q "File already exists" "$work/refused.log" || {
    cat "$work/refused.log"
    echo "twine-check: the refusal did not say File already exists" >&2
    exit 1
}

echo "== pip download from the simple index"
/usr/bin/python3 -m pip download --disable-pip-version-check --no-cache-dir --no-deps \
    --index-url "$url/simple/" --dest "$work/fetched" rdtest-pkg==1.1.0
for file in rdtest_pkg-1.1.0-py3-none-any.whl; do
    cmp "$work/dist-1.1.0/$file" "$work/fetched/$file"
done

echo "== JSON API"
python3 - "$url" <<'PY'
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/pypi/rdtest-pkg/json") as answer:
    project = json.load(answer)
assert project["info"]["version"] == "1.1.0", project["info"]
assert sorted(project["releases"]) == ["1.0.0", "1.1.0", "2.0.0rc1"], sorted(project["releases"])
print("latest", project["info"]["version"], "of", len(project["releases"]), "versions")
PY
echo "twine-check: ok"
