// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <vector>

#include "reluexplorer/state.h"

class PlotView;

/// The one way a state reaches a plot (the window and figure export): plot.setState(state), then the
/// curves of the functions named in ids, computed by the core with state.sampleCount samples, or
/// samplesPerPixel per pixel of the plot's width when that is 0. ids is usually
/// rx::curvesToRecompute(previous, state), or every shown function (shownIds).
void showOnPlot(PlotView &plot, const rx::ExplorerState &state, const std::vector<std::string> &ids,
                double samplesPerPixel = 1);

/// The ids of every function state shows.
std::vector<std::string> shownIds(const rx::ExplorerState &state);
