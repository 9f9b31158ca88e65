// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>
#include <utility>

#include <QString>
#include <QStringList>

#include "cliutil.h"
#include "reluexplorer/figure.h"
#include "reluexplorer/state.h"
#include "startupoptions.h"

namespace cli {

/// relu-explorer export --output FILE [options]: the plot the window would show, as a file.
struct ExportRequest
{
    QString outputPath;       ///< "-" for stdout.
    rx::FigureOptions figure; ///< Format, size, look: checked by rx::figureProblem.
    /// The plot starts from a session file, a share token (decoded here) or the default state,
    QString sessionPath;
    std::optional<rx::ExplorerState> tokenState;
    /// then these go on top.
    StateOptions stateOptions;
    std::optional<std::pair<double, double>> xRange;
    std::optional<std::pair<double, double>> yRange;
    bool derivatives = false;
    bool reportPlotGeometry = false; ///< For the tests: print where the axes are in the image.

    bool toStdout() const { return outputPath == QLatin1String("-"); }
};

/// Reads and checks every option; reads no file (the session is read by runExportCommand).
Parsed<ExportRequest> parseExportRequest(const QStringList &arguments);

/// The state to plot: the request's session file or token, with its options on top; or a one-line
/// error for exit 2.
std::optional<rx::ExplorerState> exportState(const ExportRequest &request, QString &error);

int runExportCommand(const QStringList &arguments);

} // namespace cli
