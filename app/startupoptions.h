// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include "reluexplorer/state.h"

class QCommandLineParser;

/// --functions LIST and --param FUNCTION.NAME=VALUE (repeatable): the state the window opens on,
/// shared with commands that build a plot from the command line.
QList<QCommandLineOption> stateOptions();

/// Applies the stateOptions() set in parser to state. Returns "" or the one-line reason for exit 2:
/// an unknown function (with the valid ones), a parameter the function lacks, a bad value.
/// --functions sets the shown functions in the order given and selects the first; without it, a
/// function named by --param is shown too.
QString applyStateOptions(const QCommandLineParser &parser, rx::ExplorerState &state);
