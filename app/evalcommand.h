// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QStringList>

#include "cliutil.h"
#include "reluexplorer/activation.h"

namespace cli {

/// relu-explorer eval FUNCTION [--param NAME=VALUE]... [--dtype float32|float64]
///                   [--x VALUE... | --range START:STOP:COUNT]
struct EvalRequest
{
    struct Range
    {
        double start = 0;
        double stop = 0;
        std::size_t count = 0;
    };

    const rx::Activation *function = nullptr;
    std::vector<double> params;
    bool float64 = false;
    std::vector<double> xs;     ///< From --x, already rounded to the dtype.
    std::optional<Range> range; ///< From --range.

    /// Neither --x nor --range: the inputs are the numbers on stdin.
    bool readsStdin() const { return xs.empty() && !range; }
};

/// Most inputs eval takes from --range or stdin.
inline constexpr std::size_t maxEvalInputs = 100'000'000;

Parsed<EvalRequest> parseEvalRequest(const QStringList &arguments);
int runEvalCommand(const QStringList &arguments);

} // namespace cli
