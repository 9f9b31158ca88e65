// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QStringList>

// Subcommands of relu-explorer. Each takes its own arguments (program name first, the subcommand
// name removed) and returns the exit code: 0 done, 2 bad input.
int runEvalCommand(const QStringList &arguments);
int runListCommand(const QStringList &arguments);
/// Builds its own (offscreen) QApplication from argc/argv after the arguments are checked.
int runExportCommand(int &argc, char **argv, const QStringList &arguments);
