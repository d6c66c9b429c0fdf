#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of the GUI has no finished German or Swedish translation:
# lupdate reads the sources into copies of the .ts files (the committed files stay as they are),
# then every message must be finished and none new.
#   translations_complete.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
source_dir=$1
lupdate=$2
lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for language in de sv; do
    ts="$work/releasedesk_$language.ts"
    cp "$source_dir/translations/releasedesk_$language.ts" "$ts"
    "$lupdate" -silent -locations none -no-obsolete "$source_dir/src/gui" "$source_dir/ui" -ts "$ts"
    report=$("$lrelease" "$ts" -qm "$work/$language.qm" 2>&1)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [[ "$unfinished" != 0 ]]; then
        echo "translations/releasedesk_$language.ts: $unfinished string(s) untranslated or unfinished:"
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
        echo "  run: lupdate src/gui ui -locations none -no-obsolete -ts translations/releasedesk_$language.ts, then translate them"
        status=1
    else
        echo "translations/releasedesk_$language.ts: complete ($(grep -o 'Generated [0-9]* translation' <<<"$report"))"
    fi
done
exit $status
