// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "signalmodel.h"

bool SignalModel::update(const rx::ExplorerState &state)
{
    const std::vector<const rx::Activation *> shown = rx::shownFunctions(state);
    std::vector<std::vector<double>> params;
    for (const rx::Activation *f : shown)
        params.push_back(rx::parametersOf(state, *f));
    bool sameFunctions = m_valid && shown.size() == m_rows.size() && params == m_params;
    for (std::size_t i = 0; sameFunctions && i < shown.size(); ++i)
        sameFunctions = m_rows[i].id == shown[i]->id;
    const rx::SignalView &s = state.signal;
    const bool sameInput =
        sameFunctions && s.inputMean == m_signal.inputMean && s.inputStd == m_signal.inputStd;
    const bool sameDepth = sameFunctions && s.weightVariance == m_signal.weightVariance &&
                           s.biasVariance == m_signal.biasVariance && s.layers == m_signal.layers;
    if (sameInput && sameDepth)
        return false;
    if (!sameFunctions)
        m_rows.assign(shown.size(), Row{});
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const rx::Activation &f = *shown[i];
        Row &row = m_rows[i];
        row.id = f.id;
        if (!sameInput)
            row.moments = rx::gaussianMoments(f, params[i], s.inputMean, s.inputStd, rx::MomentMethod::Best,
                                              rx::plotTolerance);
        if (!sameDepth)
            row.depth = rx::propagateSignal(f, params[i], 1, s.weightVariance, s.biasVariance, s.layers,
                                            rx::plotTolerance);
    }
    m_params = params;
    m_signal = s;
    m_valid = true;
    return true;
}
