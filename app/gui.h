// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QStringList>

/// The explorer window: parses the start-up options in arguments (exit 2 on bad ones, before any
/// window), checks for a display, then runs the application. argc/argv go to QApplication.
int runGui(int &argc, char **argv, const QStringList &arguments);
