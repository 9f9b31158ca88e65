// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QPointF>
#include <QString>

#include "reluexplorer/state.h"

class QCommandLineParser;

namespace cli {

inline constexpr int exitOk = 0;
inline constexpr int exitBadInput = 2;
inline constexpr int exitNoDisplay = 1;

/// Prints "relu-explorer COMMAND: message" as one line on stderr and returns exitBadInput.
int fail(const QString &command, const QString &message);

/// Adds options (and --help, --version) and parses arguments. On --help or --version prints and
/// returns exitOk; on an error prints one line naming it and the valid options, returns exitBadInput;
/// otherwise returns -1 to go on.
int parseOrExit(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                const QStringList &arguments, const QString &command);

/// For the tests that read pictures: "plot-geometry x X0 X1 y Y0 Y1 px PX0 PX1 py PY0 PY1", the view's
/// ranges and the pixels where (xMin, yMin) and (xMax, yMax) are.
void printPlotGeometry(const rx::ViewRange &view, QPointF low, QPointF high);

/// Writes text to stdout as UTF-8 and flushes.
void print(const QString &text);

} // namespace cli
