#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# The desktop entry names the app as its window does in each translation: Name[LANG] is the window
# title's translation (MainWindow's "ReLU Explorer") where that differs from Name, and absent or
# the same where the translation keeps the English name.
# Usage: check-desktop-names.sh DESKTOP_FILE TS_FILE...
set -euo pipefail
desktop=$1
shift
name=$(sed -n 's/^Name=//p' "$desktop")
status=0
for ts in "$@"; do
  lang=$(sed -n -E 's/.*<TS [^>]*language="([^"]+)".*/\1/p' "$ts")
  # The translation of the window title in MainWindow's context.
  title=$(awk -v name="$name" '
    /<name>MainWindow<\/name>/ { inside = 1 } /<\/context>/ { inside = 0 }
    inside && index($0, "<source>" name "</source>") { found = 1; next }
    found { if (match($0, /<translation>[^<]*<\/translation>/)) { print substr($0, RSTART + 13, RLENGTH - 27) } exit }' "$ts")
  [ -n "$title" ] || title=$name
  entry=$(sed -n "s/^Name\[$lang\]=//p" "$desktop")
  if [ "$title" != "$name" ] && [ "$entry" != "$title" ]; then
    echo "$(basename "$desktop"): the window is called '$title' in $lang; add Name[$lang]=$title" >&2
    status=1
  elif [ "$title" = "$name" ] && [ -n "$entry" ] && [ "$entry" != "$name" ]; then
    echo "$(basename "$desktop"): Name[$lang]=$entry, but the window keeps the name '$name' in $lang" >&2
    status=1
  fi
done
[ $status -ne 0 ] || echo "the desktop entry names the app as its window does in every translation"
exit $status
