#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
# The version in the metainfo's newest release and in the man page's title is the project's, so a
# version bump cannot ship without its release entry. Usage: check-versions.sh VERSION METAINFO MANPAGE
set -euo pipefail
version=$1
status=0
release=$(sed -n -E 's/.*<release version="([^"]*)".*/\1/p' "$2" | head -n 1)
if [ "$release" != "$version" ]; then
  echo "$(basename "$2"): the newest <release> is '$release', the project is $version; add a <release> entry" >&2
  status=1
fi
title=$(sed -n -E 's/^\.TH .*"relu-explorer ([^"]*)".*/\1/p' "$3")
if [ "$title" != "$version" ]; then
  echo "$(basename "$3"): .TH names version '$title', the project is $version" >&2
  status=1
fi
[ $status -ne 0 ] || echo "metainfo and man page name version $version"
exit $status
