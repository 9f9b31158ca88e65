#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# The man page renders with no warning from man --warnings (which prints them but exits 0).
# Usage: check-manrender.sh MANPAGE
set -euo pipefail
warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$1" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
  printf '%s\n' "$warnings" >&2
  exit 1
fi
echo "$(basename "$1") renders without warnings"
