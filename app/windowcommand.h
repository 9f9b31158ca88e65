// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "cliutil.h"
#include "reluexplorer/state.h"
#include "startupoptions.h"

namespace cli {

/// relu-explorer [FILE | --state TOKEN] [--functions LIST] [--param F.NAME=VALUE]... [--presentation]
///               [--lang LANGUAGE]: the explorer window and what it opens on.
struct WindowRequest
{
    QString sessionPath; ///< A session file to open, or "".
    bool tokenGiven = false;
    std::optional<rx::ExplorerState> tokenState; ///< From --state, decoded.
    StateOptions stateOptions;                   ///< On top of the file, token or remembered state.
    QString language;                            ///< --lang, or "" for the remembered choice.
    bool presentation = false;
    bool reportPlotGeometry = false; ///< For the tests: print where the axes are after each replot.
    bool reportFirstPaint = false;   ///< For the start-up benchmark: print once the window is drawn, quit.
};

/// Reads and checks the window's options; reads no file and needs no display.
Parsed<WindowRequest> parseWindowRequest(const QStringList &arguments);

/// Parses, reads the session, checks for a display, then runs the window.
int runWindowCommand(const QStringList &arguments);

} // namespace cli
