// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <vector>

#include <QStringList>

#include "cliutil.h"
#include "reluexplorer/activation.h"

namespace cli {

/// relu-explorer moments FUNCTION [--param NAME=VALUE]... [--mean M] [--std S]
struct MomentsRequest
{
    const rx::Activation *function = nullptr;
    std::vector<double> params;
    double mean = 0;
    double std = 1; ///< > 0 and finite.
};

/// relu-explorer propagate FUNCTION [--param NAME=VALUE]... [--variance Q0] [--weight-variance W]
///                        [--bias-variance B] [--layers L]
struct PropagateRequest
{
    const rx::Activation *function = nullptr;
    std::vector<double> params;
    double variance = 1;       ///< Q0 > 0, finite.
    double weightVariance = 1; ///< W > 0, finite.
    double biasVariance = 0;   ///< B >= 0, finite.
    std::size_t layers = 50;   ///< 1..maxPropagateLayers.
};

/// relu-explorer selu-constants: takes no options.
struct SeluConstantsRequest
{
};

inline constexpr std::size_t maxPropagateLayers = 10000;

Parsed<MomentsRequest> parseMomentsRequest(const QStringList &arguments);
Parsed<PropagateRequest> parsePropagateRequest(const QStringList &arguments);
Parsed<SeluConstantsRequest> parseSeluConstantsRequest(const QStringList &arguments);
int runMomentsCommand(const QStringList &arguments);
int runPropagateCommand(const QStringList &arguments);
int runSeluConstantsCommand(const QStringList &arguments);

} // namespace cli
