// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <vector>

#include "reluexplorer/moments.h"
#include "reluexplorer/state.h"

/// What the Signal view shows for a state, computed by the core at the plot's tolerance. It recomputes
/// only what an update changed: the tables when the input distribution or a function changed, the
/// depth curves when the weights, biases, layers or a function changed.
class SignalModel
{
public:
    struct Row
    {
        std::string id;
        rx::Moments moments;
        std::vector<rx::LayerSignal> depth;
    };

    /// Brings the results up to date with state; returns true when any of them changed.
    bool update(const rx::ExplorerState &state);

    const std::vector<Row> &rows() const { return m_rows; }

private:
    std::vector<Row> m_rows;
    std::vector<std::vector<double>> m_params;
    rx::SignalView m_signal;
    bool m_valid = false;
};
