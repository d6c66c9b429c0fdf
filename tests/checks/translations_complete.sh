#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of the GUI or of the core (errors, check titles, reasons,
# source statuses) has no finished German or Swedish translation, or when a %n text has no
# English singular and plural: lupdate reads the sources into copies of the .ts files (the
# committed files stay as they are), then every message must be finished and none new.
#   translations_complete.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
source_dir=$1
lupdate=$2
lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The CLI's own texts are not marked yet; the core's reach it through rd::installTranslations().
sources=("$source_dir/src/gui" "$source_dir/ui" "$source_dir/src/core")
status=0
for language in de sv en; do
    ts="$work/releasedesk_$language.ts"
    cp "$source_dir/translations/releasedesk_$language.ts" "$ts"
    options=(-silent -locations none -no-obsolete)
    # English needs only the plural forms of the %n texts; the sources are English already.
    [[ "$language" == en ]] && options+=(-pluralonly)
    "$lupdate" "${options[@]}" "${sources[@]}" -ts "$ts" 2>/dev/null
    report=$("$lrelease" "$ts" -qm "$work/$language.qm" 2>&1)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [[ "$unfinished" != 0 ]]; then
        echo "translations/releasedesk_$language.ts: $unfinished string(s) untranslated or unfinished:"
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
        echo "  run: lupdate ${options[*]:1} src/gui ui src/core -ts translations/releasedesk_$language.ts, then translate them"
        status=1
    else
        echo "translations/releasedesk_$language.ts: complete ($(grep -o 'Generated [0-9]* translation' <<<"$report"))"
    fi
done
exit $status
