// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include "reluexplorer/state.h"

class QCommandLineParser;

namespace cli {

/// --functions LIST and --param FUNCTION.NAME=VALUE (repeatable), read and checked one by one: what
/// they change in the state the window opens on or a command plots.
struct StateOptions
{
    struct Assignment
    {
        std::string function;
        std::size_t index = 0; ///< Which parameter of the function.
        double value = 0;
    };

    std::optional<std::vector<std::string>> functions; ///< In the order given, without repeats.
    std::vector<Assignment> params;                    ///< In the order given.

    bool given() const { return functions.has_value() || !params.empty(); }
};

/// The options StateOptions reads.
QList<QCommandLineOption> stateOptions();

/// Reads the stateOptions() set in parser into options. Returns "" or the one-line reason for exit 2:
/// an unknown function (with the valid ones), a parameter the function lacks, a bad value.
QString readStateOptions(const QCommandLineParser &parser, StateOptions &options);

/// Applies options to state. --functions sets the shown functions in the order given and selects the
/// first; without it, a function named by --param is shown too. Returns "" or why the values, fine
/// one by one, are refused together (hardtanh min_val >= max_val); state is then unspecified.
QString applyStateOptions(const StateOptions &options, rx::ExplorerState &state);

} // namespace cli
