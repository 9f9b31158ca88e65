// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "plotupdate.h"

#include <algorithm>
#include <cmath>

#include "reluexplorer/activation.h"
#include "reluexplorer/labels.h"
#include "reluexplorer/sampling.h"
#include "plotview.h"

void showOnPlot(PlotView &plot, const rx::ExplorerState &state, const std::vector<std::string> &ids,
                double samplesPerPixel)
{
    plot.setState(state);
    plot.setLabels(rx::visibleLabels(state));
    if (ids.empty())
        return;
    const int pixels = static_cast<int>(std::lround(plot.sampleWidth() * std::max(samplesPerPixel, 1.0)));
    const std::size_t count = rx::effectiveSampleCount(state, pixels);
    for (const std::string &id : ids)
        if (const rx::Activation *f = rx::findActivation(id))
            plot.setCurves(rx::computeCurves(state, *f, count));
}

std::vector<std::string> shownIds(const rx::ExplorerState &state)
{
    std::vector<std::string> ids;
    for (const rx::Activation *f : rx::shownFunctions(state))
        ids.push_back(f->id);
    return ids;
}
