#!/usr/bin/env bash
# Fails when a translatable string of the sources is missing from a .ts file, is left
# unfinished, or when a .ts file keeps strings the sources no longer have. Runs lupdate
# over the sources into a temporary copy of the .ts files, so the real ones are untouched.
# usage: check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$source_dir"/translations/*.ts "$work"/
mapfile -t sources < <(find "$source_dir/src" "$source_dir/ui" -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) | sort)
printf '%s\n' "${sources[@]}" > "$work/sources.lst"
"$lupdate" -silent -locations none "@$work/sources.lst" -ts "$work"/*.ts

status=0
for ts in "$work"/*.ts; do
    name=$(basename "$ts")
    messages=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -cE 'type="(vanished|obsolete)"' "$ts" || true)
    echo "$name: $messages messages, $unfinished unfinished, $vanished vanished"
    if [[ $unfinished -ne 0 || $vanished -ne 0 ]]; then
        status=1
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep '<source>' | head -20 | sed 's/^/    /'
    fi
    if ! diff -q <(grep -c '<message' "$source_dir/translations/$name") <(echo "$messages") >/dev/null; then
        echo "$name: the sources have strings the committed file lacks: run the update_translations target"
        status=1
    fi
done
exit $status
