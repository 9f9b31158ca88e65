#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# The metainfo's description, in each language, names every function `relu-explorer list` prints
# (by its display name, ReLU6, LogSigmoid, ...), so a software centre does not show an older list.
# Usage: check-metainfo.sh BINARY METAINFO
set -euo pipefail
binary=$1
metainfo=$2
names=$("$binary" list | awk '/^  [a-z]/ { print $2 }')
[ -n "$names" ] || { echo "'relu-explorer list' printed no functions" >&2; exit 1; }
status=0
# The first paragraph of the description in one language ("" for English).
paragraph() {
  awk -v lang="$1" '
    /<description>/ { inside = 1 }
    inside && /<p[ >]/ {
      mine = (lang == "" && $0 ~ /<p>/) || (lang != "" && index($0, "xml:lang=\"" lang "\""))
      if (mine && !done) { grab = 1 }
    }
    grab { print }
    grab && /<\/p>/ { grab = 0; done = 1 }' "$metainfo"
}
for lang in "" zh_CN; do
  text=$(paragraph "$lang")
  [ -n "$text" ] || { echo "$(basename "$metainfo"): no description paragraph for '${lang:-en}'" >&2; status=1; continue; }
  for name in $names; do
    grep -qF -- "$name" <<<"$text" ||
      { echo "$(basename "$metainfo"): the ${lang:-en} description does not name $name" >&2; status=1; }
  done
done
[ $status -ne 0 ] || echo "the metainfo's description names every function in English and Chinese"
exit $status
