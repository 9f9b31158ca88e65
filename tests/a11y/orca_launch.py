#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Runs Debian's /usr/bin/orca with two changes for a test: it neither refuses to start nor kills
another user's Orca (the machine may run several sessions), and its --debug-file is line-buffered so
that what Orca says is in the log as soon as it says it. Arguments are orca's."""

import sys

launcher = "/usr/bin/orca"
namespace = {"__name__": "orca_launcher", "__file__": launcher}
with open(launcher, encoding="utf-8") as source:
    exec(compile(source.read(), launcher, "exec"), namespace)
namespace["otherOrcas"] = lambda: []
namespace["setProcessName"] = lambda name: None
namespace["open"] = lambda path, mode="r", *args, **kwargs: open(path, mode, 1, *args, **kwargs)
sys.argv[0] = launcher
sys.exit(namespace["main"]())
